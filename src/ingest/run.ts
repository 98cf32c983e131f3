// The streaming batch runner behind `entente ingest`: read -> code -> store, in transactions of a few
// hundred documents. Idempotent by content hash (an unchanged document is not even re-coded), and
// crash-safe: a transaction is all or nothing, so a killed run re-run ends exactly as an uninterrupted one.

import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Coder, DocInput } from '../coder.js';
import type { InputError } from '../contract.js';
import type { LedgerStore } from '../ledger/store.js';
import type { ReadOptions } from './item.js';
import { readInputs, walkDir } from './read.js';

export interface IngestSummary {
  documents: number;
  added: number;
  replaced: number;
  unchanged: number;
  mentions: number;
  merged: number;
  relations: number;
  errors: InputError[];
  seconds: number;
  bytes: number;
}

export interface IngestOptions extends ReadOptions {
  /** Documents per transaction. */
  batchSize?: number;
  /** Called after each document (for progress display). */
  onProgress?: (p: { documents: number; bytes: number; totalBytes: number; elapsed: number }) => void;
  /** Called for each failed input as it happens. */
  onError?: (e: InputError) => void;
}

export function contentHash(d: DocInput): string {
  return createHash('sha1').update(d.text).update('\u0000').update(d.published ?? '').update('\u0000').update(d.title ?? '').digest('hex');
}

/** Total bytes of the inputs (for the progress bar's ETA); 0 when unknown (stdin). */
export function inputBytes(paths: string[]): number {
  let total = 0;
  for (const p of paths) {
    try {
      const st = statSync(p);
      if (st.isDirectory()) for (const f of walkDir(p)) total += statSync(f).size;
      else total += st.size;
    } catch {
      // reported by the reader
    }
  }
  return total;
}

export async function ingest(paths: string[], store: LedgerStore, coder: Coder, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const totalBytes = opts.onProgress ? inputBytes(paths) : 0;
  const s: IngestSummary = { documents: 0, added: 0, replaced: 0, unchanged: 0, mentions: 0, merged: 0, relations: 0, errors: [], seconds: 0, bytes: 0 };
  const batchSize = opts.batchSize ?? 200;
  let batch: { doc: DocInput; file: string }[] = [];

  const flush = (): void => {
    if (batch.length === 0) return;
    const work = batch;
    batch = [];
    store.transaction(() => {
      for (const { doc, file } of work) {
        const hash = contentHash(doc);
        const state = store.documentState(doc.id, hash);
        if (state === 'unchanged') { s.unchanged++; continue; }
        let coded;
        try {
          coded = coder.code(doc);
        } catch (e) {
          const err = { file, message: `coding failed for ${doc.id}: ${(e as Error).message}` };
          s.errors.push(err);
          opts.onError?.(err);
          continue;
        }
        const r = store.putDocument(coded, hash, file, state);
        if (state === 'new') s.added++; else s.replaced++;
        s.mentions += r.mentions;
        s.merged += r.merged;
        s.relations += r.relations;
      }
    });
  };

  for await (const item of readInputs(paths, opts)) {
    if ('error' in item) {
      s.errors.push(item.error);
      opts.onError?.(item.error);
      continue;
    }
    s.documents++;
    s.bytes += Buffer.byteLength(item.doc.text);
    batch.push({ doc: item.doc, file: item.file });
    if (batch.length >= batchSize) flush();
    opts.onProgress?.({ documents: s.documents, bytes: s.bytes, totalBytes, elapsed: (performance.now() - t0) / 1000 });
  }
  flush();
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}
