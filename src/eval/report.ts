// Printing an evaluation report as text.

import { PLOVER_TYPES } from '../contract.js';
import type { Counts, EvalReport } from './evaluate.js';

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(5) + '%';
}

function countsLine(c: Counts): string {
  return `P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export interface PrintOptions {
  /** Print up to this many wrongly coded sentences. */
  errors?: number;
}

export function formatReport(r: EvalReport, opts: PrintOptions = {}): string {
  const out: string[] = [];
  out.push(`== ${r.dataset} (${r.file}): ${r.sentences} sentences, ${r.typed} typed, ${r.ms} ms (${r.sentencesPerSecond} sentences/s)`);
  if (r.triples) out.push(`triples (source, target, type): ${countsLine(r.triples)}${r.acceptableMatches ? `  (+${r.acceptableMatches} acceptable, not counted)` : ''}`);
  out.push(`event type: recall ${pct(r.typeRecall)}  precision ${pct(r.typePrecision)}  first-type accuracy ${pct(r.primaryTypeAccuracy)}  silent ${pct(r.silent)}`);
  if (r.cameoRootRecall !== undefined) out.push(`CAMEO root recall ${pct(r.cameoRootRecall)}`);
  if (r.sourceOverlap !== undefined) out.push(`when the type is right: actor span overlap ${pct(r.sourceOverlap)}, recipient span overlap ${pct(r.targetOverlap ?? 0)}`);
  if (r.triples) {
    out.push('triples by type:');
    for (const [t, c] of Object.entries(r.byType)) out.push(`  ${t.padEnd(10)} ${countsLine(c)}`);
  }
  const cols = [...PLOVER_TYPES.filter((t) => Object.values(r.confusion).some((row) => row[t])), 'none'];
  const abbrev = (t: string): string => t.slice(0, 4);
  out.push('confusion (rows gold type, columns predicted type):');
  out.push('  ' + ''.padEnd(10) + cols.map((c) => abbrev(c).padStart(5)).join(''));
  for (const g of PLOVER_TYPES) {
    const row = r.confusion[g];
    if (!row) continue;
    out.push('  ' + g.padEnd(10) + cols.map((c) => String(row[c] ?? '').padStart(5)).join(''));
  }
  if (opts.errors) {
    const bad = r.results.filter((x) => x.fp > 0 || x.fn > 0 || x.typeHit === false).slice(0, opts.errors);
    out.push(`errors (${bad.length} shown):`);
    for (const b of bad) {
      out.push(`  [${b.id}] ${b.text}`);
      out.push(`      gold: ${b.gold.join(' ; ') || '-'}   predicted: ${b.predicted.join(' ; ') || '-'}`);
    }
  }
  return out.join('\n');
}
