import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { writeFixtureLedger } from './fixture.js';
import { openLedger, type LedgerStore } from '../ledger/index.js';
import type { DyadCard, EventRow, EventMentionRow, ActorRow, RelationRow } from '../ledger/store.js';
import type { CodedDocument } from '../contract.js';
import type { Coder } from '../coder.js';
import { GDELT_EVENT_COLUMNS } from '../ledger/export/gdelt.js';
import { CSV_COLUMNS } from '../ledger/export/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-server-'));
let store: LedgerStore;
let app: Hono;
const logged: string[] = [];

before(() => {
  const path = join(dir, 'ledger.db');
  writeFixtureLedger(path);
  store = openLedger(path, { readonly: true });
  app = createApp({ store, coder: null, log: (m) => logged.push(m), staticDir: null });
});

after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function json<T>(path: string, status = 200, init?: RequestInit): Promise<T> {
  const res = await app.request(path, init);
  const body = await res.text();
  assert.equal(res.status, status, `${path}: ${body}`);
  assert.match(res.headers.get('Content-Type') ?? '', /application\/json/);
  return JSON.parse(body) as T;
}

test('health and stats report the ledger counts', async () => {
  const h = await json<{ ok: boolean; version: string; stats: { documents: number; events: number } }>('/api/health');
  assert.equal(h.ok, true);
  assert.match(h.version, /^\d+\.\d+\.\d+/);
  assert.equal(h.stats.documents, 9);
  assert.equal(h.stats.events, 21);
  const s = await json<{ relations: number }>('/api/stats');
  assert.equal(s.relations, 4);
});

