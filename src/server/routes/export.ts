// GET /api/export?format=plover-jsonl|gdelt-tsv|csv: the whole ledger, streamed (rows are produced
// as the client reads, in batches, so a large ledger never sits in memory).

import { Hono } from 'hono';
import type { LedgerStore, EventRow } from '../../ledger/store.js';
import { gdeltRow } from '../../ledger/export/gdelt.js';
import { ploverRecord } from '../../ledger/export/plover.js';
import { CSV_COLUMNS, csvRow } from '../../ledger/export/csv.js';
import { HttpError } from '../errors.js';
import { oneOf } from '../params.js';

export const EXPORT_FORMATS = ['plover-jsonl', 'gdelt-tsv', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  'plover-jsonl': { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  'gdelt-tsv': { type: 'text/tab-separated-values; charset=utf-8', ext: 'tsv' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
};

/** Rows per chunk pulled from the store. */
const BATCH = 256;

export function exportLines(store: LedgerStore, format: ExportFormat, now = new Date()): ReadableStream<Uint8Array> {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const today = now.toISOString().slice(0, 10);
  const line: (e: EventRow) => string = format === 'gdelt-tsv' ? (e) => gdeltRow(e, stamp)
    : format === 'plover-jsonl' ? (e) => JSON.stringify(ploverRecord(e, today)) : csvRow;
  const enc = new TextEncoder();
  let it: Iterator<EventRow> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === 'csv') controller.enqueue(enc.encode(`${CSV_COLUMNS.join(',')}\n`));
    },
    pull(controller) {
      it ??= store.allEvents()[Symbol.iterator]();
      let out = '';
      for (let i = 0; i < BATCH; i++) {
        const r = it.next();
        if (r.done) {
          if (out) controller.enqueue(enc.encode(out));
          controller.close();
          return;
        }
        out += `${line(r.value)}\n`;
      }
      controller.enqueue(enc.encode(out));
    },
    cancel() {
      it?.return?.();
    },
  });
}

export function exportRoutes(store: LedgerStore): Hono {
  const api = new Hono();
  api.get('/export', (c) => {
    const format = oneOf('format', c.req.query('format'), EXPORT_FORMATS);
    if (!format) throw new HttpError(400, `format is required: one of ${EXPORT_FORMATS.join(', ')}`);
    const t = TYPES[format];
    return c.body(exportLines(store, format), 200, {
      'Content-Type': t.type,
      'Content-Disposition': `attachment; filename="entente-events.${t.ext}"`,
      'Cache-Control': 'no-store',
    });
  });
  return api;
}
