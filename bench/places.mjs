// Gazetteer load time (fresh processes) and throughput of the places component on White House
// statements. Usage: npm run build && node bench/places.mjs [maxDocs]. Skips when ../shared is absent.
// Without an actors component in this run, no countries are in play (disambiguation by population).
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { Doc } from '../dist/text/doc.js';
import { segment } from '../dist/text/segment.js';
import { placesComponent } from '../dist/places/component.js';
import { gazetteer } from '../dist/places/gazetteer.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gazUrl = new URL('../dist/places/gazetteer.js', import.meta.url).href;
const loads = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import { gazetteer } from '${gazUrl}'; const g = gazetteer(); console.log(g.loadMs + ' ' + g.size);`]);
  loads.push(Number(String(out).split(' ')[0]));
}
loads.sort((a, b) => a - b);
console.log(`bench/places: gazetteer load ${loads[0].toFixed(0)} ms min, ${loads[2].toFixed(0)} ms median of 5 fresh processes; ${gazetteer().size} cities kept`);

const dir = join(root, '..', 'shared', 'corpus', 'whitehouse');
if (!existsSync(dir)) {
  console.log('bench/places: ../shared absent, corpus throughput skipped');
  process.exit(0);
}
const max = Number(process.argv[2] ?? 2000);
const docs = [];
for (const f of ['statements-releases-2023.jsonl', 'statements-releases-2022.jsonl']) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line) continue;
    const j = JSON.parse(line);
    docs.push({ id: j.id, text: j.text, published: j.date });
    if (docs.length >= max) break;
  }
  if (docs.length >= max) break;
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const prepared = docs.map((d) => {
  const doc = new Doc(d.text, { id: d.id, published: d.published, title: null });
  segment(doc);
  return doc;
});
const t0 = process.hrtime.bigint();
let places = 0;
for (const doc of prepared) {
  placesComponent.run(doc);
  places += doc.places.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `bench/places: ${docs.length} docs, ${(bytes / 1e6).toFixed(1)} MB, ${places} place mentions; ` +
    `${secs.toFixed(2)} s = ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${(docs.length / secs).toFixed(0)} docs/s`,
);
