import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import type { Mention, MentionKind } from '../actors/mention.js';
import type { Relation } from '../contract.js';
import { dateFor } from '../time/attach.js';
import { extractRelations, candidateSentences, mainPair, type DateFn } from './extract.js';
import { relationsComponent } from './component.js';

// Hand-made actor mentions: every occurrence of each word, resolved to a country.
const ACTORS: [string, string, MentionKind][] = [
  ['Japan', 'JPN', 'country'], ['Japanese', 'JPN', 'demonym'], ['Kishida', 'JPN', 'person'], ['Tokyo', 'JPN', 'metonym'],
  ['Norway', 'NOR', 'country'], ['Norwegian', 'NOR', 'demonym'], ['Stoere', 'NOR', 'person'],
  ['Vietnam', 'VNM', 'country'], ['Hanoi', 'VNM', 'metonym'], ['United States', 'USA', 'country'], ['U.S.', 'USA', 'country'],
  ['China', 'CHN', 'country'], ['Russia', 'RUS', 'country'], ['Honduras', 'HND', 'country'], ['Taiwan', 'TWN', 'country'],
  ['India', 'IND', 'country'], ['Pakistan', 'PAK', 'country'], ['Cuba', 'CUB', 'country'], ['Australia', 'AUS', 'country'],
  ['Saudi Arabia', 'SAU', 'country'], ['Iran', 'IRN', 'country'], ['Kenya', 'KEN', 'country'], ['ROK', 'KOR', 'country'],
];

function mention(start: number, end: number, sentence: number, kind: MentionKind, country: string | null): Mention {
  return { start, end, sentence, kind, country, sector: null, name: null, role: null, org: null, code: country, certain: true, provenance: 'stated' };
}

function makeDoc(text: string, published: string | null = '2023-12-07', groups: string[] = []): Doc {
  const doc = new Doc(text, { id: 't', published, title: null });
  segment(doc);
  const ms: Mention[] = [];
  for (const [word, country, kind] of ACTORS) {
    let at = text.indexOf(word);
    while (at >= 0) {
      const end = at + word.length;
      const after = text.charCodeAt(end);
      const before = at > 0 ? text.charCodeAt(at - 1) : 32;
      const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!isLetter(after) && !isLetter(before)) ms.push(mention(at, end, doc.sentenceAt(at), kind, country));
      at = text.indexOf(word, end);
    }
  }
  ms.sort((a, b) => a.start - b.start);
  // Drop mentions inside longer ones ("U.S." inside nothing here, but keep the rule honest).
  const flat = ms.filter((m, i) => !ms.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  for (const g of groups) {
    const at = text.indexOf(g);
    if (at < 0) continue;
    const before = flat.filter((m) => m.start < at && m.country);
    const seen = new Map<string, Mention>();
    for (const m of before) seen.set(m.country!, m);
    const members = [...seen.values()].slice(-2);
    flat.push({ ...mention(at, at + g.length, doc.sentenceAt(at), 'group', null), members, provenance: 'backref', certain: false });
  }
  flat.sort((a, b) => a.start - b.start);
  doc.mentions = flat;
  return doc;
}

const fixedDate: DateFn = () => ({ date: '2023-12-07', dateText: null, dateCertain: false });

function tiers(rels: Relation[]): string[] {
  return rels.filter((r) => r.kind !== 'joint-statement').map((r) => `${r.countries.join('-')} ${r.tier} ${r.change}`);
}

// A paraphrase of the founding article (Japan and Norway, Tokyo, 7 December 2023).
const FOUNDING = `Japanese Prime Minister Fumio Kishida and Norway's Prime Minister Jonas Gahr Stoere agreed on Thursday to raise their nations' ties to a Strategic Partnership during talks at the prime minister's office in Tokyo.

For the first time, the two leaders released a joint statement between their countries, a document Kishida said would serve as the basis of a new framework for cooperation and of a more robust alliance.

They agreed to uphold a free and open Indo-Pacific, to share their concerns about China, and to work together on climate change and sustainable development.

Lifting the Japan-Norway relationship to a Strategic Partnership opens a new chapter in their diplomatic ties, the joint statement said.`;

