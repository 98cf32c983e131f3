// Throughput of the actors component (raw-text scan + composition) on White House statements, with
// sentence segmentation timed separately. Usage: npm run build && node bench/actors.mjs [maxDocs].
// Skips when ../shared is absent.
import { Doc } from '../dist/text/doc.js';
import { segment } from '../dist/text/segment.js';
import { actorsComponent } from '../dist/actors/component.js';
import { lexicon } from '../dist/actors/lexicon.js';
import { whiteHouse, segmented, utf8Bytes } from './corpus.mjs';

const max = Number(process.argv[2] ?? 1e9);
const inputs = whiteHouse(max);
if (inputs === null) {
  console.log('bench/actors: ../shared absent, skipped');
  process.exit(0);
}
const bytes = utf8Bytes(inputs);

let t = performance.now();
lexicon();
console.log(`lexicon compile: ${(performance.now() - t).toFixed(0)} ms`);

// Segment once (not timed as part of the actors figure).
const docs = segmented(inputs);
// Warm-up pass, then timed passes.
for (const doc of docs.slice(0, 200)) actorsComponent.run(doc);
let best = Infinity;
let bestCpu = Infinity;
let mentions = 0;
const passes = Number(process.env.PASSES ?? 3);
for (let pass = 0; pass < passes; pass++) {
  mentions = 0;
  t = performance.now();
  const c0 = process.cpuUsage();
  for (const doc of docs) {
    actorsComponent.run(doc);
    mentions += doc.mentions.length;
  }
  const c = process.cpuUsage(c0);
  best = Math.min(best, performance.now() - t);
  bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
}
t = performance.now();
for (const d of inputs) segment(new Doc(d.text, { id: '', published: null, title: null }));
const segMs = performance.now() - t;
const mb = bytes / 1e6;
console.log(`${docs.length} docs, ${mb.toFixed(1)} MB, ${mentions} mentions`);
console.log(`actors: ${(mb / (best / 1000)).toFixed(1)} MB/s wall (${best.toFixed(0)} ms), ${(mb / (bestCpu / 1000)).toFixed(1)} MB/s cpu`);
console.log(`segment: ${(mb / (segMs / 1000)).toFixed(1)} MB/s (${segMs.toFixed(0)} ms)`);
