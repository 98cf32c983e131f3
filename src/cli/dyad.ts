// `entente dyad A B`: the relationship card of a country pair (or a country and an organisation).

import type { DyadCard } from '../ledger/store.js';
import { parse, str, UsageError, withUsage } from './args.js';
import { withLedger } from './ledger-open.js';
import { table } from './table.js';

const USAGE = 'entente dyad CODE CODE [--db FILE] [--json]   (ISO3 country codes or organisation ids such as ASEAN, EU)';

/** Evidence shown on one line (the stored text keeps its original line breaks). */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

export function renderDyad(c: DyadCard): string {
  const [a, b] = c.countries;
  const out: string[] = [];
  out.push(`${a} – ${b}`);
  out.push('='.repeat(out[0].length));
  out.push(`Current tier: ${c.currentTier ? `${c.currentTier.tier} (${c.currentTier.change ?? 'stated'}, ${c.currentTier.date ?? 'date unknown'})` : 'none recorded'}`);
  out.push(`Events: ${c.totals.events} (${c.totals.mentions} mentions in ${c.totals.documents} documents)`);
  out.push('');
  if (c.tierHistory.length) {
    out.push('Tier history');
    for (const r of c.tierHistory) out.push(`  ${r.date ?? '????-??-??'}  ${r.change ?? ''} ${r.tier}\n      “${flat(r.evidence.text)}” [${r.docId}]`);
    out.push('');
  }
  if (c.jointStatements.length) {
    out.push('Joint statements');
    for (const r of c.jointStatements) out.push(`  ${r.date ?? '????-??-??'}  ${r.countries.join(', ')}${r.first ? ' (first)' : ''}\n      “${flat(r.evidence.text)}” [${r.docId}]`);
    out.push('');
  }
  if (c.diplomaticRelations.length) {
    out.push('Diplomatic relations');
    for (const r of c.diplomaticRelations) out.push(`  ${r.date ?? '????-??-??'}  ${r.change}\n      “${flat(r.evidence.text)}”`);
    out.push('');
  }
  if (c.months.length) {
    out.push('Timeline');
    out.push(table(['month', 'events', 'mean goldstein', 'types'],
      c.months.map((m) => [m.month, m.events, m.meanGoldstein, Object.entries(m.byType).map(([t, n]) => `${t}:${n}`).join(' ')])).trimEnd());
    out.push('');
  }
  if (c.latestEvents.length) {
    out.push('Latest events');
    for (const e of c.latestEvents) {
      out.push(`  ${e.date ?? '????-??-??'}  ${e.type} ${e.source.code}${e.reciprocal ? '<->' : '->'}${e.target?.code ?? '-'}` +
        `${e.location ? ` at ${e.location.name}` : ''}  (${e.numMentions} mentions, ${e.numSources} sources)\n      “${flat(e.evidence.text)}”`);
    }
    out.push('');
  }
  if (c.topics.length) out.push(`Topics: ${c.topics.map((t) => `${t.topic} (${t.documents})`).join(', ')}`);
  return `${out.join('\n').trimEnd()}\n`;
}

export function dyadCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, { db: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    if (p.values.help) { process.stdout.write(`usage: ${USAGE}\n`); return 0; }
    if (p.positionals.length !== 2) throw new UsageError(`dyad needs two country codes\n\nusage: ${USAGE}`);
    const [a, b] = p.positionals.map((c) => c.toUpperCase());
    return withLedger(str(p, 'db'), (store) => {
      const card = store.dyad(a, b);
      process.stdout.write(p.values.json ? `${JSON.stringify(card, null, 2)}\n` : renderDyad(card));
      return 0;
    });
  });
}
