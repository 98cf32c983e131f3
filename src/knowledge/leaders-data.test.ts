// Invariants of the curated leaders tables (every data/leaders/*.json present): well-formed records,
// real dates with start <= end, no duplicate people, an unbroken line of heads of state/government
// for every G20 member over 2019-01-01..2026-06-30, no two full (non-acting) heads of the same kind
// at once (historical.json, the 1975-2018 office-holders, included), and spot checks of known office-holders
// on known dates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { LeaderFile, LeaderPerson as Person, LeaderRole as Role } from './leaders-types.js';

const DIR = new URL('../../data/leaders/', import.meta.url);
const G20 = 'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA'.split(' ');
const KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'igo-head', 'other']);
const ISO3 = /^[A-Z]{3}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROLE_KEYS = new Set(['role', 'kind', 'start', 'end', 'approx', 'acting', 'title', 'body', 'note']);
const PERSON_KEYS = new Set(['name', 'aliases', 'country', 'org', 'roles']);

const files = new Map<string, LeaderFile>();
for (const name of readdirSync(fileURLToPath(DIR)).sort()) {
  if (name.endsWith('.json')) files.set(name, JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as LeaderFile);
}
const everyone: { file: string; person: Person }[] = [...files].flatMap(([file, f]) => f.people.map((person) => ({ file, person })));

function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function covers(role: Role, date: string): boolean {
  return role.start <= date && (role.end === null || role.end >= date);
}

/** Names of the people holding a role matching `pred` in `country` on `date`. */
function holders(country: string, date: string, pred: (r: Role) => boolean): string[] {
  const out: string[] = [];
  for (const { person } of everyone) {
    if (person.country !== country) continue;
    if (person.roles.some((r) => pred(r) && covers(r, date))) out.push(person.name);
  }
  return out;
}

function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

test('leader files are present: the G20, Europe and Americas tables at least', () => {
  for (const f of ['g20.json', 'europe.json', 'americas.json']) assert.ok(files.has(f), `missing data/leaders/${f}`);
  for (const [name, f] of files) {
    assert.equal(f.version, 1, name);
    assert.ok(Array.isArray(f.people) && f.people.length > 0, name);
  }
});

test('records are well formed: ISO3 country (or null with an org), known kinds, real dates, start <= end', () => {
  for (const { file, person: p } of everyone) {
    const where = `${file}: ${p.name}`;
    for (const k of Object.keys(p)) assert.ok(PERSON_KEYS.has(k), `${where}: unknown key ${k}`);
    assert.ok(typeof p.name === 'string' && p.name.length > 1 && p.name.trim() === p.name, where);
    if (p.country === null) assert.ok(typeof p.org === 'string' && p.org.length > 1, `${where}: null country needs an org`);
    else assert.match(p.country, ISO3, where);
    assert.ok(Array.isArray(p.aliases), where);
    assert.equal(new Set(p.aliases).size, p.aliases.length, `${where}: duplicate alias`);
    for (const a of p.aliases) {
      assert.ok(a.length > 1 && a.trim() === a, `${where}: bad alias ${JSON.stringify(a)}`);
      assert.notEqual(a, p.name, `${where}: alias repeats the name`);
    }
    assert.ok(p.roles.length > 0, `${where}: no roles`);
    for (const r of p.roles) {
      for (const k of Object.keys(r)) assert.ok(ROLE_KEYS.has(k), `${where}: unknown role key ${k}`);
      assert.ok(typeof r.role === 'string' && r.role === r.role.toLowerCase() && r.role.length > 1, `${where}: role ${r.role}`);
      assert.ok(KINDS.has(r.kind), `${where}: kind ${r.kind}`);
      assert.ok(isRealDate(r.start), `${where}: start ${r.start}`);
      assert.ok(r.end === null || isRealDate(r.end), `${where}: end ${r.end}`);
      assert.ok(r.end === null || r.start <= r.end, `${where}: ${r.role} starts ${r.start} after it ends ${r.end}`);
      if (r.approx !== undefined) assert.equal(r.approx, true, `${where}: approx is only ever true`);
      if (r.acting !== undefined) assert.equal(r.acting, true, `${where}: acting is only ever true`);
    }
  }
});

test('no two people share a canonical name within one country or organisation', () => {
  const seen = new Map<string, string>();
  for (const { file, person: p } of everyone) {
    const key = `${p.name}|${p.country ?? `org:${p.org}`}`;
    assert.ok(!seen.has(key), `${p.name} (${p.country ?? p.org}) appears in ${seen.get(key)} and ${file}`);
    seen.set(key, file);
  }
});

test('G20 heads and foreign ministers live in g20.json (or historical.json; other officials in officials.json); EU leaders are org entries there', () => {
  for (const { file, person: p } of everyone) {
    if (p.country !== null && G20.includes(p.country)) {
      assert.ok(file === 'g20.json' || file === 'historical.json' || file === 'officials.json', `${p.name} (${p.country}) is in ${file}`);
    }
  }
  const eu = files.get('g20.json')!.people.filter((p) => p.org === 'EU').map((p) => p.name);
  for (const n of ['Ursula von der Leyen', 'Charles Michel', 'António Costa', 'Josep Borrell', 'Kaja Kallas']) assert.ok(eu.includes(n), n);
});

