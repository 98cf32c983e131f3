// Invariants of the regional leader tables (data/leaders/{asia-pacific,middle-east,africa,igo}.json):
// well-formed records, sane dates, no duplicate people, no gap in who leads a few key countries,
// and spot checks of known office-holders on known dates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import type { LeaderFile, LeaderPerson as Person, LeaderRole as Role } from './leaders-types.js';

const DIR = new URL('../../data/leaders/', import.meta.url);
const FILES = ['asia-pacific.json', 'middle-east.json', 'africa.json', 'igo.json'] as const;
const KINDS = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'igo-head', 'other']);
// Countries kept in the G20 file by another table; the regional files must not repeat them.
const G20 = new Set('ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA'.split(' '));
const ISO3 = /^[A-Z]{3}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const files = new Map<string, LeaderFile>();
for (const f of FILES) files.set(f, JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as LeaderFile);
const everyone: Person[] = [...files.values()].flatMap((f) => f.people);

function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʻ‘`]/g, "'").toLowerCase();
}

/** People holding a role of `kinds` on `date` in `country`. */
function holders(country: string, date: string, kinds: string[]): { person: Person; role: Role }[] {
  const out: { person: Person; role: Role }[] = [];
  for (const person of everyone) {
    if (person.country !== country) continue;
    for (const role of person.roles) {
      if (!kinds.includes(role.kind)) continue;
      if (role.start <= date && (role.end === null || role.end >= date)) out.push({ person, role });
    }
  }
  return out;
}

test('every file is version 1 with a non-empty people list', () => {
  for (const [name, f] of files) {
    assert.equal(f.version, 1, name);
    assert.ok(Array.isArray(f.people) && f.people.length > 0, name);
  }
});

test('records are well formed: ISO3 country or null with an org, kinds from the schema, real dates, start <= end', () => {
  for (const [file, f] of files) {
    for (const p of f.people) {
      const where = `${file}: ${p.name}`;
      assert.ok(typeof p.name === 'string' && p.name.trim() === p.name && p.name.length > 1, where);
      if (p.country === null) assert.ok(typeof p.org === 'string' && p.org.length > 1, `${where}: null country needs org`);
      else {
        assert.match(p.country, ISO3, where);
        assert.ok(!G20.has(p.country), `${where}: G20 country ${p.country} belongs in the G20 file`);
      }
      if (file === 'igo.json') assert.equal(p.country, null, `${where}: IGO heads carry org, not country`);
      else assert.notEqual(p.country, null, `${where}: regional files need a country`);
      assert.ok(Array.isArray(p.aliases), where);
      const seen = new Set<string>();
      for (const a of p.aliases) {
        assert.ok(typeof a === 'string' && a.length > 1 && a.trim() === a, `${where}: bad alias ${JSON.stringify(a)}`);
        assert.notEqual(a, p.name, `${where}: alias repeats the name`);
        assert.ok(!seen.has(a), `${where}: duplicate alias ${a}`);
        seen.add(a);
      }
      assert.ok(p.roles.length > 0, `${where}: no roles`);
      for (const r of p.roles) {
        assert.ok(r.role.length > 1, where);
        assert.ok(KINDS.has(r.kind), `${where}: kind ${r.kind}`);
        assert.ok(isRealDate(r.start), `${where}: start ${r.start}`);
        if (r.end !== null) {
          assert.ok(isRealDate(r.end), `${where}: end ${r.end}`);
          assert.ok(r.start <= r.end, `${where}: ${r.role} starts ${r.start} after it ends ${r.end}`);
        }
        if (r.approx !== undefined) assert.equal(r.approx, true, where);
        if (r.acting !== undefined) assert.equal(r.acting, true, where);
        if (p.country === null) assert.equal(r.kind, 'igo-head', `${where}: IGO roles are igo-head`);
      }
    }
  }
});

test('no duplicate canonical names within a country (or within an organisation)', () => {
  const seen = new Map<string, string>();
  for (const [file, f] of files) {
    for (const p of f.people) {
      const key = `${p.country ?? 'org:' + p.org}|${fold(p.name)}`;
      assert.ok(!seen.has(key), `${p.name} (${p.country ?? p.org}) in both ${seen.get(key)} and ${file}`);
      seen.set(key, file);
    }
  }
});

test('a shared alias never names two people holding the same kind of office at the same time', () => {
  const byKey = new Map<string, Person[]>();
  for (const p of everyone) {
    for (const a of [p.name, ...p.aliases]) {
      const key = `${p.country ?? 'org:' + p.org}|${fold(a)}`;
      const list = byKey.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byKey.set(key, list);
    }
  }
  for (const [key, people] of byKey) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        for (const a of people[i]!.roles) {
          for (const b of people[j]!.roles) {
            if (a.kind !== b.kind || a.acting || b.acting) continue;
            const overlap = a.start < (b.end ?? '9999-12-31') && b.start < (a.end ?? '9999-12-31');
            assert.ok(!overlap, `${key}: ${people[i]!.name} and ${people[j]!.name} both ${a.kind} at once`);
          }
        }
      }
    }
  }
});

test('key countries have a head of state or government in every month 2019-01 .. 2026-06', () => {
  for (const country of ['VNM', 'PHL', 'ISR', 'IRN', 'EGY', 'PAK', 'NGA', 'KEN']) {
    for (let y = 2019; y <= 2026; y++) {
      for (let m = 1; m <= 12; m++) {
        if (y === 2026 && m > 6) break;
        const first = `${y}-${String(m).padStart(2, '0')}-01`;
        const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        const covered = everyone.some(
          (p) =>
            p.country === country &&
            p.roles.some(
              (r) =>
                (r.kind === 'head-of-state' || r.kind === 'head-of-government') &&
                r.start <= last &&
                (r.end === null || r.end >= first),
            ),
        );
        assert.ok(covered, `${country} has no head of state/government in ${first.slice(0, 7)}`);
      }
    }
  }
});

// Real vacancies in the foreign ministry (between one minister leaving and the next being sworn in).
const VACANT: Record<string, [string, string][]> = {
  NGA: [['2023-05-29', '2023-08-21']],
  MYS: [['2020-02-24', '2020-03-10'], ['2022-11-24', '2022-12-03']],
};

test('key countries have a foreign minister on every first of the month 2020-01 .. 2026-06', () => {
  for (const country of ['VNM', 'PHL', 'ISR', 'IRN', 'EGY', 'PAK', 'NGA', 'KEN', 'SGP', 'MYS', 'THA', 'BGD']) {
    for (let y = 2020; y <= 2026; y++) {
      for (let m = 1; m <= 12; m++) {
        if (y === 2026 && m > 6) break;
        const date = `${y}-${String(m).padStart(2, '0')}-01`;
        if ((VACANT[country] ?? []).some(([from, to]) => date > from && date < to)) continue;
        assert.ok(holders(country, date, ['foreign-minister']).length > 0, `${country} has no foreign minister on ${date}`);
      }
    }
  }
});

test('spot checks: who held which office on a given date', () => {
  const one = (country: string, date: string, kinds: string[], role: string): string[] =>
    holders(country, date, kinds)
      .filter((h) => h.role.role === role)
      .map((h) => h.person.name);
  assert.deepEqual(one('VNM', '2023-09-10', ['head-of-state'], 'president'), ['Võ Văn Thưởng']);
  assert.ok(everyone.find((p) => p.name === 'Võ Văn Thưởng')!.aliases.includes('Vo Van Thuong'));
  assert.deepEqual(one('ISR', '2024-01-01', ['head-of-government'], 'prime minister'), ['Benjamin Netanyahu']);
  assert.deepEqual(one('ISR', '2022-03-01', ['head-of-government'], 'prime minister'), ['Naftali Bennett']);
  assert.deepEqual(one('IRN', '2022-06-01', ['head-of-state'], 'president'), ['Ebrahim Raisi']);
  assert.deepEqual(one('IRN', '2025-01-01', ['head-of-state'], 'president'), ['Masoud Pezeshkian']);
  assert.deepEqual(one('IRN', '2025-01-01', ['head-of-state'], 'supreme leader'), ['Ali Khamenei']);
  assert.deepEqual(one('SYR', '2025-06-01', ['head-of-state'], 'president'), ['Ahmed al-Sharaa']);
  assert.deepEqual(one('PHL', '2021-06-01', ['head-of-state'], 'president'), ['Rodrigo Duterte']);
  assert.deepEqual(one('PAK', '2023-10-01', ['head-of-government'], 'prime minister'), ['Anwaar-ul-Haq Kakar']);
  assert.deepEqual(one('BGD', '2024-10-01', ['head-of-government'], 'chief adviser'), ['Muhammad Yunus']);
  assert.deepEqual(one('TWN', '2024-06-01', ['head-of-state'], 'president'), ['Lai Ching-te']);
  assert.deepEqual(one('NGA', '2024-01-01', ['head-of-state'], 'president'), ['Bola Tinubu']);
  assert.deepEqual(one('KEN', '2021-01-01', ['head-of-state'], 'president'), ['Uhuru Kenyatta']);
  const egypt = everyone.find((p) => p.country === 'EGY' && p.roles.some((r) => r.role === 'president'))!;
  for (const a of ['el-Sisi', 'al-Sisi']) assert.ok(egypt.aliases.includes(a), `Sisi alias ${a}`);
  const mbz = everyone.find((p) => p.country === 'ARE' && p.aliases.includes('MBZ'))!;
  assert.deepEqual(one('ARE', '2023-01-01', ['head-of-state'], 'president'), [mbz.name]);
  const sg = (org: string, date: string) =>
    everyone
      .filter((p) => p.org === org && p.roles.some((r) => r.start <= date && (r.end === null || r.end >= date)))
      .map((p) => p.name);
  assert.deepEqual(sg('UN', '2024-05-01'), ['António Guterres']);
  assert.deepEqual(sg('NATO', '2022-05-01'), ['Jens Stoltenberg']);
  assert.deepEqual(sg('NATO', '2025-05-01'), ['Mark Rutte']);
});

test('every African state has a head of state on 2024-01-01 (Egypt from the Middle East file, South Africa from G20)', () => {
  const africa = files.get('africa.json')!.people;
  const countries = new Set(africa.map((p) => p.country));
  assert.equal(countries.size, 52, `africa.json covers ${countries.size} countries`);
  for (const c of countries) {
    assert.ok(holders(c!, '2024-01-01', ['head-of-state']).length > 0, `${c} has no head of state on 2024-01-01`);
  }
});
