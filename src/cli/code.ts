// `entente code [FILES...]`: code documents to JSON Lines on stdout, one line per document.

import { createCoder } from '../coder.js';
import { readInputs } from '../ingest/read.js';
import { formatInputError } from '../ingest/item.js';
import { checkDate, list, parse, str, UsageError, withUsage } from './args.js';
import { LineWriter } from './output.js';

const USAGE = 'entente code [FILES... | DIR | -] [--published YYYY-MM-DD] [--max-doc-mb N] [--data DIR] [--pretty]';

export function codeCommand(args: string[]): Promise<number> {
  return withUsage(async () => {
    const p = parse(args, {
      published: { type: 'string' },
      'max-doc-mb': { type: 'string' },
      data: { type: 'string', multiple: true },
      pretty: { type: 'boolean' },
    }, USAGE);
    const { values, positionals } = p;
    if (values.help) {
      process.stdout.write(`usage: ${USAGE}\n\nInputs: .txt .md .html .jsonl .json .rss .atom files, directories (recursive), or '-' / nothing for standard input.\n`);
      return 0;
    }
    const published = checkDate(str(p, 'published'), '--published');
    const maxMb = str(p, 'max-doc-mb') !== undefined ? Number(str(p, 'max-doc-mb')) : 10;
    if (!(maxMb > 0)) throw new UsageError('--max-doc-mb expects a positive number');
    const coder = createCoder({ dataDirs: list(p, 'data') });
    const out = new LineWriter();
    let failed = 0;
    for await (const item of readInputs(positionals, { published, maxDocBytes: maxMb * 1048576 })) {
      if ('error' in item) {
        failed++;
        process.stderr.write(`entente: ${formatInputError(item.error)}\n`);
        continue;
      }
      try {
        const coded = coder.code(item.doc);
        await out.write(`${values.pretty ? JSON.stringify(coded, null, 2) : JSON.stringify(coded)}\n`);
      } catch (e) {
        failed++;
        process.stderr.write(`entente: ${item.file}${item.line ? `:${item.line}` : ''}: coding failed: ${(e as Error).message}\n`);
      }
    }
    await out.flush();
    return failed > 0 ? 1 : 0;
  });
}
