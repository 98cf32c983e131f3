// Turning bytes into text, with a clear reason when that cannot be done: empty, binary, too large,
// not UTF-8. Text is never guessed from another encoding: a wrong guess would silently corrupt names.

import { InputFailure } from './item.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Throws InputFailure when `buf` is not usable text. */
export function decodeText(buf: Uint8Array, file: string, maxBytes: number, line?: number): string {
  if (buf.length === 0) throw new InputFailure(file, 'empty input (0 bytes)', line);
  if (buf.length > maxBytes) {
    throw new InputFailure(file, `document too large: ${mib(buf.length)} exceeds the ${mib(maxBytes)} limit (--max-doc-mb)`, line);
  }
  // Binary: a NUL byte, or many control characters, in the first 8 KiB.
  const probe = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < probe; i++) {
    const b = buf[i];
    if (b === 0) throw new InputFailure(file, `binary data, not text (NUL byte at offset ${i})`, line);
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control > probe * 0.1) throw new InputFailure(file, `binary data, not text (${control} control bytes in the first ${probe})`, line);
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    throw new InputFailure(file, `not valid UTF-8 (first bad byte at offset ${firstBadUtf8(buf)}); re-encode the file as UTF-8`, line);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new InputFailure(file, 'empty input (only white space)', line);
  return text;
}

/** Offset of the first byte that breaks UTF-8 (for the error message). */
export function firstBadUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
