// `entente eval GOLD.jsonl...`: score the coder on gold files (see src/eval/).

import { runEvalCli } from '../eval/cli.js';

export function evalCommand(args: string[]): Promise<number> {
  return runEvalCli(args);
}
