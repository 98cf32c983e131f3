// Throughput of the dates component (prefilter + chrono-node) on White House statements.
// Usage: npm run build && node bench/time.mjs [maxDocs]. Skips when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../dist/text/doc.js';
import { segment } from '../dist/text/segment.js';
import { datesComponent } from '../dist/time/component.js';
import { mayHaveDate } from '../dist/time/extract.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '..', 'shared', 'corpus', 'whitehouse');
if (!existsSync(dir)) {
  console.log('bench/time: ../shared absent, skipped');
  process.exit(0);
}
const max = Number(process.argv[2] ?? 2000);
const docs = [];
for (const f of ['statements-releases-2023.jsonl', 'statements-releases-2022.jsonl']) {
  const p = join(dir, f);
  if (!existsSync(p)) continue;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (!line) continue;
    const j = JSON.parse(line);
    docs.push({ id: j.id, text: j.text, published: j.date });
    if (docs.length >= max) break;
  }
  if (docs.length >= max) break;
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

// Segment outside the timed region: only the dates component is measured.
const prepared = docs.map((d) => {
  const doc = new Doc(d.text, { id: d.id, published: d.published, title: null });
  segment(doc);
  return doc;
});
let sentences = 0;
let passed = 0;
for (const doc of prepared) {
  for (let i = 0; i < doc.sentenceCount; i++) {
    sentences++;
    if (mayHaveDate(doc.sentenceText(i))) passed++;
  }
}
// Warm-up (chrono's compiled patterns, JIT) on fresh docs.
for (const d of docs.slice(0, 20)) {
  const doc = new Doc(d.text, { id: d.id, published: d.published, title: null });
  segment(doc);
  datesComponent.run(doc);
}
const t0 = process.hrtime.bigint();
let mentions = 0;
for (const doc of prepared) {
  datesComponent.run(doc);
  mentions += doc.dates.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `bench/time: ${docs.length} docs, ${(bytes / 1e6).toFixed(1)} MB, ${sentences} sentences, ` +
    `${((100 * passed) / sentences).toFixed(1)}% pass the prefilter, ${mentions} date mentions; ` +
    `${secs.toFixed(2)} s = ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${(docs.length / secs).toFixed(0)} docs/s`,
);
