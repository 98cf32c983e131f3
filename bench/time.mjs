// Throughput of the dates component (prefilter + chrono-node) on White House statements.
// Usage: npm run build && node bench/time.mjs [maxDocs]. Skips when ../shared is absent.
import { datesForSentences, everySentence } from '../dist/time/component.js';
import { whiteHouse, segmented, utf8Bytes } from './corpus.mjs';
import { mayHaveDate } from '../dist/time/extract.js';

const max = Number(process.argv[2] ?? 2000);
const docs = whiteHouse(max, ['statements-releases-2023.jsonl', 'statements-releases-2022.jsonl']);
if (docs === null) {
  console.log('bench/time: ../shared absent, skipped');
  process.exit(0);
}
const bytes = utf8Bytes(docs);

// Segment outside the timed region: only date extraction (every sentence) is measured.
const prepared = segmented(docs);
let sentences = 0;
let passed = 0;
for (const doc of prepared) {
  for (let i = 0; i < doc.sentenceCount; i++) {
    sentences++;
    if (mayHaveDate(doc.sentenceText(i))) passed++;
  }
}
// Warm-up (chrono's compiled patterns, JIT) on fresh docs.
for (const doc of segmented(docs.slice(0, 20))) doc.dates = datesForSentences(doc, everySentence(doc));
const t0 = process.hrtime.bigint();
let mentions = 0;
for (const doc of prepared) {
  doc.dates = datesForSentences(doc, everySentence(doc));
  mentions += doc.dates.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `bench/time: ${docs.length} docs, ${(bytes / 1e6).toFixed(1)} MB, ${sentences} sentences, ` +
    `${((100 * passed) / sentences).toFixed(1)}% pass the prefilter, ${mentions} date mentions; ` +
    `${secs.toFixed(2)} s = ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${(docs.length / secs).toFixed(0)} docs/s`,
);