test('every response carries a timing header; GET responses allow cross-origin reads', async () => {
  const res = await app.request('/api/stats');
  assert.match(res.headers.get('Server-Timing') ?? '', /^app;dur=\d+(\.\d)?$/);
  assert.equal(res.headers.get('Access-Control-Allow-Origin'), '*');
  const pre = await app.request('/api/events', { method: 'OPTIONS', headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'GET' } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('Access-Control-Allow-Methods'), 'GET, HEAD');
  const prePost = await app.request('/api/code', { method: 'OPTIONS', headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(prePost.status, 403);
  assert.equal(prePost.headers.get('Access-Control-Allow-Origin'), null);
});

test('dyad card: current tier with evidence, history, joint statement, months, latest events, topics', async () => {
  const c = await json<DyadCard>('/api/dyad/nor/jpn');
  assert.deepEqual(c.countries, ['JPN', 'NOR']);
  assert.equal(c.currentTier?.tier, 'strategic partnership');
  assert.equal(c.currentTier?.change, 'upgrade');
  assert.equal(c.currentTier?.evidence.text, 'Japan and Norway agreed on Thursday to raise their relationship to a Strategic Partnership.');
  assert.deepEqual(c.tierHistory.map((r) => r.tier), ['partnership', 'strategic partnership']);
  assert.equal(c.jointStatements.length, 1);
  assert.equal(c.jointStatements[0].first, true);
  assert.deepEqual(c.months.map((m) => m.month), ['2019-05', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
  const march = c.months.find((m) => m.month === '2024-03')!;
  assert.equal(march.events, 4);
  assert.deepEqual(march.byQuad, { 'verbal-cooperation': 2, 'material-cooperation': 1, 'verbal-conflict': 1 });
  assert.equal(c.totals.events, 18);
  assert.equal(c.latestEvents.length, 10);
  assert.equal(c.latestEvents[0].date, '2024-06-13');
  assert.ok(c.topics.some((t) => t.topic === 'maritime security'));
});

test('dyad validation: ISO3 codes only, two different countries', async () => {
  const e1 = await json<{ error: string }>('/api/dyad/JP/NOR', 400);
  assert.match(e1.error, /a must be a 3-letter ISO 3166-1 alpha-3 country code.*'JP'/);
  const e2 = await json<{ error: string }>('/api/dyad/JPN/N0R', 400);
  assert.match(e2.error, /^b must be/);
  const e3 = await json<{ error: string }>('/api/dyad/JPN/jpn', 400);
  assert.match(e3.error, /two different countries/);
  const empty = await json<DyadCard>('/api/dyad/FRA/BRA');
  assert.equal(empty.currentTier, null);
  assert.equal(empty.totals.events, 0);
});

test('events: filters by actor, target, type, dates, topic and words, with limits', async () => {
  assert.equal((await json<EventRow[]>('/api/events?limit=1000')).length, 21);
  assert.equal((await json<EventRow[]>('/api/events')).length, 21);
  assert.equal((await json<EventRow[]>('/api/events?limit=5')).length, 5);
  const chn = await json<EventRow[]>('/api/events?actor=chn');
  assert.equal(chn.length, 1);
  assert.equal(chn[0].evidence.text, 'China accused Australia of undermining trade rules.');
  assert.equal((await json<EventRow[]>('/api/events?target=RUS')).length, 1);
  assert.equal((await json<EventRow[]>('/api/events?type=accuse')).length, 5);
  assert.equal((await json<EventRow[]>('/api/events?type=057')).length, 1, 'a CAMEO code');
  const q1 = await json<EventRow[]>('/api/events?since=2024-01-01&until=2024-01-31');
  assert.deepEqual(q1.map((e) => e.date), ['2024-01-08', '2024-01-03']);
  assert.equal((await json<EventRow[]>('/api/events?topic=Critical%20Minerals')).length, 2);
  const words = await json<EventRow[]>('/api/events?search=whaling%20quotas');
  assert.equal(words.length, 3);
  assert.ok(words.every((e) => e.type === 'ACCUSE' && /whaling quotas/.test(e.evidence.text)));
  assert.equal((await json<EventRow[]>('/api/events?search=%22unbalanced')).length, 0, 'quotes in the words are safe');
  const withM = await json<EventRow[]>('/api/events?actor=IND&mentions=1');
  assert.equal(withM[0].mentions?.length, 1);
  assert.equal(withM[0].mentions?.[0].url, 'https://wire.example/ind-aus');
  assert.equal((await json<EventRow[]>('/api/events?actor=IND'))[0].mentions, undefined);
});

test('events validation: dates, limits, types, codes', async () => {
  const bad: [string, RegExp][] = [
    ['since=2024-02-30', /since must be a date written YYYY-MM-DD, got '2024-02-30'/],
    ['until=yesterday', /until must be a date/],
    ['since=2024-05-01&until=2024-01-01', /since \(2024-05-01\) is after until/],
    ['limit=0', /limit must be a whole number from 1 to 1000/],
    ['limit=1001', /limit must be a whole number from 1 to 1000/],
    ['limit=ten', /limit/],
    ['type=HUG', /type must be a PLOVER event type/],
    ['actor=J', /actor must be a country code/],
    ['actor=JPN;DROP', /actor must be/],
    ['mentions=maybe', /mentions must be 1 or 0/],
    [`search=${'x'.repeat(501)}`, /search is too long/],
  ];
  for (const [q, re] of bad) {
    const e = await json<{ error: string }>(`/api/events?${q}`, 400);
    assert.match(e.error, re, q);
  }
});

test('event mentions: 200 with the mentions, 404 for an unknown event, 400 for a bad id', async () => {
  const [ev] = await json<EventRow[]>('/api/events?actor=CHN');
  const ms = await json<EventMentionRow[]>(`/api/events/${ev.id}/mentions`);
  assert.equal(ms.length, 1);
  assert.equal(ms[0].docId, 'ind-aus');
  assert.equal(ms[0].evidence.text, ev.evidence.text);
  assert.match((await json<{ error: string }>('/api/events/999999/mentions', 404)).error, /no event 999999/);
  assert.match((await json<{ error: string }>('/api/events/abc/mentions', 400)).error, /id must be a positive whole number/);
  assert.match((await json<{ error: string }>('/api/events/0/mentions', 400)).error, /id must be/);
});

test('actors and partnerships, with filters', async () => {
  const all = await json<ActorRow[]>('/api/actors');
  assert.ok(all.length >= 6);
  assert.ok(all[0].mentions >= all[all.length - 1].mentions, 'sorted by mentions');
  const jpn = await json<ActorRow[]>('/api/actors?country=JPN');
  assert.ok(jpn.length >= 2 && jpn.every((a) => a.country === 'JPN'));
  assert.ok(jpn.some((a) => a.name === 'Fumio Kishida' && a.role === 'prime minister'));
  assert.equal((await json<ActorRow[]>('/api/actors?limit=2')).length, 2);
  assert.match((await json<{ error: string }>('/api/actors?country=Japan', 400)).error, /country must be a 3-letter/);
  const p = await json<RelationRow[]>('/api/partnerships');
  assert.equal(p.length, 3);
  assert.deepEqual(p.slice(0, 2).map((r) => r.tier).sort(), ['comprehensive strategic partnership', 'strategic partnership'], 'current tiers first');
  assert.equal((await json<RelationRow[]>('/api/partnerships?country=NOR')).length, 2);
  assert.equal((await json<RelationRow[]>('/api/partnerships?tier=Partnership')).length, 1);
});

test('countries seen in the ledger, with names, most mentioned first', async () => {
  const cs = await json<{ code: string; name: string | null; mentions: number }[]>('/api/countries');
  const codes = cs.map((c) => c.code);
  for (const c of ['JPN', 'NOR', 'IND', 'AUS', 'CHN', 'RUS']) assert.ok(codes.includes(c), c);
  assert.equal(cs[0].code, 'JPN');
  assert.equal(cs.find((c) => c.code === 'NOR')?.name, 'Norway');
});

test('unknown routes and methods are JSON 404s', async () => {
  assert.match((await json<{ error: string }>('/api/nothing', 404)).error, /not found: GET \/api\/nothing/);
  await json('/api/stats', 404, { method: 'DELETE' });
  await json('/nowhere.html', 404);
});

test('export streams every event in each format', async () => {
  const csv = await app.request('/api/export?format=csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('Content-Type') ?? '', /^text\/csv/);
  assert.match(csv.headers.get('Content-Disposition') ?? '', /attachment; filename="entente-events.csv"/);
  const csvLines = (await csv.text()).trimEnd().split('\n');
  assert.equal(csvLines.length, 22);
  assert.equal(csvLines[0], CSV_COLUMNS.join(','));

  const tsv = await app.request('/api/export?format=gdelt-tsv');
  const tsvLines = (await tsv.text()).trimEnd().split('\n');
  assert.equal(tsvLines.length, 21);
  assert.ok(tsvLines.every((l) => l.split('\t').length === GDELT_EVENT_COLUMNS.length));

  const jl = await app.request('/api/export?format=plover-jsonl');
  const records = (await jl.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { event: string[]; date: string });
  assert.equal(records.length, 21);
  assert.equal(records[0].date, '2019-05-20', 'oldest first');

  assert.match((await json<{ error: string }>('/api/export', 400)).error, /format is required/);
  assert.match((await json<{ error: string }>('/api/export?format=xml', 400)).error, /format must be one of plover-jsonl, gdelt-tsv, csv/);
});

test('export in batches: a ledger larger than one batch is complete and can be cancelled', async () => {
  const { exportLines } = await import('./routes/export.js');
  const fake = { allEvents: function* () { const [e] = store.events({ limit: 1 }); for (let i = 0; i < 600; i++) yield { ...e, id: i + 1 }; } } as unknown as LedgerStore;
  const text = await new Response(exportLines(fake, 'csv')).text();
  assert.equal(text.trimEnd().split('\n').length, 601);
  let closed = false;
  const gen = { allEvents: () => ({ [Symbol.iterator]: () => ({ next: () => ({ done: false, value: store.events({ limit: 1 })[0] }), return: () => { closed = true; return { done: true, value: undefined }; } }) }) } as unknown as LedgerStore;
  const reader = exportLines(gen, 'gdelt-tsv').getReader();
  await reader.read();
  await reader.cancel();
  assert.equal(closed, true, 'the store iterator is released when the client goes away');
});

test('POST /api/code without a coder is a 501', async () => {
  const e = await json<{ error: string }>('/api/code', 501, { method: 'POST', body: 'Japan and Norway met.', headers: { 'Content-Type': 'text/plain' } });
  assert.match(e.error, /coding is not enabled/);
});

test('a failing store is a 500 with a generic message; the details go to the log', async () => {
  const broken = { ...store, stats: () => { throw new Error('disk on fire'); }, events: () => { throw new Error('disk on fire'); } } as unknown as LedgerStore;
  const a = createApp({ store: broken, log: (m, e) => logged.push(`${m}: ${(e as Error).message}`), staticDir: null });
  const res = await a.request('/api/events');
  assert.equal(res.status, 500);
  assert.deepEqual(await res.json(), { error: 'internal error (see the server log)' });
  assert.ok(logged.some((l) => /GET \/api\/events: internal error: disk on fire/.test(l)));
  const h = await a.request('/api/health');
  assert.equal(h.status, 503);
  assert.equal(((await h.json()) as { ok: boolean }).ok, false);
});

test('host guard refuses other Host names when enabled', async () => {
  const a = createApp({ store, allowedHosts: ['localhost', '127.0.0.1'], staticDir: null });
  assert.equal((await a.request('http://127.0.0.1:8080/api/stats')).status, 200);
  assert.equal((await a.request('http://localhost/api/stats')).status, 200);
  const r = await a.request('http://evil.example/api/stats');
  assert.equal(r.status, 403);
  assert.match(((await r.json()) as { error: string }).error, /host 'evil.example' is not served here/);
});

test('options are checked', () => {
  assert.throws(() => createApp({ store, maxLimit: 0 }), /maxLimit/);
  assert.throws(() => createApp({ store, defaultLimit: 5000 }), /defaultLimit/);
});

// A stand-in coder that echoes a fixed event, to test the route itself (the real coder is tested below).
function stubCoder(): Coder & { calls: number } {
  const c = {
    calls: 0,
    components: [],
    analyse: () => { throw new Error('not used'); },
    code(input: { id: string; text: string; published?: string | null; title?: string | null }): CodedDocument {
      c.calls++;
      const i = input.text.indexOf('met');
      return {
        doc: { id: input.id, published: input.published ?? null, title: input.title ?? null, url: null, source: null },
        events: i < 0 ? [] : [{ type: 'CONSULT', mode: 'meet', contexts: [], cameo: '040', quad: 'verbal-cooperation', goldstein: 1,
          source: { text: 'Japan', country: 'JPN', sector: null, name: null }, target: null, reciprocal: false, negated: false,
          date: null, dateText: null, dateCertain: false, location: null,
          evidence: { sentence: 0, start: 0, end: input.text.length, text: input.text }, confidence: 0.5 }],
        relations: [], topics: [], actors: [],
      };
    },
  };
  return c;
}

test('POST /api/code: JSON or plain text in, the CodedDocument out; validation and size limit', async () => {
  const coder = stubCoder();
  let built = 0;
  const a = createApp({ store, coder: () => { built++; return coder; }, maxBodyBytes: 1000, staticDir: null });
  const post = (body: string, type: string, q = '') => a.request(`/api/code${q}`, { method: 'POST', body, headers: { 'Content-Type': type } });

  const r1 = await post(JSON.stringify({ text: 'Japan met Norway.', published: '2024-01-02', title: 'T', id: 'x1' }), 'application/json');
  assert.equal(r1.status, 200);
  const d1 = (await r1.json()) as CodedDocument;
  assert.deepEqual(d1.doc, { id: 'x1', published: '2024-01-02', title: 'T', url: null, source: null });
  assert.equal(d1.events[0].evidence.text, 'Japan met Norway.');

  const r2 = await post('Japan met Norway.', 'text/plain; charset=utf-8', '?published=2024-01-03');
  const d2 = (await r2.json()) as CodedDocument;
  assert.equal(d2.doc.id, 'pasted');
  assert.equal(d2.doc.published, '2024-01-03');
  assert.equal(built, 1, 'the coder factory runs once');

  const errs: [Response, number, RegExp][] = [
    [await post('{"text": ', 'application/json'), 400, /not valid JSON/],
    [await post('[1,2]', 'application/json'), 400, /must be an object/],
    [await post('{"title": "no text"}', 'application/json'), 400, /needs a "text" field/],
    [await post('{"text": 42}', 'application/json'), 400, /text must be a string/],
    [await post('{"text": "  "}', 'application/json'), 400, /text is empty/],
    [await post('{"text": "a", "published": "2024-13-01"}', 'application/json'), 400, /published must be a date/],
    [await post('x'.repeat(1001), 'text/plain'), 413, /too large: at most 1 kB/],
    [await post('a=b', 'application/x-www-form-urlencoded'), 415, /unsupported Content-Type/],
  ];
  for (const [res, status, re] of errs) {
    assert.equal(res.status, status);
    assert.match(((await res.json()) as { error: string }).error, re);
  }
  assert.equal(coder.calls, 2, 'invalid requests never reach the coder');
});

test('POST /api/code over 2 MB by default is a 413 with a clear message', async () => {
  const a = createApp({ store, coder: stubCoder(), staticDir: null });
  const res = await a.request('/api/code', { method: 'POST', body: JSON.stringify({ text: 'y'.repeat(2 * 1024 * 1024 + 10) }), headers: { 'Content-Type': 'application/json' } });
  assert.equal(res.status, 413);
  assert.match(((await res.json()) as { error: string }).error, /at most 2 MB/);
});

test('POST /api/code with the real coder returns a CodedDocument whose evidence is in the text', async (t) => {
  const { createCoder } = await import('../coder.js');
  let coder: Coder;
  try {
    coder = createCoder();
  } catch (e) {
    t.skip(`the coder cannot be built in this tree: ${(e as Error).message}`);
    return;
  }
  const a = createApp({ store, coder, staticDir: null });
  const text = 'Japan and Norway agreed on Thursday to raise their relationship to a Strategic Partnership. ' +
    'Prime Minister Fumio Kishida hosted Norwegian Prime Minister Jonas Gahr Store for talks in Tokyo.';
  const res = await a.request('/api/code', { method: 'POST', body: JSON.stringify({ text, published: '2023-12-08', title: 'Ties', id: 'web-1' }), headers: { 'Content-Type': 'application/json' } });
  assert.equal(res.status, 200, await res.clone().text());
  const d = (await res.json()) as CodedDocument;
  assert.deepEqual(d.doc, { id: 'web-1', published: '2023-12-08', title: 'Ties', url: null, source: null });
  for (const k of ['events', 'relations', 'topics', 'actors'] as const) assert.ok(Array.isArray(d[k]), k);
  for (const e of [...d.events, ...d.relations, ...d.topics]) {
    assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text, 'evidence offsets index the posted text');
  }
  for (const e of d.events) assert.ok(e.source && typeof e.type === 'string' && typeof e.goldstein === 'number');
});

test('the dashboard is served from the package (found from dist/ after a build), with CSP and ETag', async () => {
  const a = createApp({ store, staticDir: undefined });
  const page = await a.request('/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
  assert.match(page.headers.get('Content-Security-Policy') ?? '', /script-src 'self'/);
  const html = await page.text();
  assert.match(html, /<title>entente/);
  const again = await a.request('/', { headers: { 'If-None-Match': page.headers.get('ETag')! } });
  assert.equal(again.status, 304);
  const files: Record<string, RegExp> = { '/app.js': /^text\/javascript/, '/style.css': /^text\/css/ };
  let all = html;
  for (const [f, type] of Object.entries(files)) {
    const r = await a.request(f);
    assert.equal(r.status, 200, f);
    assert.match(r.headers.get('Content-Type') ?? '', type);
    all += await r.text();
  }
  // Everything local: no CDN, no external fonts (the SVG namespace is an identifier, not a request).
  const external = all.match(/https?:\/\/[^\s"'`)]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? [];
  assert.deepEqual(external, []);
  assert.doesNotMatch(all, /@import|@font-face|\.innerHTML\s*=|insertAdjacentHTML|document\.write/, 'no external CSS, and API text never parsed as HTML');
});