test('founding article: a JPN-NOR strategic partnership upgrade dated 7 December 2023 and a first joint statement', () => {
  const doc = makeDoc(FOUNDING, '2023-12-07', ['the two leaders']);
  const rels = extractRelations(doc, dateFor);
  const tier = rels.filter((r) => r.kind === 'tier');
  assert.equal(tier.length, 1, JSON.stringify(tier));
  assert.deepEqual(tier[0].countries, ['JPN', 'NOR']);
  assert.equal(tier[0].tier, 'strategic partnership');
  assert.equal(tier[0].change, 'upgrade');
  assert.equal(tier[0].date, '2023-12-07');
  assert.equal(tier[0].rank, 5);
  assert.equal(tier[0].evidence.sentence, 0);
  assert.equal(tier[0].evidence.text, doc.sentenceText(0));
  const js = rels.filter((r) => r.kind === 'joint-statement');
  assert.equal(js.length, 1);
  assert.deepEqual(js[0].countries, ['JPN', 'NOR']);
  assert.equal(js[0].first, true);
  // "a more robust alliance" is not a tier; "diplomatic ties" without a change verb is no fact.
  assert.ok(!rels.some((r) => r.tier === 'alliance' || r.kind === 'diplomatic-relations'), JSON.stringify(rels));
});

test('the component reads doc.mentions and sets doc.relations', () => {
  const doc = makeDoc(FOUNDING, '2023-12-07', ['the two leaders']);
  relationsComponent.run(doc);
  assert.ok(doc.relations.some((r) => r.kind === 'tier' && r.change === 'upgrade'));
});

test('joint statement parties fall back to the two most-mentioned countries', () => {
  const doc = makeDoc('Japan and Norway held talks in Tokyo. Norway welcomed the meeting. In a historic step, the leaders issued their first joint statement.');
  assert.deepEqual(mainPair(doc)?.slice().sort(), ['JPN', 'NOR']);
  const js = extractRelations(doc, fixedDate).filter((r) => r.kind === 'joint-statement');
  assert.equal(js.length, 1);
  assert.deepEqual(js[0].countries, ['JPN', 'NOR']);
  assert.equal(js[0].first, true);
  assert.equal(js[0].evidence.sentence, 2);
  assert.ok((js[0].confidence ?? 1) < 0.7);
});

test('upgrade target is the tier after "to"; the starting tier is not reported', () => {
  const doc = makeDoc('The United States and Vietnam elevated their relations from a comprehensive partnership to a Comprehensive Strategic Partnership in Hanoi.');
  assert.deepEqual(tiers(extractRelations(doc, fixedDate)), ['USA-VNM comprehensive strategic partnership upgrade']);
});

test('longest tier phrase wins', () => {
  const a = makeDoc('China and Pakistan reaffirmed their all-weather strategic cooperative partnership.');
  assert.deepEqual(tiers(extractRelations(a, fixedDate)), ['CHN-PAK all-weather strategic cooperative partnership reaffirm']);
  const b = makeDoc('Japan and India agreed to establish a Special Strategic and Global Partnership.');
  assert.deepEqual(tiers(extractRelations(b, fixedDate)), ['IND-JPN special strategic and global partnership establish']);
  const c = makeDoc('China and Russia celebrated their comprehensive strategic partnership of coordination for a new era.');
  assert.deepEqual(tiers(extractRelations(c, fixedDate)), ['CHN-RUS comprehensive strategic partnership of coordination reaffirm']);
});

test('"take ... to new heights" and "elevate ... to a new level" keep the tier', () => {
  const doc = makeDoc('India and Australia vowed to elevate the comprehensive strategic partnership to a new level.');
  const r = extractRelations(doc, fixedDate);
  assert.deepEqual(tiers(r), ['AUS-IND comprehensive strategic partnership reaffirm']);
  const doc2 = makeDoc('Japan and Norway will take their partnership to new heights.');
  assert.deepEqual(extractRelations(doc2, fixedDate), []);
});

test('diplomatic relations: establish, sever, restore; anniversaries are reaffirmations', () => {
  const est = makeDoc('Saudi Arabia and Iran agreed to restore diplomatic relations after seven years.');
  assert.deepEqual(tiers(extractRelations(est, fixedDate)), ['IRN-SAU diplomatic relations restore']);
  const sev = makeDoc('Honduras severed ties with Taiwan on Sunday.');
  assert.deepEqual(tiers(extractRelations(sev, fixedDate)), ['HND-TWN diplomatic relations sever']);
  const cut = makeDoc('Honduras said it would cut diplomatic ties with Taiwan.');
  assert.deepEqual(tiers(extractRelations(cut, fixedDate)), ['HND-TWN diplomatic relations sever']);
  const ann = makeDoc('The United States and Vietnam marked the 28th anniversary of the establishment of diplomatic relations.');
  assert.deepEqual(tiers(extractRelations(ann, fixedDate)), ['USA-VNM diplomatic relations reaffirm']);
  const first = makeDoc('The United States and Cuba established diplomatic relations.');
  assert.deepEqual(tiers(extractRelations(first, fixedDate)).map((s) => s.split(' ').pop()), ['establish']);
});

