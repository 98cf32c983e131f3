// End-to-end tests of the coder: the founding article (skipped when ../shared is absent) and the
// bundled sample corpus, against the answer key in samples/README.md.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCoder } from './coder.js';
import type { CodedDocument, CodedEvent, Evidence } from './contract.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const coder = createCoder();

function code(c: CodedEvent['source'] | null): string | null {
  return c === null ? null : c.country ?? c.org ?? null;
}

/** Every evidence slice in a coded document equals the text it claims. */
function assertEvidence(text: string, coded: CodedDocument): void {
  const all: Evidence[] = [
    ...coded.events.map((e) => e.evidence),
    ...coded.relations.map((r) => r.evidence),
    ...coded.topics.map((t) => t.evidence),
  ];
  assert.ok(all.length > 0);
  for (const ev of all) assert.equal(text.slice(ev.start, ev.end), ev.text);
  for (const e of coded.events) {
    if (e.source.start !== undefined) assert.equal(text.slice(e.source.start, e.source.end), e.source.text);
    if (e.trigger) assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  }
}

function between(e: CodedEvent, a: string, b: string): boolean {
  const s = code(e.source);
  const t = code(e.target);
  return (s === a && t === b) || (s === b && t === a);
}

const seed = `${root}../shared/fixtures/seed/japan-norway.txt`;

test('the founding article is coded exactly right', { skip: existsSync(seed) ? false : '../shared absent' }, () => {
  const text = readFileSync(seed, 'utf8');
  const coded = coder.code({ id: 'japan-norway', text, published: '2023-12-08' });
  assertEvidence(text, coded);

  const consult = coded.events.filter((e) => e.type === 'CONSULT' && between(e, 'JPN', 'NOR') && !e.negated);
  assert.ok(consult.length > 0, 'a CONSULT event between JPN and NOR');
  const c = consult.find((e) => e.date === '2023-12-07' && e.location?.name === 'Tokyo');
  assert.ok(c, 'the meeting is dated 2023-12-07 at Tokyo');
  assert.equal(c!.location!.country, 'JPN');
  assert.equal(c!.dateCertain, false, '"on Thursday" is inferred from the publication date');

  const tier = coded.relations.find((r) => r.kind === 'tier');
  assert.ok(tier);
  assert.deepEqual(tier!.countries, ['JPN', 'NOR']);
  assert.equal(tier!.tier, 'strategic partnership');
  assert.equal(tier!.change, 'upgrade');
  assert.equal(tier!.date, '2023-12-07');

  const js = coded.relations.find((r) => r.kind === 'joint-statement');
  assert.ok(js);
  assert.deepEqual(js!.countries, ['JPN', 'NOR']);
  assert.equal(js!.first, true);

  const accuse = coded.events.filter((e) => e.type === 'ACCUSE' && code(e.target) === 'CHN' && ['JPN', 'NOR'].includes(code(e.source) ?? ''));
  assert.ok(accuse.length > 0, 'ACCUSE from JPN and/or NOR toward CHN');

  const topics = coded.topics.map((t) => t.topic);
  assert.ok(topics.includes('Indo-Pacific'), topics.join(', '));
  assert.ok(topics.includes('climate change'), topics.join(', '));

  const kishida = coded.actors.find((a) => a.name === 'Fumio Kishida');
  const store = coded.actors.find((a) => a.name === 'Jonas Gahr Støre');
  assert.equal(kishida?.country, 'JPN');
  assert.equal(kishida?.sector, 'GOV');
  assert.equal(store?.country, 'NOR');
  assert.equal(store?.sector, 'GOV');

  // No event names a country the article does not mention.
  const mentioned = new Set(['JPN', 'NOR', 'CHN']);
  for (const e of coded.events) {
    for (const a of [e.source, e.target]) {
      if (a && a.country) assert.ok(mentioned.has(a.country), `${e.type} names ${a.country}`);
    }
  }
});

