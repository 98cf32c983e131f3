// `npm run bench`: throughput and memory of entente on a large slice of ../shared/corpus (the White
// House statements by default; the bundled sample when ../shared is absent), beside wink-nlp's own
// tokenise+POS speed on the same text as the ceiling. Prints numbers; asserts nothing.
//
//   node bench/bench.mjs [--limit N] [--corpus whitehouse|reuters|bbc|agnews|sample] [--rounds N] [--skip-ingest]
//
// Measured: (1) wink-nlp readDoc with POS over every document (the ceiling); (2) the coder in process
// (segment -> ... -> JSON line), one core; (3) `entente code` as a whole child process over the files,
// wall time and peak RSS; (4) `entente ingest` into a fresh SQLite ledger, wall time and peak RSS.

import { existsSync, readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createCoder } from '../dist/coder.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'corpus');
const { values } = parseArgs({
  options: { limit: { type: 'string' }, corpus: { type: 'string' }, 'skip-ingest': { type: 'boolean' }, rounds: { type: 'string' } },
});
const limit = Number(values.limit ?? 100000);
// Each figure is the best of `rounds` runs: a shared machine only ever makes a run slower.
const rounds = Math.max(1, Number(values.rounds ?? 2));
let corpus = values.corpus ?? 'whitehouse';
if (!existsSync(shared)) corpus = 'sample';

function jsonlFiles(c) {
  if (c === 'sample') return [join(root, 'samples', 'articles.jsonl')];
  if (c === 'whitehouse') return readdirSync(join(shared, 'whitehouse')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(shared, 'whitehouse', f));
  if (c === 'reuters') return [join(shared, 'reuters-21578', 'articles.jsonl')];
  if (c === 'bbc') return [join(shared, 'bbc', 'articles.jsonl')];
  if (c === 'agnews') return [join(shared, 'agnews', 'world.jsonl')];
  throw new Error(`unknown corpus ${c}`);
}

// Load the documents once (and write the exact slice to a temp JSONL for the child-process runs).
const docs = [];
for (const f of jsonlFiles(corpus)) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const text = r.text ?? r.body ?? r.description;
    if (!text) continue;
    docs.push({ id: String(r.id ?? r.newid ?? docs.length), text, published: (r.date ?? r.published ?? '').slice(0, 10) || null, title: r.title ?? null });
    if (docs.length >= limit) break;
  }
  if (docs.length >= limit) break;
}
const tmp = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const slice = join(tmp, 'slice.jsonl');
writeFileSync(slice, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const mb = bytes / 1e6;
console.log(`corpus: ${corpus}, ${docs.length} documents, ${mb.toFixed(1)} MB of text`);

const rows = [];
function row(name, seconds, extra = {}) {
  rows.push({ name, docsPerSec: docs.length / seconds, mbPerSec: mb / seconds, seconds, ...extra });
}

function best(fn) {
  let out = null;
  for (let r = 0; r < rounds; r++) {
    const res = fn();
    if (out === null || res.s < out.s) out = res;
  }
  return out;
}

// (1) wink-nlp ceiling: tokenise + POS.
{
  const nlp = winkNLP(model, ['sbd', 'pos']);
  nlp.readDoc('Warm up the model.');
  const { s, tokens } = best(() => {
    let tokens = 0;
    const t0 = performance.now();
    for (const d of docs) tokens += nlp.readDoc(d.text).tokens().length();
    return { s: (performance.now() - t0) / 1000, tokens };
  });
  row('wink-nlp tokenise+POS (ceiling)', s, { tokensPerSec: tokens / s });
}

// (2) The coder in process, including JSON serialisation.
{
  const coder = createCoder();
  coder.code({ id: 'warm', text: 'Japan and Norway agreed to cooperate on Thursday.', published: '2023-12-08' });
  const { s, events, out } = best(() => {
    let events = 0;
    let out = 0;
    const t0 = performance.now();
    for (const d of docs) {
      const c = coder.code(d);
      events += c.events.length;
      out += JSON.stringify(c).length;
    }
    return { s: (performance.now() - t0) / 1000, events, out };
  });
  row('entente coder (in process)', s, { eventsPerSec: events / s, events, outputMB: out / 1e6 });
}

function child(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bench', 'child.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - t0) / 1000;
  const m = /maxRSS=(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) throw new Error(`child failed: ${r.stderr}`);
  return { s, rssMB: m ? Number(m[1]) / 1024 : null };
}

// (3) `entente code` as a whole process.
{
  const { s, rssMB } = best(() => child(['code', slice]));
  row('entente code (whole process)', s, { peakRssMB: rssMB });
}

// (4) `entente ingest` into a fresh ledger, and a re-run (idempotent: nothing re-coded).
if (!values['skip-ingest']) {
  const db = join(tmp, 'bench.db');
  const first = best(() => {
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    return child(['ingest', '--quiet', '--db', db, slice]);
  });
  row('entente ingest (whole process)', first.s, { peakRssMB: first.rssMB });
  const again = child(['ingest', '--quiet', '--db', db, slice]);
  row('entente ingest re-run (unchanged)', again.s, { peakRssMB: again.rssMB });
}

const ceiling = rows[0].mbPerSec;
console.log('');
console.log('what'.padEnd(36), 'docs/s'.padStart(9), 'MB/s'.padStart(7), '% of wink'.padStart(10), 'events/s'.padStart(10), 'peak RSS MB'.padStart(12));
for (const r of rows) {
  console.log(r.name.padEnd(36), r.docsPerSec.toFixed(0).padStart(9), r.mbPerSec.toFixed(2).padStart(7),
    `${((r.mbPerSec / ceiling) * 100).toFixed(0)}%`.padStart(10), (r.eventsPerSec ? r.eventsPerSec.toFixed(0) : '').padStart(10),
    (r.peakRssMB ? r.peakRssMB.toFixed(0) : '').padStart(12));
}
const code = rows.find((r) => r.name.startsWith('entente code'));
const ing = rows.find((r) => r.name.startsWith('entente ingest (whole'));
if (ing && code) console.log(`\ningest speed = ${((ing.mbPerSec / code.mbPerSec) * 100).toFixed(0)}% of entente code`);
console.log(`peak RSS of this bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(tmp, { recursive: true, force: true });
