import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import type { Mention } from '../actors/mention.js';
import { placesForSentences } from './component.js';
import { everySentence } from '../time/component.js';
import { placeFor } from './attach.js';
import { gazetteer, gazetteerLoaded } from './gazetteer.js';
import { mayHavePlace, resolveCity } from './extract.js';
import { foldName } from './fold.js';

function country(doc: Doc, text: string, code: string): Mention {
  const start = doc.text.indexOf(text);
  assert.ok(start >= 0, text);
  return {
    start, end: start + text.length, sentence: doc.sentenceAt(start), kind: 'country', country: code, sector: null,
    name: null, role: null, org: null, code, certain: true, provenance: 'stated',
  };
}

function analyse(text: string, mentions: (d: Doc) => Mention[] = () => []): Doc {
  const d = new Doc(text, { id: 't', published: '2023-12-08', title: null });
  segment(d);
  d.mentions = mentions(d).sort((a, b) => a.start - b.start);
  d.places = placesForSentences(d, everySentence(d));
  for (const p of d.places) assert.equal(d.text.slice(p.start, p.end), p.text);
  return d;
}

test('founding article: the Prime Minister’s Office in Tokyo', () => {
  const d = analyse(
    'Prime Minister Fumio Kishida of Japan and Norwegian Prime Minister Jonas Gahr Stoere agreed to elevate ties. ' +
      'This decision was made during their meeting at the Prime Minister’s Office in Tokyo on Thursday, marking a momentous occasion.',
    (doc) => [country(doc, 'Japan', 'JPN')],
  );
  assert.equal(d.places.length, 1);
  const p = placeFor(d, 1);
  assert.ok(p !== null);
  assert.equal(p.name, 'Tokyo');
  assert.equal(p.country, 'JPN');
  assert.equal(p.text, 'in Tokyo');
  assert.equal(p.certain, true);
  assert.ok(Math.abs(p.lat! - 35.69) < 0.05 && Math.abs(p.lon! - 139.69) < 0.05, `${p.lat},${p.lon}`);
  // Sentence 0 has no place: the document's first city, not certain.
  assert.deepEqual([placeFor(d, 0)?.name, placeFor(d, 0)?.certain], ['Tokyo', false]);
});

test('Hanoi, New Delhi and exonyms', () => {
  const d = analyse('The leaders met in Hanoi on Monday. Talks continued in New Delhi. He later flew to Kiev.');
  assert.deepEqual(d.places.map((p) => [p.name, p.country]), [['Hanoi', 'VNM'], ['New Delhi', 'IND'], ['Kyiv', 'UKR']]);
  assert.ok(Math.abs(d.places[0].lat! - 21.03) < 0.05);
});

test('Washington is the US capital', () => {
  const d = analyse('The Prime Minister arrived in Washington for talks with the United States.', (doc) => [country(doc, 'United States', 'USA')]);
  const p = d.places.find((x) => x.name === 'Washington');
  assert.ok(p);
  assert.equal(p.country, 'USA');
  assert.ok(Math.abs(p.lat! - 38.9) < 0.05 && Math.abs(p.lon! + 77.04) < 0.05);
  const e = analyse('He returned to Washington, D.C. on Friday.');
  assert.deepEqual(e.places.map((x) => [x.text, x.country]), [['to Washington, D.C.', 'USA']]);
});

test('a city name shared by two countries is resolved by the countries in play', () => {
  const pk = analyse('Pakistan said the talks in Hyderabad went well.', (doc) => [country(doc, 'Pakistan', 'PAK')]);
  assert.equal(pk.places[0].country, 'PAK');
  const ind = analyse('India said the talks in Hyderabad went well.', (doc) => [country(doc, 'India', 'IND')]);
  assert.equal(ind.places[0].country, 'IND');
  const us = analyse('The United States hosted the meeting in Cambridge.', (doc) => [country(doc, 'United States', 'USA')]);
  assert.equal(us.places[0].country, 'USA');
  const gb = analyse('Britain hosted the meeting in Cambridge.', (doc) => [country(doc, 'Britain', 'GBR')]);
  assert.equal(gb.places[0].country, 'GBR');
  // A far larger namesake wins over a small one in play: Paris is in France even in a US text.
  const fr = analyse('The United States joined the talks in Paris.', (doc) => [country(doc, 'United States', 'USA')]);
  assert.equal(fr.places[0].country, 'FRA');
  // A stated country or state decides.
  assert.equal(analyse('He studied in Cambridge, Massachusetts.').places[0].country, 'USA');
  assert.equal(analyse('She visited Tokyo, Japan.').places[0].text, 'visited Tokyo, Japan');
});

