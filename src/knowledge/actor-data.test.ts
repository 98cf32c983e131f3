// Invariants for the actor knowledge files in data/actors/ (countries, organisations, sectors).
// Compiled to dist/knowledge/actor-data.test.js, so the repo root is two levels up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
const dataUrl = (name: string): URL => new URL(`data/actors/${name}`, ROOT);
const load = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), 'utf8')) as T;

interface Country {
  iso3: string;
  name: string;
  plover?: string;
  aliases: string[];
  abbreviations: string[];
  demonyms: string[];
  capitals: string[];
  metonyms: string[];
  metonymSectors?: Record<string, string>;
  ambiguous: boolean;
  ambiguousForms?: string[];
}
interface Territory {
  name: string;
  aliases: string[];
  country: string | null;
  pre: boolean;
  demonyms?: string[];
  claimants?: string[];
  ambiguousForms?: string[];
  iso3?: string;
}
interface CountriesFile {
  version: number;
  countries: Country[];
  territories: Territory[];
  regions: { name: string; aliases: string[] }[];
  blockers: { text: string; kind: string }[];
}
interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  abbreviations: string[];
  code: string;
  sector: string | null;
  kind: string;
  country: string | null;
  parent?: string;
  sectorFrom?: { from: string; sector: string }[];
  pre?: boolean;
  ambiguousForms?: string[];
}
interface Sector {
  code: string;
  label: string;
  titles: string[];
  nouns: string[];
  equipment?: string[];
  modifiers?: string[];
  caseSensitive: string[];
}
interface Role {
  title: string;
  role: string;
  kind: string;
  sector: string;
  caseSensitive?: boolean;
}
interface SectorsFile {
  version: number;
  sectors: Sector[];
  roles: Role[];
  ambiguousTitles: { title: string; sectors: string[] }[];
}

