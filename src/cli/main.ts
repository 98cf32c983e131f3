// `entente` command-line entry: one file per command, dispatched by name.

import { codeCommand } from './code.js';
import { resolveCommand } from './resolve.js';
import { evalCommand } from './eval.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  code: { run: codeCommand, help: 'code [FILES...] [--published YYYY-MM-DD]   code documents to JSON Lines on stdout' },
  resolve: { run: resolveCommand, help: 'resolve "<actor text>" [--date YYYY-MM-DD]  resolve an actor to country/sector/person' },
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
