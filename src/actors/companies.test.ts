import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../coder.js';
import { companyMentions } from './companies.js';
import type { Mention } from './mention.js';

const SUFFIXES = new Set(['Financial', 'Holdings', 'Corp.', 'Ltd']);

function country(start: number, end: number, code: string, extra: Partial<Mention> = {}): Mention {
  return { start, end, sentence: 0, kind: 'country', country: code, sector: null, name: null, role: null, org: null, code, certain: true, provenance: 'stated', ...extra };
}

test('a company named after its country\'s possessive or modifier is a BUS actor of that country', () => {
  const text = "Japan's Sumitomo Mitsui Financial withdrew its offer.";
  const ms = companyMentions(text, [country(0, 5, 'JPN', { possessive: true })], [text.length], SUFFIXES);
  assert.equal(ms.length, 1);
  assert.equal(text.slice(ms[0].start, ms[0].end), 'Sumitomo Mitsui Financial');
  assert.equal(ms[0].country, 'JPN');
  assert.equal(ms[0].sector, 'BUS');
  const corp = 'Canada\'s Nortel Networks Corp. agreed.';
  const c = companyMentions(corp, [country(0, 6, 'CAN', { possessive: true })], [corp.length], SUFFIXES);
  assert.equal(corp.slice(c[0].start, c[0].end), 'Nortel Networks Corp.', 'an abbreviated suffix keeps its period');
  // No suffix: a name, not a company; no possessive: nothing to attach.
  assert.deepEqual(companyMentions("Israel's Ariel Sharon agreed.", [country(0, 6, 'ISR', { possessive: true })], [30], SUFFIXES), []);
  assert.deepEqual(companyMentions('Japan Sumitomo Financial', [country(0, 5, 'JPN')], [24], SUFFIXES), []);
});

test('business among itself is no event between states; traders protesting still are', () => {
  const coder = createCoder();
  const d = coder.code({ id: 'b', text: "Japan's Sumitomo Mitsui Financial has withdrawn its takeover offer for UFJ Holdings.", published: '2004-10-10' });
  assert.deepEqual(d.events, []);
  const g = coder.code({ id: 'g', text: "Russia's Gazprom Holdings cut gas supplies to Ukraine on Monday.", published: '2022-10-10' });
  const cut = g.events.find((e) => e.target?.country === 'UKR');
  assert.ok(cut, JSON.stringify(g.events.map((e) => [e.type, e.source.text, e.target?.text])));
  assert.equal(cut.source.sector, 'BUS');
  assert.equal(cut.source.country, 'RUS');
});