// PLOVER manual Table 5.2 and Table 5.1.
const PLOVER_SECTORS = 'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split(' ');
const PLOVER_ENTITIES = 'IGO UNO EUR NGO ISM IMG MNC'.split(' ');
// 193 UN members + 2 observers (PSE, VAT) + Kosovo, Taiwan, Hong Kong, Macau.
const REQUIRED_ISO3 = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD
NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT
VEN VNM YEM ZMB ZWE PSE VAT XKX TWN HKG MAC`.split(/\s+/);

const countriesFile = load<CountriesFile>('countries.json');
const orgsFile = load<{ version: number; organisations: Organisation[] }>('organisations.json');
const sectorsFile = load<SectorsFile>('sectors.json');
const countries = countriesFile.countries;
const byIso = new Map(countries.map((c) => [c.iso3, c]));
const iso3Set = new Set(countries.map((c) => c.iso3));

/** Case-insensitive forms of a country (everything except abbreviations). */
function looseForms(c: Country): string[] {
  return [c.name, ...c.aliases, ...c.demonyms, ...c.capitals, ...c.metonyms];
}

/** Maps each key to the owners that claim it; returns keys claimed by more than one owner. */
function collisions(entries: [key: string, owner: string][]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [key, owner] of entries) {
    let s = owners.get(key);
    if (!s) owners.set(key, (s = new Set()));
    s.add(owner);
  }
  return [...owners].filter(([, s]) => s.size > 1).map(([k, s]) => `${k} -> ${[...s].join(',')}`);
}

function assertNoBlankOrPadded(values: string[], where: string): void {
  for (const v of values) {
    assert.equal(typeof v, 'string', `${where}: non-string ${String(v)}`);
    assert.ok(v.length > 0 && v === v.trim() && !/\s{2}/.test(v), `${where}: bad spacing in ${JSON.stringify(v)}`);
  }
}

test('countries: iso3 codes are well-formed, unique and cover every required state', () => {
  assert.equal(countriesFile.version, 1);
  const seen = new Set<string>();
  for (const c of countries) {
    assert.match(c.iso3, /^[A-Z]{3}$/, `bad iso3 ${c.iso3}`);
    assert.ok(!seen.has(c.iso3), `duplicate iso3 ${c.iso3}`);
    seen.add(c.iso3);
    if (c.plover !== undefined) assert.match(c.plover, /^[A-Z]{3}$/);
  }
  const missing = REQUIRED_ISO3.filter((code) => !seen.has(code));
  assert.deepEqual(missing, [], `missing countries: ${missing.join(' ')}`);
  assert.equal(byIso.get('XKX')?.plover, 'KOS');
});

test('countries: fields are string arrays without padding and without repeating the name', () => {
  for (const c of countries) {
    const where = c.iso3;
    assert.ok(c.name.length > 0);
    for (const field of ['aliases', 'abbreviations', 'demonyms', 'capitals', 'metonyms'] as const) {
      assert.ok(Array.isArray(c[field]), `${where}.${field} is not an array`);
      assertNoBlankOrPadded(c[field], `${where}.${field}`);
    }
    assert.equal(typeof c.ambiguous, 'boolean', `${where}.ambiguous`);
    const lname = c.name.toLowerCase();
    assert.ok(!c.aliases.some((a) => a.toLowerCase() === lname), `${where}: primary name repeated in aliases`);
    for (const [m, sector] of Object.entries(c.metonymSectors ?? {})) {
      assert.ok(c.metonyms.includes(m), `${where}: metonymSectors key ${m} is not a metonym`);
      assert.ok(PLOVER_SECTORS.includes(sector), `${where}: metonym sector ${sector}`);
    }
    const all = new Set([...looseForms(c), ...c.abbreviations]);
    for (const f of c.ambiguousForms ?? []) assert.ok(all.has(f), `${where}: ambiguousForms entry ${f} is not one of its forms`);
  }
});

test('countries: no name, alias, demonym, capital or metonym maps to two countries', () => {
  const loose: [string, string][] = countries.flatMap((c) => looseForms(c).map((f): [string, string] => [f.toLowerCase(), c.iso3]));
  assert.deepEqual(collisions(loose), []);
  const abbr: [string, string][] = countries.flatMap((c) => c.abbreviations.map((a): [string, string] => [a, c.iso3]));
  assert.deepEqual(collisions(abbr), []);
  // A case-sensitive abbreviation must not be another country's loose form either (e.g. "CAR" vs "car").
  const looseOwner = new Map(loose);
  const clash = abbr.filter(([a, iso]) => looseOwner.has(a.toLowerCase()) && looseOwner.get(a.toLowerCase()) !== iso);
  assert.deepEqual(clash, []);
});

test('countries: spot checks for well-known forms', () => {
  const has = (iso: string, field: keyof Pick<Country, 'aliases' | 'abbreviations' | 'demonyms' | 'capitals' | 'metonyms'>, v: string) =>
    assert.ok(byIso.get(iso)?.[field].includes(v), `${iso}.${field} lacks ${v}`);
  has('JPN', 'demonyms', 'Japanese');
  has('JPN', 'capitals', 'Tokyo');
  has('NOR', 'demonyms', 'Norwegian');
  has('NOR', 'demonyms', 'Norwegians');
  has('USA', 'abbreviations', 'U.S.');
  has('USA', 'metonyms', 'White House');
  has('VNM', 'aliases', 'Viet Nam');
  has('PRK', 'abbreviations', 'DPRK');
  has('GBR', 'abbreviations', 'UK');
  has('RUS', 'metonyms', 'Kremlin');
  has('CIV', 'aliases', "Côte d'Ivoire");
  has('TUR', 'aliases', 'Türkiye');
  has('NLD', 'capitals', 'The Hague');
  has('ZAF', 'capitals', 'Pretoria');
  assert.equal(byIso.get('USA')?.metonymSectors?.['Pentagon'], 'MIL');
  assert.equal(byIso.get('USA')?.metonymSectors?.['Capitol Hill'], 'LEG');
  for (const iso of ['GEO', 'JOR', 'TCD', 'TUR']) assert.equal(byIso.get(iso)?.ambiguous, true, `${iso} should be ambiguous`);
  assert.ok((countriesFile as { supportRequired?: string[] }).supportRequired?.includes('Georgia'), 'Georgia needs positive support');
  for (const iso of ['FRA', 'CHN', 'NGA', 'NER']) assert.equal(byIso.get(iso)?.ambiguous, false, `${iso} should not be ambiguous`);
});

test('territories: countries exist, PLOVER partially recognised entities are marked, no clash with country forms', () => {
  const countryForms = new Set(countries.flatMap((c) => looseForms(c).map((f) => f.toLowerCase())));
  const names = new Set<string>();
  for (const t of countriesFile.territories) {
    if (t.country === null) assert.ok((t.claimants?.length ?? 0) >= 2, `${t.name}: null country needs claimants`);
    else assert.ok(iso3Set.has(t.country), `${t.name}: unknown country ${t.country}`);
    for (const c of t.claimants ?? []) assert.ok(iso3Set.has(c), `${t.name}: unknown claimant ${c}`);
    assert.equal(typeof t.pre, 'boolean');
    for (const f of [t.name, ...t.aliases, ...(t.demonyms ?? [])]) {
      const k = f.toLowerCase();
      assert.ok(!countryForms.has(k), `territory form ${f} is also a country form`);
      assert.ok(!names.has(k), `territory form ${f} appears twice`);
      names.add(k);
    }
  }
  const pre = countriesFile.territories.filter((t) => t.pre).map((t) => `${t.name}:${t.country}`).sort();
  assert.deepEqual(pre, [
    'Abkhazia:GEO', "Donetsk People's Republic:UKR", "Luhansk People's Republic:UKR", 'Nagorno-Karabakh:AZE',
    'Northern Cyprus:CYP', 'Somaliland:SOM', 'South Ossetia:GEO', 'Transnistria:MDA', 'Western Sahara:MAR',
  ]);
  const find = (n: string) => countriesFile.territories.find((t) => t.name === n);
  assert.equal(find('Gaza')?.country, 'PSE');
  assert.equal(find('Crimea')?.country, 'UKR');
  assert.equal(find('Puerto Rico')?.country, 'USA');
  assert.equal(find('Greenland')?.country, 'DNK');
});

test('regions and blockers do not duplicate country forms', () => {
  const countryForms = new Set(countries.flatMap((c) => looseForms(c).map((f) => f.toLowerCase())));
  for (const r of countriesFile.regions) {
    for (const f of [r.name, ...r.aliases]) assert.ok(!countryForms.has(f.toLowerCase()), `region form ${f} is a country form`);
  }
  const texts = countriesFile.blockers.map((b) => b.text.toLowerCase());
  assert.equal(new Set(texts).size, texts.length, 'duplicate blocker');
  for (const t of texts) assert.ok(!countryForms.has(t), `blocker ${t} is a country form`);
});

test('organisations: ids unique, codes valid, sectors PLOVER, parents resolve', () => {
  assert.equal(orgsFile.version, 1);
  const orgs = orgsFile.organisations;
  assert.ok(orgs.length >= 120, `only ${orgs.length} organisations`);
  const ids = new Set<string>();
  const kinds = new Set(['igo', 'igo-organ', 'igo-forum', 'court', 'peacekeeping', 'ngo', 'movement', 'armed-group', 'party', 'government', 'agency', 'media']);
  for (const o of orgs) {
    assert.ok(!ids.has(o.id), `duplicate id ${o.id}`);
    ids.add(o.id);
    const entity = PLOVER_ENTITIES.includes(o.code);
    assert.ok(entity || iso3Set.has(o.code), `${o.id}: code ${o.code} is neither a PLOVER entity nor a known ISO3`);
    if (entity) assert.equal(o.country, null, `${o.id}: entity-coded organisation has a country`);
    else assert.equal(o.country, o.code, `${o.id}: country must repeat the ISO3 code`);
    if (o.sector !== null) assert.ok(PLOVER_SECTORS.includes(o.sector), `${o.id}: sector ${o.sector}`);
    assert.ok(kinds.has(o.kind), `${o.id}: kind ${o.kind}`);
    for (const s of o.sectorFrom ?? []) {
      assert.match(s.from, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(PLOVER_SECTORS.includes(s.sector));
    }
    assertNoBlankOrPadded([o.name, ...o.aliases, ...o.abbreviations], o.id);
    const all = new Set([o.name, ...o.aliases, ...o.abbreviations]);
    for (const f of o.ambiguousForms ?? []) assert.ok(all.has(f), `${o.id}: ambiguousForms entry ${f} is not one of its forms`);
  }
  for (const o of orgs) if (o.parent !== undefined) assert.ok(ids.has(o.parent), `${o.id}: unknown parent ${o.parent}`);
  const loose: [string, string][] = orgs.flatMap((o) => [o.name, ...o.aliases].map((f): [string, string] => [f.toLowerCase(), o.id]));
  assert.deepEqual(collisions(loose), []);
  const abbr: [string, string][] = orgs.flatMap((o) => o.abbreviations.map((a): [string, string] => [a, o.id]));
  assert.deepEqual(collisions(abbr), []);
  const get = (id: string) => orgs.find((o) => o.id === id);
  assert.equal(get('NATO')?.code, 'IGO');
  assert.equal(get('UN')?.code, 'UNO');
  assert.equal(get('UNSC')?.code, 'UNO');
  assert.equal(get('EU')?.code, 'EUR');
  assert.equal(get('EP')?.code, 'EUR');
  assert.equal(get('ICC')?.code, 'IGO');
  assert.deepEqual([get('HAMAS')?.code, get('HAMAS')?.sector], ['PSE', 'REB']);
  assert.deepEqual([get('HOUTHIS')?.code, get('TALIBAN')?.code, get('ISIS')?.code], ['YEM', 'AFG', 'IMG']);
  assert.deepEqual([get('WAGNER')?.code, get('WAGNER')?.sector], ['RUS', 'PRM']);
  assert.equal(get('ICRC')?.code, 'NGO');
  assert.equal(get('TALIBAN')?.sectorFrom?.[0]?.sector, 'GOV');
});

test('sectors: exactly the PLOVER codes, lower-case terms, no term in two sectors', () => {
  assert.equal(sectorsFile.version, 1);
  const codes = sectorsFile.sectors.map((s) => s.code);
  assert.deepEqual([...codes].sort(), [...PLOVER_SECTORS].sort());
  const terms: [string, string][] = [];
  for (const s of sectorsFile.sectors) {
    for (const list of [s.titles, s.nouns, s.equipment ?? [], s.modifiers ?? []]) {
      assertNoBlankOrPadded(list, s.code);
      for (const t of list) assert.equal(t, t.toLowerCase(), `${s.code}: ${t} is not lower-case`);
    }
    assertNoBlankOrPadded(s.caseSensitive, `${s.code}.caseSensitive`);
    for (const t of [...s.titles, ...s.nouns, ...(s.equipment ?? [])]) terms.push([t, s.code]);
    for (const t of s.caseSensitive) terms.push([`cs:${t}`, s.code]);
  }
  assert.deepEqual(collisions(terms), []);
  const owner = new Map(terms);
  assert.equal(owner.get('prime minister'), 'GOV');
  assert.equal(owner.get('troops'), 'MIL');
  assert.equal(owner.get('police'), 'COP');
  assert.equal(owner.get('lawmakers'), 'LEG');
  assert.equal(owner.get('refugees'), 'REF');
  assert.equal(owner.get('missiles'), undefined, 'munitions are not actors');
  for (const a of sectorsFile.ambiguousTitles) for (const c of a.sectors) assert.ok(PLOVER_SECTORS.includes(c));
  // A generic sector noun that is also some country's metonym ("congress", "foreign office") must agree on the sector.
  const metonymSector = new Map<string, string>();
  for (const c of countries) for (const m of c.metonyms) metonymSector.set(m.toLowerCase(), c.metonymSectors?.[m] ?? 'GOV');
  const disagree = terms.filter(([t, code]) => metonymSector.has(t) && metonymSector.get(t) !== code);
  assert.deepEqual(disagree, []);
});

test('roles: canonical role table for leaders', () => {
  const kinds = new Set(['head-of-state', 'head-of-government', 'head-of-state-representative', 'deputy-head-of-state', 'deputy-head-of-government', 'heir',
    'foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister', 'trade-minister', 'minister', 'security-adviser', 'diplomat',
    'spokesperson', 'chief-of-staff', 'igo-head', 'party-leader', 'legislative-leader', 'legislator', 'judicial', 'military-chief',
    'intelligence-chief', 'subnational-executive', 'central-banker', 'family']);
  const seen = new Set<string>();
  for (const r of sectorsFile.roles) {
    const key = r.caseSensitive ? r.title : r.title.toLowerCase();
    if (!r.caseSensitive) assert.equal(r.title, r.title.toLowerCase(), `role title ${r.title} must be lower-case`);
    assert.ok(!seen.has(key), `duplicate role title ${r.title}`);
    seen.add(key);
    assert.ok(PLOVER_SECTORS.includes(r.sector), `${r.title}: sector ${r.sector}`);
    assert.ok(kinds.has(r.kind), `${r.title}: kind ${r.kind}`);
  }
  const role = (t: string) => sectorsFile.roles.find((r) => r.title === t);
  assert.deepEqual([role('prime minister')?.role, role('prime minister')?.kind], ['prime minister', 'head-of-government']);
  assert.equal(role('premier')?.role, 'prime minister');
  assert.equal(role('PM')?.caseSensitive, true);
  assert.equal(role('president')?.kind, 'head-of-state');
  assert.equal(role('minister of foreign affairs')?.role, 'foreign minister');
  assert.equal(role('secretary of state')?.kind, 'foreign-minister');
  assert.equal(role('defence minister')?.role, 'defense minister');
});

// Measurement against third-party reference data; skipped when ../shared is absent.
const MLEDOZE = new URL('../shared/reference/countries-mledoze/countries.json', ROOT);
test('countries: every UN member in the reference list is present', { skip: !existsSync(fileURLToPath(MLEDOZE)) }, () => {
  const ref = JSON.parse(readFileSync(MLEDOZE, 'utf8')) as { cca3: string; unMember: boolean }[];
  const missing = ref.filter((r) => r.unMember && !iso3Set.has(r.cca3)).map((r) => r.cca3);
  assert.deepEqual(missing, []);
});
