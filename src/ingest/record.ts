// Mapping one JSON record (a JSONL line, a JSON array element) to a document. Accepts entente's own
// fields (id, text, published, title, url, source) and the common variants found in news corpora
// (body, content, description; date, published_time, pubDate; source_url, link).

import type { DocInput } from '../coder.js';
import { normaliseDate } from './dates.js';
import { InputFailure } from './item.js';

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : typeof v === 'number' ? String(v) : null;
}

export function recordToDoc(rec: unknown, file: string, line: number | undefined, fallbackId: string, maxBytes: number): DocInput {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    throw new InputFailure(file, 'record is not a JSON object', line);
  }
  const r = rec as Record<string, unknown>;
  let text = str(r.text) ?? str(r.body) ?? str(r.content) ?? str(r.description);
  const title = str(r.title) ?? str(r.headline);
  if (text === null) {
    throw new InputFailure(file, `record has no text (expected a non-empty "text" field${r.id !== undefined ? `, id ${String(r.id)}` : ''})`, line);
  }
  if (text.length > maxBytes) {
    throw new InputFailure(file, `document too large: ${(text.length / 1048576).toFixed(1)} MB of text exceeds the limit (--max-doc-mb)`, line);
  }
  // Reuters-style records carry the dateline apart from the body; keep it in the text so places resolve.
  const dateline = str(r.dateline);
  if (dateline !== null && !text.startsWith(dateline)) text = `${dateline} ${text}`;
  const publishedRaw = r.published ?? r.date ?? r.published_time ?? r.pubDate ?? r.publishedAt;
  const published = normaliseDate(publishedRaw);
  if (publishedRaw !== undefined && publishedRaw !== null && publishedRaw !== '' && published === null) {
    throw new InputFailure(file, `unreadable publication date ${JSON.stringify(publishedRaw)} (expected YYYY-MM-DD)`, line);
  }
  return {
    id: str(r.id) ?? str(r.newid) ?? str(r.url) ?? fallbackId,
    text,
    published,
    title,
    url: str(r.url) ?? str(r.source_url) ?? str(r.link),
    source: str(r.source) ?? str(r.section) ?? null,
  };
}
