// Throughput of the topic scan (issues + PLOVER contexts) and of the relations pass on White House
// statements. Skips when ../shared is absent. Run after `npm run build`: node bench/topics.mjs [maxDocs]
import { whiteHouse } from './corpus.mjs';
import { Doc } from '../dist/text/doc.js';
import { segment } from '../dist/text/segment.js';
import { scanTopics, documentTopics } from '../dist/topics/component.js';
import { topicKnowledge } from '../dist/topics/knowledge.js';
import { extractRelations, candidateSentences } from '../dist/relations/extract.js';
import { relationKnowledge } from '../dist/relations/knowledge.js';

const max = Number(process.argv[2] ?? Infinity);
const loaded = whiteHouse(max);
if (loaded === null) {
  console.log('bench/topics: ../shared absent, skipped');
  process.exit(0);
}
const texts = loaded.map((d) => d.text);
const chars = texts.reduce((a, t) => a + t.length, 0);
const mb = chars / 1e6;
const tk = topicKnowledge();
const rk = relationKnowledge();
console.log(`bench/topics: ${texts.length} documents, ${mb.toFixed(1)} M chars; ${tk.matcher.size} topic phrases, ${rk.matcher.size} relation phrases`);

function time(label, fn, rounds = 3) {
  let best = Infinity;
  let result;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  console.log(`  ${label.padEnd(34)} ${best.toFixed(0).padStart(6)} ms  ${(mb / (best / 1000)).toFixed(1).padStart(7)} MB/s  ${(texts.length / (best / 1000)).toFixed(0).padStart(7)} docs/s`);
  return result;
}

time('topic scan (scanTopics)', () => {
  let n = 0;
  for (const t of texts) n += scanTopics(t).start.length;
  return n;
});
const docs = texts.map((t, i) => {
  const d = new Doc(t, { id: String(i), published: null, title: null });
  segment(d);
  return d;
});
time('documentTopics (segmented docs)', () => {
  let n = 0;
  for (const t of texts) {
    const d = new Doc(t, { id: 'x', published: null, title: null });
    d.sentStart.push(0); d.sentEnd.push(t.length); d.sentTokFrom.push(-1); d.sentTokTo.push(-1);
    n += documentTopics(d).length;
  }
  return n;
});
const cand = time('relations: candidate sentences', () => {
  let n = 0;
  for (const d of docs) n += candidateSentences(d).length;
  return n;
});
const noDate = () => ({ date: null, dateText: null, dateCertain: false });
const rels = time('relations: extract (no mentions)', () => {
  let n = 0;
  for (const d of docs) n += extractRelations(d, noDate).length;
  return n;
});
console.log(`  ${cand} candidate sentences of ${docs.reduce((a, d) => a + d.sentenceCount, 0)}; ${rels} relations without actor mentions`);
