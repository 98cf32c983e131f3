// Loading benchmark documents from ../shared/corpus (read in place, never copied). Component
// benchmarks call `whiteHouse(max)`; it returns null when ../shared is absent so they can skip cleanly.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../dist/text/doc.js';
import { segment } from '../dist/text/segment.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = join(root, '..', 'shared', 'corpus');

/** Up to `max` White House documents ({id, text, published}), oldest file first; null without ../shared. */
export function whiteHouse(max = Infinity, files = null) {
  const dir = join(corpusDir, 'whitehouse');
  if (!existsSync(dir)) return null;
  const names = files ?? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const docs = [];
  for (const f of names) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line);
      docs.push({ id: r.id, text: r.text ?? '', published: r.date ?? null });
      if (docs.length >= max) return docs;
    }
  }
  return docs;
}

/** Segmented Docs for the given documents (segmentation is outside component timings). */
export function segmented(docs) {
  return docs.map((d) => {
    const doc = new Doc(d.text, { id: d.id, published: d.published, title: null });
    segment(doc);
    return doc;
  });
}

export function utf8Bytes(docs) {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
}
