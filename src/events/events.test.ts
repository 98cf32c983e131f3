import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { tagSentence } from '../text/tag.js';
import { markCandidates } from './candidates.js';
import { codeEvents } from './component.js';
import type { EventCandidate } from './candidate.js';
import { codeHand, handMention as mention } from './hand-doc.js';

// Documents are built by hand (segment, hand-made mentions, candidates, tagging) so that these tests
// exercise the event coder alone, whatever the actor recogniser does.

const code = codeHand;

function summary(e: EventCandidate): string {
  const t = e.target ? e.target.code ?? e.target.country : '-';
  return `${e.type} ${e.source.code ?? e.source.country}>${t}${e.reciprocal ? '~' : ''}${e.negated ? ' neg' : ''}`;
}

function summaries(r: { doc: Doc; events: EventCandidate[] }): string[] {
  return r.events.map((e) => summary(e));
}

test('subject, verb and object give actor, type and recipient', () => {
  const r = code('Japan condemned China on Tuesday.', [{ text: 'Japan', country: 'JPN' }, { text: 'China', country: 'CHN' }]);
  assert.deepEqual(summaries(r), ['ACCUSE JPN>CHN']);
  const e = r.events[0];
  assert.equal(e.cameo, '111');
  assert.equal(e.quad, 'verbal-conflict');
  assert.equal(e.goldstein, -2);
  assert.equal(r.doc.text.slice(e.triggerStart, e.triggerEnd), 'condemned');
  assert.equal(e.modality, 'asserted');
});

test('passive voice: the "by" agent is the actor', () => {
  const r = code('Ukraine was attacked by Russia overnight.', [{ text: 'Ukraine', country: 'UKR' }, { text: 'Russia', country: 'RUS' }]);
  assert.deepEqual(summaries(r), ['ASSAULT RUS>UKR']);
  const agentless = code('Ukraine was attacked overnight.', [{ text: 'Ukraine', country: 'UKR' }]);
  assert.deepEqual(summaries(agentless), [], 'no actor, no event');
});

test('coordinated actors without a recipient make one reciprocal event', () => {
  const r = code('Japan and Norway agreed to deepen their cooperation.', [{ text: 'Japan', country: 'JPN' }, { text: 'Norway', country: 'NOR' }]);
  assert.deepEqual(summaries(r), ['AGREE JPN>NOR~']);
  const held = code('Japan and Norway held talks in Tokyo.', [{ text: 'Japan', country: 'JPN' }, { text: 'Norway', country: 'NOR' }]);
  assert.deepEqual(summaries(held), ['CONSULT JPN>NOR~']);
});

test('coordinated actors with a recipient make one event per actor', () => {
  const r = code('The United States and France accused Russia of election interference.', [
    { text: 'United States', country: 'USA' }, { text: 'France', country: 'FRA' }, { text: 'Russia', country: 'RUS' },
  ]);
  assert.deepEqual(summaries(r).sort(), ['ACCUSE FRA>RUS', 'ACCUSE USA>RUS']);
});

test('"met with" is a reciprocal consultation', () => {
  const r = code('The Japanese prime minister met with the Norwegian prime minister on Thursday.', [
    { text: 'Japanese prime minister', country: 'JPN', kind: 'person', sector: 'GOV' },
    { text: 'Norwegian prime minister', country: 'NOR', kind: 'person', sector: 'GOV' },
  ]);
  assert.deepEqual(summaries(r), ['CONSULT JPN>NOR~']);
});

test('negation is kept and flagged; a stated refusal is a rejection', () => {
  const r = code('Russia did not attack Ukraine.', [{ text: 'Russia', country: 'RUS' }, { text: 'Ukraine', country: 'UKR' }]);
  assert.deepEqual(summaries(r), ['ASSAULT RUS>UKR neg']);
  const refused = code('Iran refused to release the British sailors.', [{ text: 'Iran', country: 'IRN' }, { text: 'British sailors', country: 'GBR', kind: 'sector', sector: 'MIL' }]);
  assert.deepEqual(summaries(refused), ['REJECT IRN>GBR']);
  assert.equal(refused.events[0].cameo, '1243', 'refusing to release is CAMEO 1243');
});

