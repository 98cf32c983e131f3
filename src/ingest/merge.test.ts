// Merging duplicate reports end to end: the fixture articles (written for the project) go through the
// real coder and the SQLite ledger.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder } from '../coder.js';
import { SqliteStore } from '../ledger/sqlite/store.js';
import { ingest } from './run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'merge');
const coder = createCoder();

test('one meeting reported three ways becomes one event with three mentions from three sources', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'entente-merge-')), 'l.db'));
  const s = await ingest([join(fixtures, 'one-meeting-three-ways.jsonl')], store, coder);
  assert.equal(s.errors.length, 0);
  assert.equal(s.added, 3);
  const meetings = store.events({ type: 'CONSULT', actor: 'AUS', target: 'IND' })
    .concat(store.events({ type: 'CONSULT', actor: 'IND', target: 'AUS' }))
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i);
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map((m) => [m.date, m.location?.name, m.evidence.text])));
  const m = meetings[0];
  assert.equal(m.date, '2023-03-10');
  assert.equal(m.numMentions >= 3, true, `mentions ${m.numMentions}`);
  assert.equal(m.numSources, 3);
  assert.equal(m.numDocuments, 3);
  const docs = new Set(store.eventMentions(m.id).map((x) => x.docId));
  assert.deepEqual([...docs].sort(), ['merge-a-wire', 'merge-b-paper', 'merge-c-ministry']);
  store.close();
});

test('two meetings of the same pair days apart in different cities stay two events', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'entente-merge-')), 'l.db'));
  const s = await ingest([join(fixtures, 'two-meetings.jsonl')], store, coder);
  assert.equal(s.errors.length, 0);
  const meetings = store.events({ type: 'CONSULT', actor: 'AUS' }).concat(store.events({ type: 'CONSULT', actor: 'IND' }))
    .filter((e) => [e.source.code, e.target?.code].sort().join() === 'AUS,IND')
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i);
  const dates = meetings.map((e) => e.date).sort();
  assert.deepEqual([...new Set(dates)], ['2023-05-20', '2023-05-24'], JSON.stringify(meetings.map((m) => [m.date, m.location?.name, m.evidence.text])));
  store.close();
});
