// Expanding command-line paths into documents: files by extension, directories recursively (sorted,
// hidden entries skipped), '-' or no path for standard input. Errors are yielded, never thrown, so one
// bad input never stops the batch.

import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadOptions, SourceItem } from './item.js';
import { DEFAULT_MAX_DOC_BYTES, InputFailure } from './item.js';
import { readPlain, toError } from './readers/plain.js';
import { readHtml } from './readers/html.js';
import { readJsonl, readJsonlStream } from './readers/jsonl.js';
import { readJson } from './readers/json.js';
import { readFeed } from './readers/feed.js';
import { decodeText } from './decode.js';

type Reader = (file: string, opts: ReadOptions) => Iterable<SourceItem> | AsyncIterable<SourceItem>;

const READERS: Record<string, Reader> = {
  '.txt': readPlain,
  '.text': readPlain,
  '.md': readPlain,
  '.markdown': readPlain,
  '.html': readHtml,
  '.htm': readHtml,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.json': readJson,
  '.rss': readFeed,
  '.atom': readFeed,
  '.xml': readFeed,
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** Files below `dir` with a supported extension, recursively, in sorted order. */
export function walkDir(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walkDir(p, out);
    else if (READERS[extname(name).toLowerCase()]) out.push(p);
  }
  return out;
}

async function* readStdin(opts: ReadOptions, stdin: Readable): AsyncGenerator<SourceItem> {
  const chunks: Buffer[] = [];
  for await (const c of stdin as AsyncIterable<Buffer>) chunks.push(c);
  const buf = Buffer.concat(chunks);
  const first = buf.toString('utf8', 0, Math.min(buf.length, 64)).trimStart();
  if (first.startsWith('{')) {
    // JSON Lines on standard input.
    yield* readJsonlStream(Readable.from([buf]), '<stdin>', opts);
    return;
  }
  try {
    const text = decodeText(buf, '<stdin>', opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES);
    yield { doc: { id: '<stdin>', text, published: opts.published ?? null, title: null }, file: '<stdin>' };
  } catch (e) {
    yield { error: toError(e, '<stdin>') };
  }
}

/** Every document (or error) of the given paths, in order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}, stdin: Readable = process.stdin): AsyncGenerator<SourceItem> {
  for (const path of paths.length === 0 ? ['-'] : paths) {
    if (path === '-') {
      yield* readStdin(opts, stdin);
      continue;
    }
    let files: string[];
    try {
      const st = statSync(path);
      files = st.isDirectory() ? walkDir(path) : [path];
      if (st.isDirectory() && files.length === 0) throw new InputFailure(path, `directory has no supported files (${SUPPORTED_EXTENSIONS.join(' ')})`);
    } catch (e) {
      yield { error: toError(e, path) };
      continue;
    }
    for (const file of files) {
      const reader = READERS[extname(file).toLowerCase()] ?? readPlain;
      yield* reader(file, opts);
    }
  }
}
