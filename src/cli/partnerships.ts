// `entente partnerships [--tier T] [--country X]`: every tier fact, current tiers first.

import { parse, str, withUsage } from './args.js';
import { withLedger } from './ledger-open.js';
import { table } from './table.js';

const USAGE = 'entente partnerships [--tier T] [--country X] [--db FILE] [--json]';

export function partnershipsCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, { tier: { type: 'string' }, country: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    if (p.values.help) { process.stdout.write(`usage: ${USAGE}\n`); return 0; }
    return withLedger(str(p, 'db'), (store) => {
      const rows = store.partnerships({ tier: str(p, 'tier'), country: str(p, 'country')?.toUpperCase() });
      process.stdout.write(p.values.json ? `${JSON.stringify(rows, null, 2)}\n`
        : table(['pair', 'tier', 'change', 'date', 'evidence'], rows.map((r) => [r.countries.join('-'), r.tier, r.change, r.date, r.evidence.text]), 90));
      return 0;
    });
  });
}
