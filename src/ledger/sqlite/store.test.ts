import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodedDocument, CodedEvent } from '../../contract.js';
import { SqliteStore } from './store.js';
import { openLedger, LedgerError } from '../index.js';
import { GDELT_EVENT_COLUMNS, gdeltRow } from '../export/gdelt.js';
import { ploverRecord } from '../export/plover.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-ledger-'));
let n = 0;
const fresh = () => join(dir, `l${n++}.db`);

function ev(text: string, over: Partial<CodedEvent> = {}): CodedEvent {
  return {
    type: 'CONSULT', mode: 'meet', contexts: ['diplomatic'], cameo: '040', quad: 'verbal-cooperation', goldstein: 1,
    source: { text: 'India', country: 'IND', sector: 'GOV', name: null },
    target: { text: 'Australia', country: 'AUS', sector: 'GOV', name: null },
    reciprocal: true, negated: false, date: '2024-03-05', dateText: 'on Tuesday', dateCertain: false,
    location: { name: 'New Delhi', country: 'IND', lat: 28.6, lon: 77.2 },
    evidence: { sentence: 0, start: 0, end: text.length, text }, confidence: 0.9, ...over,
  };
}

function doc(id: string, source: string, events: CodedEvent[], published = '2024-03-06'): CodedDocument {
  return {
    doc: { id, published, title: id, url: `https://${source}.example/${id}`, source },
    events,
    relations: [],
    topics: [{ topic: 'trade', kind: 'issue', evidence: { sentence: 0, start: 0, end: 5, text: 'Trade' } }],
    actors: [{ text: 'India', kind: 'country', country: 'IND', sector: null, name: null, certain: true, mentions: 2 }],
  };
}

test('three reports of one meeting merge into one event with three mentions; a week later is another event', () => {
  const s = new SqliteStore(fresh());
  s.transaction(() => {
    s.putDocument(doc('a', 'wire', [ev('Modi met Albanese in New Delhi.')]), 'h1');
    s.putDocument(doc('b', 'paper', [ev('Australia and India held talks.', { source: { text: 'Australia', country: 'AUS', sector: 'GOV', name: null }, target: { text: 'India', country: 'IND', sector: 'GOV', name: null }, date: '2024-03-06', location: null })]), 'h2');
    s.putDocument(doc('c', 'ministry', [ev('The leaders met in New Delhi.', { date: '2024-03-04' })]), 'h3');
    s.putDocument(doc('d', 'wire', [ev('They met again in Sydney.', { date: '2024-03-12', location: { name: 'Sydney', country: 'AUS', lat: -33.9, lon: 151.2 } })], '2024-03-12'), 'h4');
  });
  const all = s.events({ limit: 10 });
  assert.equal(all.length, 2);
  const delhi = all.find((e) => e.date === '2024-03-05')!;
  assert.equal(delhi.numMentions, 3);
  assert.equal(delhi.numDocuments, 3);
  assert.equal(delhi.numSources, 3);
  assert.equal(s.eventMentions(delhi.id).length, 3);
  assert.equal(all.find((e) => e.date === '2024-03-12')!.numMentions, 1);
  s.close();
});

test('incompatible places or a different type do not merge', () => {
  const s = new SqliteStore(fresh());
  s.putDocument(doc('a', 'x', [ev('Met in Delhi.'), ev('Met in Canberra.', { location: { name: 'Canberra', country: 'AUS', lat: null, lon: null } }),
    ev('Agreed.', { type: 'AGREE', cameo: '030' })]), 'h');
  assert.equal(s.stats().events, 3);
  s.close();
});

test('re-putting a changed document replaces its events; unchanged state is reported', () => {
  const s = new SqliteStore(fresh());
  s.putDocument(doc('a', 'x', [ev('One.'), ev('Two.', { type: 'ACCUSE', cameo: '112', quad: 'verbal-conflict', goldstein: -2 })]), 'h1');
  assert.equal(s.documentState('a', 'h1'), 'unchanged');
  assert.equal(s.documentState('a', 'h2'), 'changed');
  assert.equal(s.documentState('zz', 'h1'), 'new');
  s.putDocument(doc('a', 'x', [ev('Only one now.')]), 'h2');
  const st = s.stats();
  assert.equal(st.documents, 1);
  assert.equal(st.events, 1);
  assert.equal(st.mentions, 1);
  assert.equal(s.events({ search: 'Only' }).length, 1);
  assert.equal(s.events({ search: 'Two' }).length, 0, 'full-text index follows replacement');
  s.close();
});

test('queries filter by actor, target, type, dates, topic and words', () => {
  const s = new SqliteStore(fresh());
  s.putDocument(doc('a', 'x', [
    ev('India and Australia met.'),
    ev('China criticised Australia over trade curbs.', { type: 'ACCUSE', cameo: '111', quad: 'verbal-conflict', goldstein: -2, reciprocal: false,
      source: { text: 'China', country: 'CHN', sector: 'GOV', name: null }, date: '2024-01-10', location: null }),
  ]), 'h');
  assert.equal(s.events({ actor: 'CHN' }).length, 1);
  assert.equal(s.events({ target: 'AUS' }).length, 2);
  assert.equal(s.events({ actor: 'AUS' }).length, 1, 'reciprocal events count for both sides');
  assert.equal(s.events({ type: 'accuse' }).length, 1);
  assert.equal(s.events({ since: '2024-02-01' }).length, 1);
  assert.equal(s.events({ topic: 'Trade' }).length, 2);
  assert.equal(s.events({ search: 'curbs criticised' }).length, 1);
  assert.equal(s.events({ search: 'curbs "unbalanced' }).length, 0, 'quotes in user words are safe');
  s.close();
});

