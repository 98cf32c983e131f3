// `entente actors [--country X]`: known actors with roles and counts.

import { parse, str, withUsage } from './args.js';
import { withLedger } from './ledger-open.js';
import { table } from './table.js';

const USAGE = 'entente actors [--country X] [--limit N] [--db FILE] [--json]';

export function actorsCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, { country: { type: 'string' }, limit: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    if (p.values.help) { process.stdout.write(`usage: ${USAGE}\n`); return 0; }
    return withLedger(str(p, 'db'), (store) => {
      const rows = store.actors({ country: str(p, 'country')?.toUpperCase(), limit: str(p, 'limit') ? Number(str(p, 'limit')) : 100 });
      process.stdout.write(p.values.json ? `${JSON.stringify(rows, null, 2)}\n`
        : table(['kind', 'name', 'country', 'sector', 'role', 'first seen', 'last seen', 'mentions', 'docs'],
          rows.map((a) => [a.kind, a.name ?? a.org ?? a.text, a.country, a.sector, a.role, a.firstSeen, a.lastSeen, a.mentions, a.documents])));
      return 0;
    });
  });
}
