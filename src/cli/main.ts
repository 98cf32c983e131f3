// `entente` command-line entry: one file per command, dispatched by name.

import { codeCommand } from './code.js';
import { resolveCommand } from './resolve.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { dyadCommand } from './dyad.js';
import { eventsCommand } from './events.js';
import { actorsCommand } from './actors.js';
import { partnershipsCommand } from './partnerships.js';
import { exportCommand } from './export.js';
import { serveCommand } from './serve.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  code: { run: codeCommand, help: 'code [FILES...] [--published YYYY-MM-DD]   code documents to JSON Lines on stdout' },
  resolve: { run: resolveCommand, help: 'resolve "<actor text>" [--date YYYY-MM-DD]  resolve an actor to country/sector/person' },
  ingest: { run: ingestCommand, help: 'ingest PATH... [--db FILE]                  code documents into the ledger (default ./entente.db)' },
  dyad: { run: dyadCommand, help: 'dyad ISO3 ISO3 [--json]                    the relationship card of a country pair' },
  events: { run: eventsCommand, help: 'events [--actor X] [--target Y] [--type T] [--since D] [--until D] [--topic T] [--search "words"]' },
  actors: { run: actorsCommand, help: 'actors [--country X]                       known actors, roles and counts' },
  partnerships: { run: partnershipsCommand, help: 'partnerships [--tier T] [--country X]      every tier fact, current tiers first' },
  export: { run: exportCommand, help: 'export --format plover-jsonl|gdelt-tsv|csv [--out FILE]' },
  serve: { run: serveCommand, help: 'serve [--db FILE] [--port 8080] [--host 127.0.0.1]   HTTP API and web dashboard' },
  eval: { run: evalCommand, help: 'eval GOLD.jsonl... [--json]                 score the coder on gold files' },
};

const USAGE = `entente: an evidence-linked ledger of international relations from news text

usage: entente <command> [options]

commands:
${Object.values(COMMANDS).map((c) => `  ${c.help}`).join('\n')}

Run 'entente <command> --help' for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('entente 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`entente: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  return cmd.run(rest);
}
