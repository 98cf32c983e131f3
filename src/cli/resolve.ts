// `entente resolve "<actor text>" [--date YYYY-MM-DD]`: one JSON object on stdout.

import { resolveActor } from '../actors/resolve.js';
import { checkDate, list, parse, str, UsageError, withUsage } from './args.js';
import { setExtraDataDirs } from '../knowledge/data-files.js';

const USAGE = 'entente resolve "<actor text>" [--date YYYY-MM-DD] [--data DIR]';

export function resolveCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, { date: { type: 'string' }, data: { type: 'string', multiple: true } }, USAGE);
    const { values, positionals } = p;
    if (values.help) {
      process.stdout.write(`usage: ${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(`missing actor text\n\nusage: ${USAGE}`);
    const data = list(p, 'data');
    if (data) setExtraDataDirs(data);
    const date = checkDate(str(p, 'date'), '--date');
    const r = resolveActor(positionals.join(' '), date);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return 0;
  });
}
