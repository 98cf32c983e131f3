// Plain text and Markdown: the whole file is one document.

import { readFileSync } from 'node:fs';
import { decodeText } from '../decode.js';
import type { ReadOptions, SourceItem } from '../item.js';
import { DEFAULT_MAX_DOC_BYTES, InputFailure } from '../item.js';
import { statSync } from 'node:fs';

export function* readPlain(file: string, opts: ReadOptions): Generator<SourceItem> {
  const max = opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  try {
    const size = statSync(file).size;
    if (size > max) throw new InputFailure(file, `document too large: ${(size / 1048576).toFixed(1)} MB exceeds the ${(max / 1048576).toFixed(1)} MB limit (--max-doc-mb)`);
    const text = decodeText(readFileSync(file), file, max);
    yield { doc: { id: file, text, published: opts.published ?? null, title: null }, file };
  } catch (e) {
    yield { error: toError(e, file) };
  }
}

export function toError(e: unknown, file: string): { file: string; line?: number; message: string } {
  if (e instanceof InputFailure) return e.toInputError();
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return { file, message: 'no such file or directory' };
  if (err && err.code === 'EACCES') return { file, message: 'permission denied' };
  if (err && err.code === 'EISDIR') return { file, message: 'is a directory' };
  return { file, message: err && err.message ? err.message : String(e) };
}
