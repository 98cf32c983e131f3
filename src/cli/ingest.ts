// `entente ingest PATH...`: code documents into the ledger (idempotent, crash-safe, streaming).

import { createCoder } from '../coder.js';
import { ingest } from '../ingest/run.js';
import { formatInputError } from '../ingest/item.js';
import { openLedger, LedgerError, DEFAULT_DB } from '../ledger/index.js';
import { checkDate, list, parse, str, UsageError, withUsage } from './args.js';

const USAGE = 'entente ingest PATH... [--db FILE] [--published YYYY-MM-DD] [--max-doc-mb N] [--data DIR] [--batch-size N] [--quiet]';

function bar(done: number, total: number, width = 24): string {
  const f = total > 0 ? Math.min(1, done / total) : 0;
  const n = Math.round(f * width);
  return `[${'#'.repeat(n)}${'.'.repeat(width - n)}] ${(f * 100).toFixed(0).padStart(3)}%`;
}

export function ingestCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, {
      db: { type: 'string' },
      published: { type: 'string' },
      'max-doc-mb': { type: 'string' },
      data: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      'batch-size': { type: 'string' },
    }, USAGE);
    if (p.values.help) {
      process.stdout.write(`usage: ${USAGE}\n\nPATH: files (.txt .md .html .jsonl .json .rss .atom), directories (recursive) or '-' for standard input.\n`);
      return 0;
    }
    if (p.positionals.length === 0) throw new UsageError(`nothing to ingest\n\nusage: ${USAGE}`);
    const published = checkDate(str(p, 'published'), '--published');
    const maxMb = str(p, 'max-doc-mb') !== undefined ? Number(str(p, 'max-doc-mb')) : 10;
    if (!(maxMb > 0)) throw new UsageError('--max-doc-mb expects a positive number');
    const dbPath = str(p, 'db') ?? DEFAULT_DB;
    let store;
    try {
      store = openLedger(dbPath);
    } catch (e) {
      if (e instanceof LedgerError) {
        process.stderr.write(`entente: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    const coder = createCoder({ dataDirs: list(p, 'data') });
    const tty = process.stderr.isTTY === true && !p.values.quiet;
    let lastDraw = 0;
    try {
      const s = await ingest(p.positionals, store, coder, {
        published,
        maxDocBytes: maxMb * 1048576,
        batchSize: str(p, 'batch-size') ? Math.max(1, Number(str(p, 'batch-size'))) : undefined,
        onError: (e) => {
          if (tty) process.stderr.write('\r\x1b[K');
          process.stderr.write(`entente: ${formatInputError(e)}\n`);
        },
        onProgress: tty ? ({ documents, bytes, totalBytes, elapsed }) => {
          if (elapsed - lastDraw < 0.2) return;
          lastDraw = elapsed;
          const rate = documents / Math.max(elapsed, 1e-3);
          const eta = totalBytes > 0 && bytes > 0 ? Math.max(0, (elapsed * (totalBytes / bytes - 1))) : NaN;
          process.stderr.write(`\r\x1b[K${bar(bytes, totalBytes)} ${documents} docs  ${rate.toFixed(0)} docs/s  ETA ${Number.isFinite(eta) ? `${eta.toFixed(0)}s` : '?'}`);
        } : undefined,
      });
      if (tty) process.stderr.write('\r\x1b[K');
      const st = store.stats();
      const lines = [
        `ingested ${s.documents} documents in ${s.seconds.toFixed(1)}s (${(s.documents / Math.max(s.seconds, 1e-3)).toFixed(0)} docs/s): ` +
          `${s.added} new, ${s.replaced} replaced, ${s.unchanged} unchanged`,
        `coded ${s.mentions} event mentions (${s.merged} merged into events already in the ledger), ${s.relations} relations`,
        `ledger ${dbPath}: ${st.documents} documents, ${st.events} events, ${st.mentions} mentions, ${st.relations} relations, ${st.actors} actors`,
      ];
      if (s.errors.length) {
        const byFile = new Map<string, number>();
        for (const e of s.errors) byFile.set(e.file, (byFile.get(e.file) ?? 0) + 1);
        lines.push(`${s.errors.length} inputs failed: ${[...byFile].map(([f, n]) => `${f} (${n})`).join(', ')}`);
      }
      if (!p.values.quiet) process.stdout.write(`${lines.join('\n')}\n`);
      return s.errors.length ? 1 : 0;
    } finally {
      store.close();
    }
  });
}