/** Stretches of 2019-01-01..2026-06-30 on which nobody in `country` holds a role matching `pred`. */
function gaps(country: string, pred: (r: Role) => boolean): string[] {
  const out: string[] = [];
  let from: string | null = null;
  let last = '';
  for (const d of days('2019-01-01', '2026-06-30')) {
    const empty = holders(country, d, pred).length === 0;
    if (empty && from === null) from = d;
    if (!empty && from !== null) {
      out.push(`${country} ${from}..${last}`);
      from = null;
    }
    last = d;
  }
  if (from !== null) out.push(`${country} ${from}..${last}`);
  return out;
}

test('every G20 country has a head of state or government on every day of 2019-01-01..2026-06-30', () => {
  const heads = (r: Role) => r.kind === 'head-of-state' || r.kind === 'head-of-government';
  assert.deepEqual(G20.flatMap((c) => gaps(c, heads)), []);
});

test('stricter: G20 heads of state (bar the realms) and parliamentary heads of government leave no gap', () => {
  // Australia and Canada share the British monarch, who is recorded once, under GBR.
  const hos = G20.filter((c) => c !== 'AUS' && c !== 'CAN');
  const hog = 'AUS CAN CHN DEU FRA GBR IND ITA JPN RUS SAU'.split(' ');
  assert.deepEqual(hos.flatMap((c) => gaps(c, (r) => r.kind === 'head-of-state')), []);
  assert.deepEqual(hog.flatMap((c) => gaps(c, (r) => r.kind === 'head-of-government')), []);
});

test('no two full heads of the same kind overlap in a country (handover day aside)', () => {
  // Collective or rotating offices are exempt: the three-member presidency of Bosnia and Herzegovina.
  const collective = new Set(['BIH']);
  // Dual executives recorded as two heads of state: Iran's supreme leader beside the elected president.
  const dual = (a: Role, b: Role) => (a.role === 'supreme leader') !== (b.role === 'supreme leader');
  const clashes: string[] = [];
  for (const kind of ['head-of-state', 'head-of-government']) {
    const byCountry = new Map<string, { name: string; file: string; r: Role }[]>();
    for (const { file, person } of everyone) {
      if (person.country === null || collective.has(person.country)) continue;
      for (const r of person.roles) {
        if (r.kind !== kind || r.acting) continue;
        const list = byCountry.get(person.country) ?? [];
        list.push({ name: person.name, file, r });
        byCountry.set(person.country, list);
      }
    }
    for (const [c, list] of byCountry) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (a.name === b.name || dual(a.r, b.r)) continue;
          const apart = (a.r.end !== null && a.r.end <= b.r.start) || (b.r.end !== null && b.r.end <= a.r.start);
          const historical = a.file === 'historical.json' || b.file === 'historical.json';
          if (!apart && !a.r.approx && !b.r.approx) clashes.push(`${historical ? '*' : ''}${c} ${kind}: ${a.name} / ${b.name}`);
        }
      }
    }
  }
  // Only the tables this test's authors own are held to it (every clash involving someone from
  // historical.json, marked *); other regional files have their own test.
  const mine = new Set<string>();
  for (const f of ['g20.json', 'europe.json', 'americas.json']) for (const p of files.get(f)?.people ?? []) if (p.country) mine.add(p.country);
  assert.deepEqual(clashes.filter((c) => c.startsWith('*') || mine.has(c.slice(0, 3))), []);
});

test('spot checks: who held office on a given day', () => {
  const pm = (r: Role) => r.role === 'prime minister';
  const president = (r: Role) => r.role === 'president' && r.kind === 'head-of-state';
  const fm = (r: Role) => r.kind === 'foreign-minister';
  assert.deepEqual(holders('JPN', '2023-12-07', pm), ['Fumio Kishida']);
  assert.deepEqual(holders('NOR', '2023-12-07', pm), ['Jonas Gahr Støre']);
  assert.deepEqual(holders('GBR', '2022-10-01', pm), ['Liz Truss']);
  assert.deepEqual(holders('GBR', '2024-07-04', pm), ['Rishi Sunak']);
  assert.deepEqual(holders('GBR', '2024-01-15', fm), ['David Cameron']);
  assert.deepEqual(holders('USA', '2022-06-01', president), ['Joe Biden']);
  assert.deepEqual(holders('USA', '2025-06-01', president), ['Donald Trump']);
  assert.deepEqual(holders('USA', '2023-03-01', fm), ['Antony Blinken']);
  assert.deepEqual(holders('DEU', '2023-03-01', (r) => r.role === 'chancellor'), ['Olaf Scholz']);
  assert.deepEqual(holders('FRA', '2024-10-15', pm), ['Michel Barnier']);
  assert.deepEqual(holders('SAU', '2023-01-10', pm), ['Mohammed bin Salman']);
  assert.deepEqual(holders('UKR', '2022-03-01', president), ['Volodymyr Zelenskyy']);
  assert.deepEqual(holders('UKR', '2022-03-01', fm), ['Dmytro Kuleba']);
  assert.deepEqual(holders('MEX', '2021-05-01', president), ['Andrés Manuel López Obrador']);
  assert.deepEqual(holders('BRA', '2021-05-01', president), ['Jair Bolsonaro']);
  assert.deepEqual(holders('VAT', '2024-05-01', (r) => r.role === 'pope'), ['Francis']);
  assert.deepEqual(holders('VAT', '2025-06-01', (r) => r.role === 'pope'), ['Leo XIV']);
  const eu = (name: string) => files.get('g20.json')!.people.find((p) => p.org === 'EU' && p.name === name);
  assert.ok(eu('Ursula von der Leyen')?.roles.some((r) => covers(r, '2023-12-07')));
});