test('modality: future cooperation is AGREE, possible or threatened sanctions are THREATEN', () => {
  const future = code('Japan will provide emergency aid to Turkey.', [{ text: 'Japan', country: 'JPN' }, { text: 'Turkey', country: 'TUR' }]);
  assert.deepEqual(summaries(future), ['AGREE JPN>TUR']);
  assert.equal(future.events[0].modality, 'future');
  const may = code('The European Union may impose sanctions on Iran.', [{ text: 'European Union', country: null, kind: 'org', org: 'EU', code: 'EUR' }, { text: 'Iran', country: 'IRN' }]);
  assert.deepEqual(summaries(may), ['THREATEN EUR>IRN']);
  assert.equal(may.events[0].modality, 'possible');
  const threatened = code('Washington threatened to impose sanctions on Iran.', [{ text: 'Washington', country: 'USA', kind: 'metonym', sector: 'GOV' }, { text: 'Iran', country: 'IRN' }]);
  assert.deepEqual(summaries(threatened), ['THREATEN USA>IRN']);
  assert.equal(threatened.events[0].cameo, '1312');
  const agreedTo = code('Japan agreed to visit Norway next year.', [{ text: 'Japan', country: 'JPN' }, { text: 'Norway', country: 'NOR' }]);
  assert.deepEqual(summaries(agreedTo).map((s) => s.split(' ')[0]), ['AGREE']);
  assert.equal(agreedTo.events[0].cameo, '036', 'agreeing to meet is CAMEO 036');
});

test('several events in one sentence, and reported speech codes the reported event', () => {
  const r = code('Russia attacked Ukraine on Monday, and Japan condemned Russia.', [
    { text: 'Russia', country: 'RUS' }, { text: 'Ukraine', country: 'UKR' }, { text: 'Japan', country: 'JPN' }, { text: 'Russia', country: 'RUS', nth: 1 },
  ]);
  assert.deepEqual(summaries(r), ['ASSAULT RUS>UKR', 'ACCUSE JPN>RUS']);
  const said = code('Japan said Russia attacked Ukraine.', [{ text: 'Japan', country: 'JPN' }, { text: 'Russia', country: 'RUS' }, { text: 'Ukraine', country: 'UKR' }]);
  assert.deepEqual(summaries(said), ['ASSAULT RUS>UKR']);
  const pronoun = code('Iraq said it would allow the return of the inspectors of the United Nations.', [
    { text: 'Iraq', country: 'IRQ' }, { text: 'United Nations', country: null, kind: 'org', org: 'UN', code: 'UNO' },
  ]);
  assert.deepEqual(summaries(pronoun).map((s) => s.split(' ')[0]), ['AGREE'], 'the speaker stands for "it"');
  assert.equal(pronoun.events[0].source.country, 'IRQ');
});

test('"X said Y must ..." is a request from X to Y', () => {
  const r = code('Russia said on Tuesday that Sudan must return the helicopter.', [{ text: 'Russia', country: 'RUS' }, { text: 'Sudan', country: 'SDN' }]);
  assert.deepEqual(summaries(r), ['REQUEST RUS>SDN']);
  assert.equal(r.events[0].cameo, '1053', 'demanding a return is CAMEO 1053');
});

test('events without a recipient', () => {
  const r = code('The Georgian president resigned on Sunday.', [{ text: 'Georgian president', country: 'GEO', kind: 'person', sector: 'GOV' }]);
  assert.deepEqual(summaries(r), ['RETREAT GEO>-']);
  assert.equal(r.events[0].mode, 'resign');
});

test('group mentions expand to their members', () => {
  const text = 'Japan and Norway signed a treaty. The two countries also condemned China.';
  const doc = new Doc(text, { id: 't', published: null, title: null });
  segment(doc);
  const jpn = mention(doc, { text: 'Japan', country: 'JPN' });
  const nor = mention(doc, { text: 'Norway', country: 'NOR' });
  const group = mention(doc, { text: 'The two countries', country: null, kind: 'group', members: [jpn, nor] });
  const chn = mention(doc, { text: 'China', country: 'CHN' });
  doc.mentions = [jpn, nor, group, chn];
  markCandidates(doc);
  for (let i = 0; i < doc.sentenceCount; i++) if (doc.candidate[i]) tagSentence(doc, i);
  const s = codeEvents(doc).map((e) => summary(e));
  assert.deepEqual(s, ['SUPPORT JPN>NOR~', 'ACCUSE JPN>CHN', 'ACCUSE NOR>CHN']);
});

test('actors without country or organisation are skipped unless the document places them', () => {
  const r = code('Protesters attacked the building.', [{ text: 'Protesters', country: null, kind: 'sector', sector: 'OPP' }]);
  assert.deepEqual(summaries(r), []);
  const placed = code('Rebels in Chad attacked a convoy.', [{ text: 'Rebels', country: null, kind: 'sector', sector: 'REB' }, { text: 'Chad', country: 'TCD' }]);
  assert.deepEqual(summaries(placed).map((s) => s.split('>')[0]), ['ASSAULT TCD']);
  assert.equal(placed.events[0].source.certain, false, 'the country was inferred');
  assert.ok(placed.events[0].confidence < 1);
});

test('no trigger or no actor: nothing is coded', () => {
  const r = code('The weather in Oslo was mild.', [{ text: 'Oslo', country: 'NOR', kind: 'metonym', sector: 'GOV' }]);
  assert.deepEqual(summaries(r), []);
});
