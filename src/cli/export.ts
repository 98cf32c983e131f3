// `entente export --format plover-jsonl|gdelt-tsv|csv [--out FILE]`.

import { createWriteStream } from 'node:fs';
import { gdeltRow } from '../ledger/export/gdelt.js';
import { ploverRecord } from '../ledger/export/plover.js';
import { CSV_COLUMNS, csvRow } from '../ledger/export/csv.js';
import { openLedger, LedgerError, DEFAULT_DB } from '../ledger/index.js';
import { parse, str, UsageError, withUsage } from './args.js';
import { LineWriter } from './output.js';

const USAGE = 'entente export --format plover-jsonl|gdelt-tsv|csv [--out FILE] [--db FILE]';

export function exportCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, { format: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' } }, USAGE);
    if (p.values.help) { process.stdout.write(`usage: ${USAGE}\n`); return 0; }
    const format = str(p, 'format');
    if (format !== 'plover-jsonl' && format !== 'gdelt-tsv' && format !== 'csv') throw new UsageError(`--format must be plover-jsonl, gdelt-tsv or csv\n\nusage: ${USAGE}`);
    let store;
    try {
      store = openLedger(str(p, 'db') ?? DEFAULT_DB, { readonly: true });
    } catch (e) {
      if (e instanceof LedgerError) { process.stderr.write(`entente: ${e.message}\n`); return 1; }
      throw e;
    }
    const outPath = str(p, 'out');
    const stream = outPath ? createWriteStream(outPath) : process.stdout;
    const w = new LineWriter(stream);
    const now = new Date();
    const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const today = now.toISOString().slice(0, 10);
    let n = 0;
    try {
      if (format === 'csv') await w.write(`${CSV_COLUMNS.join(',')}\n`);
      for (const e of store.allEvents()) {
        n++;
        if (format === 'gdelt-tsv') await w.write(`${gdeltRow(e, stamp)}\n`);
        else if (format === 'plover-jsonl') await w.write(`${JSON.stringify(ploverRecord(e, today))}\n`);
        else await w.write(`${csvRow(e)}\n`);
      }
      await w.flush();
    } finally {
      store.close();
    }
    if (outPath) {
      await new Promise<void>((r) => (stream as NodeJS.WritableStream).end(() => r()));
      process.stderr.write(`entente: wrote ${n} events to ${outPath}\n`);
    }
    return 0;
  });
}
