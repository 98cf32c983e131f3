// RSS and Atom feed files: one document per item/entry (title + description/content, HTML stripped).

import { readFileSync } from 'node:fs';
import { parseFeed } from 'htmlparser2';
import { decodeText } from '../decode.js';
import type { ReadOptions, SourceItem } from '../item.js';
import { DEFAULT_MAX_DOC_BYTES, InputFailure } from '../item.js';
import { toError } from './plain.js';
import { htmlToText } from './html.js';
import { normaliseDate } from '../dates.js';

export function* readFeed(file: string, opts: ReadOptions): Generator<SourceItem> {
  const max = opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  let feed: ReturnType<typeof parseFeed>;
  try {
    const xml = decodeText(readFileSync(file), file, max * 16);
    feed = parseFeed(xml, { xmlMode: true });
    if (feed === null) throw new InputFailure(file, 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)');
  } catch (e) {
    yield { error: toError(e, file) };
    return;
  }
  const items = feed.items ?? [];
  if (items.length === 0) {
    yield { error: { file, message: 'feed has no items' } };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const body = htmlToText(`<body>${it.description ?? ''}</body>`).text;
    const title = it.title?.trim() || null;
    if (!body && !title) {
      yield { error: { file, line: i + 1, message: `feed item ${i + 1} has no text` } };
      continue;
    }
    const text = title && body ? `${title}.\n\n${body}` : (body || title || '');
    const published = it.pubDate ? normaliseDate(it.pubDate.toISOString()) : null;
    yield {
      doc: { id: it.link ?? it.id ?? `${file}#${i + 1}`, text, title, published: published ?? opts.published ?? null, url: it.link ?? null, source: feed.title ?? null },
      file,
    };
  }
}
