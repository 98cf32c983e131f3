// CSV export: one row per ledger event, RFC 4180 quoting, a header row.

import type { EventRow } from '../store.js';

export const CSV_COLUMNS = ['id', 'date', 'type', 'mode', 'cameo', 'quad', 'goldstein', 'source', 'source_sector', 'source_name',
  'target', 'target_sector', 'target_name', 'reciprocal', 'location', 'location_country', 'lat', 'lon', 'contexts',
  'num_mentions', 'num_documents', 'num_sources', 'confidence', 'doc_id', 'url', 'evidence'] as const;

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(e: EventRow): string {
  return [e.id, e.date, e.type, e.mode, e.cameo, e.quad, e.goldstein, e.source.code, e.source.sector, e.source.name,
    e.target?.code ?? null, e.target?.sector ?? null, e.target?.name ?? null, e.reciprocal ? 1 : 0, e.location?.name ?? null,
    e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null, e.contexts.join(';'), e.numMentions,
    e.numDocuments, e.numSources, e.confidence, e.docId, e.url, e.evidence.text].map(csvCell).join(',');
}
