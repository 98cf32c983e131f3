// Real-text evaluation: sentences drawn from ../shared/corpus and hand-coded for this project. The repo
// holds only our codes and where each sentence sits (corpus record id and character offsets into the
// record's whitespace-normalised text); this script rebuilds the sentences from ../shared, writes gold
// files to a temporary folder and scores the coder on them with `entente eval`. It skips cleanly when
// ../shared is absent.
//
//   node scripts/real-eval.mjs [--errors N] [--json]

import { existsSync, readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const codesDir = join(root, 'test', 'fixtures', 'eval', 'real');

if (!existsSync(corpus)) {
  console.log('real-eval: ../shared/corpus is absent; skipped.');
  process.exit(0);
}

/** Where each corpus keeps its records: file(s), id field, text field. */
const SOURCES = {
  agnews: { files: [join(corpus, 'agnews', 'world.jsonl')], id: 'id', text: 'description' },
  bbc: { files: [join(corpus, 'bbc', 'articles.jsonl')], id: 'id', text: 'text' },
  reuters: { files: [join(corpus, 'reuters-21578', 'articles.jsonl')], id: 'newid', text: 'body' },
  wh: {
    files: existsSync(join(corpus, 'whitehouse'))
      ? readdirSync(join(corpus, 'whitehouse')).filter((f) => f.endsWith('.jsonl')).map((f) => join(corpus, 'whitehouse', f))
      : [],
    id: 'id',
    text: 'text',
  },
};

const loaded = new Map();

/** Record text by id for one corpus (read once, only the ids asked for are kept). */
function recordText(kind, id, wanted) {
  if (!loaded.has(kind)) {
    const src = SOURCES[kind];
    if (!src) throw new Error(`unknown corpus '${kind}'`);
    const m = new Map();
    for (const f of src.files) {
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line);
        const rid = String(r[src.id]);
        if (wanted.has(`${kind}:${rid}`)) m.set(rid, String(r[src.text] ?? ''));
      }
    }
    loaded.set(kind, m);
  }
  return loaded.get(kind).get(id);
}

const normalise = (t) => t.split(/\s+/).filter(Boolean).join(' ');

const out = mkdtempSync(join(tmpdir(), 'entente-real-eval-'));
const files = [];
try {
  for (const name of readdirSync(codesDir).filter((f) => f.endsWith('.codes.jsonl')).sort()) {
    const items = readFileSync(join(codesDir, name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const wanted = new Set(items.map((x) => x.origin));
    const lines = [];
    let missing = 0;
    for (const x of items) {
      const [kind, ...rest] = x.origin.split(':');
      const text = recordText(kind, rest.join(':'), wanted);
      if (text === undefined) {
        missing++;
        continue;
      }
      const { start, end, origin, ...gold } = x;
      lines.push(JSON.stringify({ ...gold, text: normalise(text).slice(start, end) }));
    }
    if (missing > 0) console.error(`real-eval: ${name}: ${missing} records not found in ../shared/corpus`);
    const file = join(out, name.replace('.codes.jsonl', '.jsonl'));
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
  }
  const r = spawnSync(process.execPath, [join(root, 'bin', 'entente.js'), 'eval', ...files, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
