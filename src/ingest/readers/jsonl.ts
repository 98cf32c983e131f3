// JSON Lines: one document per line, streamed so memory stays flat however large the file is.
// A bad line (not JSON, not UTF-8, no text, too large) is reported with its line number; the other
// lines are still read.

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { decodeText } from '../decode.js';
import type { ReadOptions, SourceItem } from '../item.js';
import { DEFAULT_MAX_DOC_BYTES, InputFailure } from '../item.js';
import { recordToDoc } from '../record.js';
import { toError } from './plain.js';

/** Yields the lines of a byte stream as Buffers (without the newline), with 1-based numbers. */
export async function* byteLines(stream: Readable, maxLine: number): AsyncGenerator<{ line: number; bytes: Buffer | null }> {
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let overflow = false;
  let line = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      if (nl < 0) {
        if (!overflow) {
          pending.push(chunk.subarray(from));
          pendingLen += chunk.length - from;
          if (pendingLen > maxLine) { overflow = true; pending = []; }
        }
        break;
      }
      line++;
      if (overflow) {
        yield { line, bytes: null };
      } else {
        pending.push(chunk.subarray(from, nl));
        const buf = pending.length === 1 ? pending[0] : Buffer.concat(pending);
        yield { line, bytes: buf };
      }
      pending = [];
      pendingLen = 0;
      overflow = false;
      from = nl + 1;
    }
  }
  if (overflow) yield { line: line + 1, bytes: null };
  else if (pendingLen > 0) yield { line: line + 1, bytes: Buffer.concat(pending) };
}

function isBlank(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

export async function* readJsonlStream(stream: Readable, file: string, opts: ReadOptions): AsyncGenerator<SourceItem> {
  const max = opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  let any = false;
  try {
    for await (const { line, bytes } of byteLines(stream, max * 2)) {
      if (bytes !== null && isBlank(bytes)) continue;
      any = true;
      try {
        if (bytes === null) throw new InputFailure(file, `line too large (over ${(max * 2 / 1048576).toFixed(0)} MB)`, line);
        const text = decodeText(bytes, file, max * 2, line);
        let rec: unknown;
        try {
          rec = JSON.parse(text);
        } catch (e) {
          throw new InputFailure(file, `malformed JSON: ${(e as Error).message}`, line);
        }
        const doc = recordToDoc(rec, file, line, `${file}:${line}`, max);
        if (doc.published == null && opts.published) doc.published = opts.published;
        yield { doc, file, line };
      } catch (e) {
        yield { error: toError(e, file) };
      }
    }
  } catch (e) {
    yield { error: toError(e, file) };
    return;
  }
  if (!any) yield { error: { file, message: 'empty input (no JSON lines)' } };
}

export function readJsonl(file: string, opts: ReadOptions): AsyncGenerator<SourceItem> {
  return readJsonlStream(createReadStream(file, { highWaterMark: 1 << 20 }), file, opts);
}
