// `entente events [filters]`: ledger events, newest first.

import { checkDate, parse, str, withUsage } from './args.js';
import { withLedger } from './ledger-open.js';
import { table } from './table.js';

const USAGE = 'entente events [--actor X] [--target Y] [--type T] [--since D] [--until D] [--topic T] [--search "words"] [--limit N] [--db FILE] [--json]';

export function eventsCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, {
      actor: { type: 'string' }, target: { type: 'string' }, type: { type: 'string' }, since: { type: 'string' },
      until: { type: 'string' }, topic: { type: 'string' }, search: { type: 'string' }, limit: { type: 'string' },
      db: { type: 'string' }, json: { type: 'boolean' },
    }, USAGE);
    if (p.values.help) { process.stdout.write(`usage: ${USAGE}\n`); return 0; }
    const filter = {
      actor: str(p, 'actor')?.toUpperCase(), target: str(p, 'target')?.toUpperCase(), type: str(p, 'type'),
      since: checkDate(str(p, 'since'), '--since') ?? undefined, until: checkDate(str(p, 'until'), '--until') ?? undefined,
      topic: str(p, 'topic'), search: str(p, 'search'), limit: str(p, 'limit') ? Number(str(p, 'limit')) : 50,
    };
    return withLedger(str(p, 'db'), (store) => {
      const rows = store.events(filter);
      if (p.values.json) {
        process.stdout.write(`${JSON.stringify(rows.map((r) => ({ ...r, mentions: store.eventMentions(r.id) })), null, 2)}\n`);
      } else {
        process.stdout.write(table(['id', 'date', 'type', 'source', 'target', 'place', 'mentions', 'evidence'],
          rows.map((e) => [e.id, e.date, e.type, e.source.code, e.target ? `${e.reciprocal ? '<->' : ''}${e.target.code}` : '-',
            e.location?.name, e.numMentions, e.evidence.text]), 80));
      }
      return 0;
    });
  });
}
