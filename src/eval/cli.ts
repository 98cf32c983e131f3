// `entente eval [GOLD.jsonl ...] [--json] [--errors N] [--limit N]`: score the coder on gold sets
// (default: the dev gold sets in ../shared/gold, skipped when absent).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder } from '../coder.js';
import type { DocInput } from '../coder.js';
import { runPipeline } from '../pipeline.js';
import { Doc } from '../text/doc.js';
import { evaluate, type EvalCoder, type EvalReport } from './evaluate.js';
import { evalComponents } from './pipeline.js';
import { formatReport } from './report.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEV_GOLD_DIR = resolve(REPO, '..', 'shared', 'gold');
export const DEV_GOLD_FILES = ['plover-gsr.jsonl', 'cameo-codebook-examples.jsonl', 'plv-train.jsonl'];

/** The coder to evaluate: createCoder() once it runs the events component, else the eval's own list. */
export function evalCoder(): EvalCoder {
  try {
    const coder = createCoder();
    if (coder.components.some((c) => c.name === 'events')) return coder;
  } catch {
    // the lead's pipeline is not wired yet
  }
  const components = evalComponents();
  return {
    analyse(input: DocInput): Doc {
      const doc = new Doc(input.text, { id: input.id, published: input.published ?? null, title: input.title ?? null });
      return runPipeline(components, doc);
    },
  };
}

export async function runEvalCli(args: string[]): Promise<number> {
  let json = false;
  let errors = 0;
  let limit: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--errors') errors = Number(args[++i] ?? '20');
    else if (a === '--limit') limit = Number(args[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: entente eval [GOLD.jsonl ...] [--json] [--errors N] [--limit N]\n');
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    for (const f of DEV_GOLD_FILES) {
      const p = resolve(DEV_GOLD_DIR, f);
      if (existsSync(p)) files.push(p);
    }
    if (files.length === 0) {
      process.stderr.write(`entente eval: no gold files given and none found in ${DEV_GOLD_DIR}\n`);
      return 0;
    }
  }
  const coder = evalCoder();
  const reports: EvalReport[] = [];
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`entente eval: ${f}: no such file\n`);
      return 2;
    }
    reports.push(evaluate(f, coder, { limit }));
  }
  if (json) {
    const slim = reports.map(({ results, ...rest }) => (errors ? { ...rest, results: results.filter((x) => x.fp || x.fn || x.typeHit === false).slice(0, errors) } : rest));
    process.stdout.write(JSON.stringify(slim, null, 2) + '\n');
  } else {
    for (const r of reports) process.stdout.write(formatReport(r, { errors }) + '\n\n');
  }
  return 0;
}
