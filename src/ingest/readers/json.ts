// JSON: an array of document records, an object with a "documents" (or "articles", "items") array,
// or a single record.

import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../decode.js';
import type { ReadOptions, SourceItem } from '../item.js';
import { DEFAULT_MAX_DOC_BYTES, InputFailure } from '../item.js';
import { recordToDoc } from '../record.js';
import { toError } from './plain.js';

const FILE_LIMIT = 512 * 1024 * 1024;

export function* readJson(file: string, opts: ReadOptions): Generator<SourceItem> {
  const max = opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  let records: unknown[];
  try {
    if (statSync(file).size > FILE_LIMIT) throw new InputFailure(file, 'JSON file over 512 MB: use JSON Lines for large collections');
    const text = decodeText(readFileSync(file), file, FILE_LIMIT);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new InputFailure(file, `malformed JSON: ${(e as Error).message}`);
    }
    if (Array.isArray(parsed)) records = parsed;
    else if (parsed && typeof parsed === 'object') {
      const o = parsed as Record<string, unknown>;
      const list = o.documents ?? o.articles ?? o.items;
      records = Array.isArray(list) ? list : [parsed];
    } else throw new InputFailure(file, 'JSON is neither an object nor an array of documents');
  } catch (e) {
    yield { error: toError(e, file) };
    return;
  }
  for (let i = 0; i < records.length; i++) {
    try {
      const doc = recordToDoc(records[i], `${file}[${i}]`, undefined, `${file}#${i}`, max);
      if (doc.published == null && opts.published) doc.published = opts.published;
      yield { doc, file };
    } catch (e) {
      yield { error: toError(e, file) };
    }
  }
}
