// Gazetteer load time (fresh processes) and throughput of the places component on White House
// statements. Usage: npm run build && node bench/places.mjs [maxDocs]. Skips when ../shared is absent.
// Without an actors component in this run, no countries are in play (disambiguation by population).
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { Doc } from '../dist/text/doc.js';
import { segment } from '../dist/text/segment.js';
import { placesForSentences } from '../dist/places/component.js';
import { everySentence } from '../dist/time/component.js';
import { whiteHouse, segmented, utf8Bytes, root } from './corpus.mjs';
import { gazetteer } from '../dist/places/gazetteer.js';

const gazUrl = new URL('../dist/places/gazetteer.js', import.meta.url).href;
const loads = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import { gazetteer } from '${gazUrl}'; const g = gazetteer(); console.log(g.loadMs + ' ' + g.size);`]);
  loads.push(Number(String(out).split(' ')[0]));
}
loads.sort((a, b) => a - b);
console.log(`bench/places: gazetteer load ${loads[0].toFixed(0)} ms min, ${loads[2].toFixed(0)} ms median of 5 fresh processes; ${gazetteer().size} cities kept`);

const max = Number(process.argv[2] ?? 2000);
const docs = whiteHouse(max, ['statements-releases-2023.jsonl', 'statements-releases-2022.jsonl']);
if (docs === null) {
  console.log('bench/places: ../shared absent, corpus throughput skipped');
  process.exit(0);
}
const bytes = utf8Bytes(docs);
const prepared = segmented(docs);
const t0 = process.hrtime.bigint();
let places = 0;
for (const doc of prepared) {
  doc.places = placesForSentences(doc, everySentence(doc));
  places += doc.places.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `bench/places: ${docs.length} docs, ${(bytes / 1e6).toFixed(1)} MB, ${places} place mentions; ` +
    `${secs.toFixed(2)} s = ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${(docs.length / secs).toFixed(0)} docs/s`,
);