test('historical spot checks (historical.json, 1975-2018): who held office on a given day', () => {
  const president = (r: Role) => r.role === 'president' && r.kind === 'head-of-state';
  const hos = (r: Role) => r.kind === 'head-of-state';
  const pm = (r: Role) => r.role === 'prime minister' && r.kind === 'head-of-government';
  const fm = (r: Role) => r.kind === 'foreign-minister';
  assert.deepEqual(holders('RUS', '1990-06-01', hos), ['Mikhail Gorbachev']);
  assert.deepEqual(holders('EGY', '2000-01-01', president), ['Hosni Mubarak']);
  assert.deepEqual(holders('PSE', '1999-01-01', president), ['Yasser Arafat']);
  assert.deepEqual(holders('GBR', '1985-01-01', pm), ['Margaret Thatcher']);
  assert.deepEqual(holders('USA', '2012-01-01', president), ['Barack Obama']);
  assert.deepEqual(holders('ZWE', '2005-01-01', president), ['Robert Mugabe']);
  assert.deepEqual(holders('DEU', '1989-11-09', (r) => r.role === 'chancellor'), ['Helmut Kohl']);
  assert.deepEqual(holders('USA', '1991-01-15', fm), ['James Baker']);
  assert.deepEqual(holders('ISR', '1994-01-01', pm), ['Yitzhak Rabin']);
  assert.deepEqual(holders('IRN', '1985-01-01', (r) => r.role === 'supreme leader'), ['Ruhollah Khomeini']);
  assert.deepEqual(holders('IRN', '1985-01-01', president), ['Ali Khamenei']);
  // Earlier roles added to people kept in the current tables.
  assert.deepEqual(holders('ISR', '1997-01-01', pm), ['Benjamin Netanyahu']);
  assert.deepEqual(holders('RUS', '2000-01-01', pm), ['Vladimir Putin']);
  assert.deepEqual(holders('MYS', '1995-01-01', pm), ['Mahathir Mohamad']);
  const un = (date: string) =>
    everyone.filter(({ person: p }) => p.org === 'UN' && p.roles.some((r) => covers(r, date))).map(({ person: p }) => p.name);
  assert.deepEqual(un('1999-01-01'), ['Kofi Annan']);
  // Soviet and East German offices are coded RUS and DEU; the RSFSR presidency is not a second head of state.
  assert.ok(holders('RUS', '1991-09-01', hos).every((n) => n !== 'Boris Yeltsin'));
  assert.deepEqual(holders('RUS', '1992-06-01', president), ['Boris Yeltsin']);
  // Transliterations that diacritic folding cannot produce.
  const aka = (name: string, country: string) => everyone.find(({ person: p }) => p.name === name && p.country === country)?.person.aliases ?? [];
  assert.ok(aka('Boris Yeltsin', 'RUS').includes("El'tsin"));
  for (const a of ['Gadhafi', 'Qaddafi', 'Kadhafi']) assert.ok(aka('Muammar Gaddafi', 'LBY').includes(a), a);
  assert.ok(aka('Mohamed Morsi', 'EGY').includes('Mursi'));
});

test('aliases carry the forms news uses that diacritic folding cannot produce', () => {
  const find = (name: string, country: string) => everyone.find(({ person: p }) => p.name === name && p.country === country)?.person;
  assert.ok(find('Jonas Gahr Støre', 'NOR')?.aliases.includes('Stoere'));
  assert.ok(find('Volodymyr Zelenskyy', 'UKR')?.aliases.includes('Zelensky'));
  assert.ok(find('Andrés Manuel López Obrador', 'MEX')?.aliases.includes('AMLO'));
  assert.ok(find('Mohammed bin Salman', 'SAU')?.aliases.includes('MBS'));
  assert.ok(find('Xi Jinping', 'CHN')?.aliases.includes('Xi'));
  assert.ok(find('Fumio Kishida', 'JPN')?.aliases.includes('Kishida'));
});