test('dyad card: tier history, current tier, joint statements, months', () => {
  const s = new SqliteStore(fresh());
  const d = doc('jn', 'x', [ev('Kishida met Store in Tokyo.', {
    source: { text: 'Japan', country: 'JPN', sector: 'GOV', name: null }, target: { text: 'Norway', country: 'NOR', sector: 'GOV', name: null },
    date: '2023-12-07', location: { name: 'Tokyo', country: 'JPN', lat: 35.69, lon: 139.69 } })], '2023-12-08');
  const evid = { sentence: 1, start: 10, end: 40, text: 'elevate ties to a Strategic Partnership' };
  d.relations = [
    { kind: 'tier', countries: ['NOR', 'JPN'], tier: 'strategic partnership', rank: 5, change: 'upgrade', date: '2023-12-07', dateCertain: false, evidence: evid },
    { kind: 'joint-statement', countries: ['JPN', 'NOR'], first: true, date: '2023-12-07', dateCertain: false, evidence: evid },
  ];
  s.putDocument(d, 'h');
  const card = s.dyad('NOR', 'JPN');
  assert.deepEqual(card.countries, ['JPN', 'NOR']);
  assert.equal(card.currentTier?.tier, 'strategic partnership');
  assert.equal(card.currentTier?.change, 'upgrade');
  assert.equal(card.jointStatements.length, 1);
  assert.equal(card.jointStatements[0].first, true);
  assert.equal(card.months[0].month, '2023-12');
  assert.equal(card.months[0].byType.CONSULT, 1);
  assert.equal(card.latestEvents[0].location?.name, 'Tokyo');
  assert.deepEqual(card.topics.map((t) => t.topic), ['trade']);
  assert.equal(s.partnerships({ country: 'NOR' }).length, 1);
  s.close();
});

test('exports: GDELT rows have the 61 GDELT 2.0 columns; PLOVER records have the manual fields', () => {
  const s = new SqliteStore(fresh());
  s.putDocument(doc('a', 'x', [ev('Met.')]), 'h');
  const [e] = [...s.allEvents()];
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  const cols = gdeltRow(e, '20240306000000').split('\t');
  assert.equal(cols.length, 61);
  assert.equal(cols[1], '20240305');
  assert.equal(cols[5], 'INDGOV');
  assert.equal(cols[26], '040');
  assert.equal(cols[29], '1');
  const rec = ploverRecord(e, '2024-03-06');
  for (const k of ['id', 'date', 'actor', 'recipient', 'event', 'event_loc', 'event_text', 'quad_code', 'event_scale', 'mode', 'context', 'coder', 'coded_date']) {
    assert.ok(k in rec, `PLOVER field ${k}`);
  }
  assert.equal(rec.actor[0].code, 'IND');
  s.close();
});

test('a file that is not a database, or read-only, is refused and left untouched', () => {
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not sqlite at all, just text that must survive');
  assert.throws(() => openLedger(junk), (e: Error) => e instanceof LedgerError && /not a SQLite database/.test(e.message));
  assert.equal(readFileSync(junk, 'utf8'), 'this is not sqlite at all, just text that must survive');

  const ro = fresh();
  new SqliteStore(ro).close();
  chmodSync(ro, 0o444);
  assert.throws(() => openLedger(ro), (e: Error) => e instanceof LedgerError && /read-only/.test(e.message));
  chmodSync(ro, 0o644);

  assert.throws(() => openLedger(join(dir, 'absent.db'), { readonly: true }), /no ledger here yet/);
  assert.equal(existsSync(join(dir, 'absent.db')), false);
});

test('a database locked by another writer gives a clear error', () => {
  const path = fresh();
  const a = new SqliteStore(path);
  a.db.prepare('BEGIN IMMEDIATE').run();
  const b = new SqliteStore(path, { busyTimeoutMs: 50 });
  assert.throws(() => b.putDocument(doc('x', 'x', [ev('Met.')]), 'h'), /locked|busy/i);
  a.db.prepare('ROLLBACK').run();
  a.close();
  b.close();
});

test('the current tier is the latest reported change, not a later passing reference', async () => {
  const { currentTier } = await import('./store.js');
  const ev = { sentence: 0, start: 0, end: 1, text: 'x' };
  const row = (id: number, date: string, tier: string, rank: number, change: string) =>
    ({ id, kind: 'tier', countries: ['USA', 'VNM'], tier, rank, change, first: false, date, dateCertain: false, docId: 'd', evidence: ev });
  const h = [
    row(1, '2013-07-25', 'comprehensive partnership', 3, 'establish'),
    row(2, '2023-09-10', 'comprehensive strategic partnership', 9, 'upgrade'),
    row(3, '2024-03-01', 'comprehensive partnership', 3, 'reaffirm'),
  ];
  assert.equal(currentTier(h)?.id, 2);
  assert.equal(currentTier([h[2]])?.id, 3);
  assert.equal(currentTier([...h, row(4, '2025-01-01', 'diplomatic relations', 1, 'sever')]), null);
});