test('alliance wording: hyphenated pair, treaty allies, but not a bare alliance', () => {
  const a = makeDoc('The leaders reaffirmed the ironclad U.S.-ROK Alliance.');
  // "ironclad" before the pair: the pair + bare alliance, or "ironclad alliance" if adjacent.
  assert.deepEqual(tiers(extractRelations(a, fixedDate)), ['KOR-USA alliance reaffirm']);
  const b = makeDoc('Japan and the United States are treaty allies.');
  assert.deepEqual(tiers(extractRelations(b, fixedDate)), ['JPN-USA alliance reaffirm']);
  const c = makeDoc('Japan and Norway will forge a stronger alliance.');
  assert.deepEqual(extractRelations(c, fixedDate), []);
});

test('negation drops the fact; a hedge lowers confidence', () => {
  const neg = makeDoc('Vietnam did not upgrade ties with China to a comprehensive strategic partnership.');
  assert.deepEqual(extractRelations(neg, fixedDate), []);
  const sure = extractRelations(makeDoc('Vietnam and Australia upgraded ties to a comprehensive strategic partnership.'), fixedDate);
  const hedged = extractRelations(makeDoc('Vietnam and Australia discussed the possibility of upgrading ties to a comprehensive strategic partnership.'), fixedDate);
  assert.equal(sure.length, 1);
  assert.equal(hedged.length, 1);
  assert.ok((hedged[0].confidence ?? 0) < (sure[0].confidence ?? 0));
});

test('passive cue after the tier', () => {
  const doc = makeDoc('A strategic partnership between India and Vietnam was established.');
  assert.deepEqual(tiers(extractRelations(doc, fixedDate)), ['IND-VNM strategic partnership establish']);
});

test('a tier needs exactly two countries; other partnerships are not tiers', () => {
  const none = makeDoc('Officials announced a public-private partnership on clean energy.');
  assert.deepEqual(extractRelations(none, fixedDate), []);
  const noPair = makeDoc('The ministry launched a strategic partnership on food security.');
  assert.deepEqual(extractRelations(noPair, fixedDate), []);
});

test('multilateral joint statement lists every issuer; "first" needs to be near', () => {
  const doc = makeDoc('First, Japan, India and Australia issued a joint statement on maritime security.');
  const r = extractRelations(doc, fixedDate);
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].countries, ['AUS', 'IND', 'JPN']);
  assert.equal(r[0].first, false);
});

test('candidate sentences: only those with a head word', () => {
  const doc = makeDoc('Japan met Norway. They discussed fish. They issued a joint statement. Trade grew.');
  assert.deepEqual(candidateSentences(doc), [2]);
});

test('an organisation named beside one country is the other party, never the document\'s other countries', () => {
  const text = 'The United States and ASEAN elevated their relationship to a Comprehensive Strategic Partnership. ' +
    'Japan and Vietnam upgraded ties to a comprehensive strategic partnership at the ASEAN summit.';
  const doc = makeDoc(text);
  for (const at of [text.indexOf('ASEAN'), text.lastIndexOf('ASEAN')]) {
    doc.mentions.push({ ...mention(at, at + 5, doc.sentenceAt(at), 'org', null), org: 'ASEAN', code: 'IGO' });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  const rels = extractRelations(doc, fixedDate);
  const us = rels.find((r) => r.evidence.sentence === 0);
  assert.ok(us, JSON.stringify(rels));
  assert.deepEqual(us.countries, ['USA']);
  assert.deepEqual(us.organisations, ['ASEAN']);
  assert.deepEqual(us.parties, ['ASEAN', 'USA']);
  assert.equal(us.tier, 'comprehensive strategic partnership');
  const jv = rels.find((r) => r.evidence.sentence === 1);
  assert.deepEqual(jv?.countries, ['JPN', 'VNM'], 'two countries in the sentence: the organisation is only the venue');
  assert.equal(jv?.parties, undefined);
});
