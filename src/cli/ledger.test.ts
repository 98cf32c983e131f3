// The ledger commands end to end through the real binary on the bundled sample: ingest (twice),
// dyad, events, actors, partnerships, export, resolve; and a database that must not be touched.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DyadCard } from '../ledger/store.js';
import { GDELT_EVENT_COLUMNS } from '../ledger/export/gdelt.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
const db = join(dir, 'ledger.db');
const sample = join(root, 'samples', 'articles.jsonl');

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

test('ingest the sample, re-ingest adds nothing, and the Japan–Norway card shows the tier and first joint statement', () => {
  const first = run(['ingest', '--db', db, sample]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /ingested 20 documents .*: 20 new, 0 replaced, 0 unchanged/);
  const again = run(['ingest', '--db', db, sample]);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /0 new, 0 replaced, 20 unchanged/);
  assert.match(again.stdout, /coded 0 event mentions/);

  const card = JSON.parse(run(['dyad', 'NOR', 'JPN', '--db', db, '--json']).stdout) as DyadCard;
  assert.deepEqual(card.countries, ['JPN', 'NOR']);
  assert.equal(card.currentTier?.tier, 'strategic partnership');
  assert.equal(card.currentTier?.date, '2023-12-07');
  assert.ok(card.jointStatements.some((j) => j.first && j.countries.join() === 'JPN,NOR'));
  assert.ok(card.latestEvents.some((e) => e.type === 'CONSULT'));
  const text = run(['dyad', 'JPN', 'NOR', '--db', db]).stdout;
  assert.match(text, /Current tier: strategic partnership \(upgrade, 2023-12-07\)/);
});

test('queries and exports read the ledger', () => {
  const ev = JSON.parse(run(['events', '--db', db, '--actor', 'EU', '--type', 'SANCTION', '--json']).stdout) as { target: { code: string } }[];
  assert.ok(ev.some((e) => e.target.code === 'IRN'), JSON.stringify(ev));
  const search = JSON.parse(run(['events', '--db', db, '--search', 'drones', '--json']).stdout) as unknown[];
  assert.ok(search.length > 0);
  const actors = run(['actors', '--db', db, '--country', 'JPN']).stdout;
  assert.match(actors, /Fumio Kishida/);
  const p = JSON.parse(run(['partnerships', '--db', db, '--json']).stdout) as { tier: string; countries: string[] }[];
  assert.ok(p.some((r) => r.tier === 'comprehensive strategic partnership' && r.countries.join() === 'USA,VNM'));
  const out = join(dir, 'events.tsv');
  const x = run(['export', '--db', db, '--format', 'gdelt-tsv', '--out', out]);
  assert.equal(x.status, 0, x.stderr);
  const rows = readFileSync(out, 'utf8').trim().split('\n');
  assert.ok(rows.length > 10);
  for (const r of rows) assert.equal(r.split('\t').length, GDELT_EVENT_COLUMNS.length);
  const plover = run(['export', '--db', db, '--format', 'plover-jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(plover.length, rows.length);
  assert.ok(plover.every((r) => r.id && r.date !== undefined && Array.isArray(r.actor) && Array.isArray(r.event)));
  const csv = run(['export', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
  assert.equal(csv.length, rows.length + 1);
});

test('resolve prints one JSON object', () => {
  const r = JSON.parse(run(['resolve', 'Norwegian Prime Minister Jonas Gahr Stoere']).stdout);
  assert.deepEqual({ country: r.country, sector: r.sector, name: r.name }, { country: 'NOR', sector: 'GOV', name: 'Jonas Gahr Støre' });
  const u = JSON.parse(run(['resolve', 'protesters']).stdout);
  assert.equal(u.country, null);
  assert.equal(u.sector, 'CVL');
});

test('a file that is not an entente ledger is refused and left untouched', () => {
  const bad = join(dir, 'notes.db');
  writeFileSync(bad, 'my precious notes');
  const r = run(['ingest', '--db', bad, sample]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not a SQLite database .*refusing to overwrite/);
  assert.equal(readFileSync(bad, 'utf8'), 'my precious notes');
  const q = run(['dyad', 'JPN', 'NOR', '--db', join(dir, 'missing.db')]);
  assert.equal(q.status, 1);
  assert.match(q.stderr, /no ledger here yet/);
});