const samples = new Map<string, { text: string; published: string }>();
for (const line of readFileSync(`${root}samples/articles.jsonl`, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; text: string; published: string };
  samples.set(r.id, r);
}
const codedSample = (id: string): CodedDocument => {
  const s = samples.get(id);
  assert.ok(s, id);
  const c = coder.code({ id, text: s!.text, published: s!.published });
  assertEvidence(s!.text, c);
  return c;
};
const has = (c: CodedDocument, type: string, src: string, tgt: string | null, recip = false) =>
  c.events.some((e) => !e.negated && e.type === type && (recip ? between(e, src, tgt!) : code(e.source) === src && code(e.target) === tgt));

test('sample: Japan–Norway visit, tier upgrade and first joint statement', () => {
  const c = codedSample('sample-01-japan-norway');
  assert.ok(c.events.some((e) => e.type === 'CONSULT' && between(e, 'JPN', 'NOR') && e.date === '2023-12-07'));
  assert.ok(c.relations.some((r) => r.kind === 'tier' && r.tier === 'strategic partnership' && r.change === 'upgrade'));
  assert.ok(c.relations.some((r) => r.kind === 'joint-statement' && r.first === true));
});

test('sample: USA–Viet Nam comprehensive strategic partnership', () => {
  const c = codedSample('sample-02-usa-vietnam-csp');
  const t = c.relations.find((r) => r.kind === 'tier' && r.tier === 'comprehensive strategic partnership');
  assert.ok(t);
  assert.deepEqual(t!.countries, ['USA', 'VNM']);
  assert.equal(t!.change, 'upgrade');
  assert.equal(t!.date, '2023-09-10');
});

test('sample: China–Honduras establish diplomatic relations', () => {
  const c = codedSample('sample-05-china-honduras-relations');
  assert.ok(c.relations.some((r) => r.kind === 'diplomatic-relations' && r.change === 'establish' && r.countries.join() === 'CHN,HND'));
});

test('sample: expulsions are SANCTION both ways', () => {
  const c = codedSample('sample-11-canada-india-expulsions');
  assert.ok(has(c, 'SANCTION', 'CAN', 'IND'));
  assert.ok(has(c, 'SANCTION', 'IND', 'CAN'));
});

test('sample: "may impose" sanctions is a THREATEN, the imposed ones a SANCTION; passive attack', () => {
  const c = codedSample('sample-13-eu-iran-sanctions');
  assert.ok(has(c, 'SANCTION', 'EU', 'IRN'));
  assert.ok(has(c, 'THREATEN', 'EU', 'IRN'));
  assert.ok(has(c, 'ASSAULT', 'RUS', 'UKR'), 'Kyiv was attacked by Russian forces');
});

test('sample: passive "was attacked by Iranian missiles" and the retaliation', () => {
  const c = codedSample('sample-14-pakistan-iran-strikes');
  assert.ok(has(c, 'ASSAULT', 'IRN', 'PAK'));
  assert.ok(has(c, 'ASSAULT', 'PAK', 'IRN'));
  assert.ok(has(c, 'SANCTION', 'PAK', 'IRN'), 'recalled its ambassador');
});

test('sample: negation — "did not agree" yields no asserted AGREE; refusal is REJECT', () => {
  const c = codedSample('sample-17-aliyev-skips-granada');
  assert.ok(!c.events.some((e) => e.type === 'AGREE' && !e.negated && between(e, 'AZE', 'ARM')));
  assert.ok(c.events.some((e) => e.type === 'REJECT' && code(e.source) === 'AZE'));
});

test('sample: articles without international events yield no events', () => {
  for (const id of ['sample-18-local-football', 'sample-19-company-earnings', 'sample-20-weather-storm']) {
    const s = samples.get(id)!;
    const c = coder.code({ id, text: s.text, published: s.published });
    assert.deepEqual(c.events.map((e) => `${e.type} ${e.trigger?.text}`), [], id);
  }
});