test('dateline', () => {
  const d = analyse('TOKYO, Dec 8 (Reuters) - Japan and Norway agreed on Thursday to deepen ties.\n\nThe two sides also discussed China.');
  assert.equal(d.places[0].name, 'Tokyo');
  assert.equal(d.places[0].text, 'TOKYO');
  const p = placeFor(d, 1);
  assert.deepEqual([p?.name, p?.country, p?.certain], ['Tokyo', 'JPN', false]);
  const w = analyse('WASHINGTON (AP) — The President spoke.');
  assert.equal(w.places[0].country, 'USA');
});

test('countries and regions are places without coordinates; continents and names are not places', () => {
  const d = analyse('The summit in Japan ended.');
  assert.deepEqual(d.places.map((p) => [p.name, p.country, p.lat, p.kind]), [['Japan', 'JPN', null, 'country']]);
  assert.equal(analyse('The plant in Florida opened.').places[0].kind, 'region');
  for (const t of [
    'He spoke at the Washington Post.', 'They met at the White House.', 'She worked in Asia.',
    'He went to Independence Hall.', 'He sent his thanks to Stuart and his family.', 'The aid went to Mexico.',
    'She was a partner at Holland & Knight.', 'It is used in ORAN networks.', 'We worked together in the Obama administration.',
    'Japan may impose tariffs in May.',
  ]) {
    assert.deepEqual(analyse(t).places, [], t);
  }
});

test('person mentions are not places', () => {
  const d = analyse('He spoke to Lincoln about the deal.', (doc) => {
    const start = doc.text.indexOf('Lincoln');
    return [{ start, end: start + 7, sentence: 0, kind: 'person', country: 'USA', sector: 'GOV', name: 'Lincoln', role: null, org: null, code: 'USA', certain: true, provenance: 'stated' }];
  });
  assert.deepEqual(d.places, []);
});

test('placeFor: same sentence, then paragraph, not across a blank line without another source', () => {
  const d = analyse('The ministers met in Hanoi on Monday. They signed two agreements.\n\nA third one is planned.');
  assert.deepEqual([placeFor(d, 1)?.name, placeFor(d, 1)?.certain], ['Hanoi', false]);
  // Sentence 2: new paragraph, no dateline: the document's first city.
  assert.deepEqual([placeFor(d, 2)?.name, placeFor(d, 2)?.certain], ['Hanoi', false]);
  assert.equal(placeFor(analyse('The two sides agreed.'), 0), null);
  // In/at beats from in the same sentence.
  const e = analyse('Flying in from Kyiv, he met the leaders in Warsaw.');
  assert.equal(placeFor(e, 0)?.name, 'Warsaw');
});

test('gazetteer: lazy, folded keys, sorted by population', () => {
  assert.equal(mayHavePlace('The two leaders agreed.'), false);
  assert.equal(mayHavePlace('The two leaders met in Tokyo.'), true);
  const g = gazetteer();
  assert.ok(gazetteerLoaded());
  assert.ok(g.size > 20000 && g.size < 40000, `${g.size}`);
  const sp = g.byName.get(foldName('Sao Paulo'));
  assert.equal(sp?.[0].country, 'BRA');
  const cam = g.byName.get('cambridge')!;
  for (let i = 1; i < cam.length; i++) assert.ok(cam[i - 1].population >= cam[i].population);
  assert.equal(resolveCity('Genève', new Set())?.country, 'CHE');
  assert.equal(resolveCity('Geneva', new Set(['USA']))?.country, 'CHE');
  assert.equal(foldName('Washington, D.C.'), foldName('Washington DC'));
});
