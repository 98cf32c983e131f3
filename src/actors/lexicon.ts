// The actor lexicon: every surface form of data/actors/*.json and data/leaders/*.json compiled ONCE
// (lazily, on first use) into a token trie keyed by the folded first word. The scanner (scan.ts) walks
// the trie over the raw text; the recogniser (recognise.ts) turns the matched senses into mentions.
//
// Case policy: a form whose data spelling starts with an upper-case letter only matches a text word that
// starts with an upper-case letter (or digit); forms spelt in lower case (titles, sector nouns, group
// phrases, "mainland China") also match lower-case text. Abbreviations and 'caseSensitive' titles must
// match exactly (US vs us). All other comparisons are on folded text (no case, no diacritics).

import type { SpeakerRules } from './speaker.js';
import { readDataFile, readTopic } from '../knowledge/data-files.js';
import { bitKey, C_LOWER, CLS, foldString, hashFolded, tokenize } from './chars.js';

/** Sense kinds, in the order the recogniser prefers them when one form has several. */
export const S_BLOCK = 0;
export const S_PERSON = 1;
export const S_ORG = 2;
export const S_COUNTRY = 3;
export const S_METONYM = 4;
export const S_CAPITAL = 5;
export const S_DEMONYM = 6;
export const S_GROUP = 7;
export const S_HONORIFIC = 8;
export const S_SURNAME = 9;
export const S_TITLE = 10;
export const S_NOUN = 11;
export const S_PRONOUN = 12;

export interface Role {
  role: string;
  kind: string;
  start: string | null;
  end: string | null;
  /** Country / organisation the role belongs to (from the record that listed it). */
  country: string | null;
  org: string | null;
}

export interface Person {
  name: string;
  country: string | null;
  org: string | null;
  roles: Role[];
}

export interface Sense {
  k: number;
  /** The data spelling (for exact-case senses, compared without spaces). */
  surface: string;
  cased: boolean;
  lowerOk: boolean;
  /** Checked against contexts that rule it out ("Michael Jordan", "Atlanta, Georgia", "Georgia Tech")
   *  (countries.json / organisations.json ambiguousForms). */
  ambiguous: boolean;
  /** An ambiguous form that also needs positive support (its country clearly in play, coordination
   *  with another country, a following title): capitals, seats of power, organisation forms, and the
   *  country forms listed in countries.json `supportRequired` ("Georgia"). */
  support: boolean;
  country: string | null;
  /** PLOVER entity code (ISO3, KOS, IGO, UNO...). */
  code: string | null;
  sector: string | null;
  org: string | null;
  /** Ambiguous capitals that stand for their government when they open a sentence (countries.json subjectCapitals). */
  subject: boolean;
  /** For orgs: dated sector (and country) changes. */
  sectorFrom: { from: string; sector: string; country?: string }[] | null;
  /** For ambiguous org forms: countries whose (unambiguous) presence in the document supports the org. */
  supportCountries: string[] | null;
  /** For org forms: an ambiguous form that stands for the org unless a proper name or a country qualifies it
   *  ("the Security Council" vs "Russia's Security Council", "Kentucky General Assembly"). */
  unqualified: boolean;
  people: Person[] | null;
  /** Titles: canonical role (null for sector-level person nouns like "soldiers"). */
  role: string | null;
  /** Titles: plural ("prime ministers", "soldiers") never take a following name. */
  plural: boolean;
  /** Titles/nouns that need a following name or a country modifier ("general", "tanks"). */
  needsContext: boolean;
  /** Titles from the roles table (specific offices) rather than sector-level person nouns. */
  office: boolean;
  /** Metonyms that spell their country out ("U.S. Congress"): the country is stated, not inferred. */
  explicit: boolean;
  /** Nouns that are actors only as definite references to a country in play ("the country"). */
  definite: boolean;
  /** Nouns that after "the" refer to the one country in play ("the government", "the army"). */
  definiteRef: boolean;
  /** Group phrases. */
  count: number;
  prefer: 'country' | 'person' | 'any' | null;
}

export class Node {
  readonly tok: string;
  senses: Sense[] | null = null;
  kids: Map<number, Node> | null = null;
  /** Next node with the same hash key (collision chain). */
  next: Node | null = null;
  constructor(tok: string) {
    this.tok = tok;
  }
}

export interface Refs {
  locatives: Set<string>;
  particles: Set<string>;
  suffixes: Set<string>;
  nameStops: Set<string>;
  bareStops: Set<string>;
  fillers: Set<string>;
  eliModifiers: Set<string>;
  determiners: Set<string>;
  familyFirst: Set<string>;
  nameTitles: Set<string>;
  /** Folded honorific/title -> 'm' | 'f'. */
  gender: Map<string, 'm' | 'f'>;
  /** Words that mark a demonym as an ethnic group ("ethnic Albanians"). */
  ethnicMarkers: Set<string>;
  /** Folded demonym nouns that also name ethnic groups abroad ("Albanians", "Serb"). */
  ethnicNouns: Set<string>;
  /** Folded demonym adjectives of such groups ("Albanian"): only after a country's name ("Kosovo Albanian"). */
  ethnicDemonyms: Set<string>;
  /** Compass and similar words between a preposition and a country ("in southern Serbia"). */
  compass: Set<string>;
  /** Hyphenated prefixes that turn a country form into a stance ("pro-", "anti-"). */
  stancePrefixes: Set<string>;
  /** Words after "it" that make it an expletive ("it is"), folded; two-word entries joined by one space. */
  itExpletive: Set<string>;
  /** Which document titles name one speaker, for "I" and "we" (see speaker.ts). */
  speaker: SpeakerRules;
  /** Last words of company names, case-sensitive ("Holdings", "Corp", "PLC"): see companies.ts. */
  companySuffixes: Set<string>;
}

export interface Lexicon {
  root: Map<number, Node>;
  /** Presence bits of first-token keys: any sense / senses that may match lower-case text. */
  allBits: Uint8Array;
  lowerBits: Uint8Array;
  /** Folded full name or alias (tokens joined by one space) -> people. */
  peopleByForm: Map<string, Person[]>;
  /** `${country or org}|${role}` -> people who held that role (for "Japan's prime minister"). */
  peopleByRole: Map<string, Person[]>;
  /** Country ISO3 -> PLOVER code where it differs (XKX -> KOS). */
  ploverCode: Map<string, string>;
  /** Organisation id -> PLOVER code. */
  orgCode: Map<string, string | null>;
  /** Canonical role ("prime minister") -> sector of its holder (sectors.json roles). */
  roleSector: Map<string, string>;
  refs: Refs;
  /** Number of surface forms compiled (for diagnostics). */
  forms: number;
}

/** Trie key of a hash (kept in small-integer range). */
export function hkey(h: number): number {
  return h >>> 2;
}

// ---------------------------------------------------------------------------------------------------
// Data shapes (only the fields used here).

interface CountryRec {
  iso3: string; name: string; aliases?: string[]; abbreviations?: string[]; demonyms?: string[];
  capitals?: string[]; metonyms?: string[]; metonymSectors?: Record<string, string>; ambiguous?: boolean;
  /** Capitals or metonyms that stand for an organisation seated there ("Brussels" for the EU). */
  metonymOrgs?: Record<string, string>;
  ambiguousForms?: string[]; plover?: string;
}
interface TerritoryRec {
  name: string; aliases?: string[]; country: string | null; pre?: boolean; demonyms?: string[];
  ambiguousForms?: string[];
}
interface CountriesFile {
  countries?: CountryRec[]; territories?: TerritoryRec[]; supportRequired?: string[]; subjectCapitals?: string[];
  regions?: { name: string; aliases?: string[] }[]; blockers?: { text: string }[];
}
interface OrgRec {
  id: string; name: string; aliases?: string[]; abbreviations?: string[]; code: string | null;
  sector: string | null; kind: string; country: string | null; ambiguousForms?: string[];
  sectorFrom?: { from: string; sector: string; country?: string }[];
  supportCountries?: string[]; notWith?: string[]; unqualifiedForms?: string[];
}
interface SectorRec {
  code: string; titles?: string[]; nouns?: string[]; equipment?: string[]; caseSensitive?: string[];
  modifiers?: string[];
}
interface RoleRec { title: string; role: string; kind: string; sector?: string; caseSensitive?: boolean }
interface SectorsFile { sectors?: SectorRec[]; roles?: RoleRec[]; ambiguousTitles?: { title: string }[]; companySuffixes?: string[] }
interface LeaderRec {
  name: string; aliases?: string[]; country: string | null; org?: string | null;
  roles?: { role: string; kind: string; start?: string | null; end?: string | null }[];
}
interface RefsFile {
  groupDeterminers?: { text: string; count: number; only?: string[] }[];
  groupNouns?: { text: string; prefer: 'country' | 'person' | 'any'; role?: string; sector?: string }[];
  groupPhrases?: { text: string; count: number; prefer: 'country' | 'person' | 'any'; sector?: string }[];
  pronouns?: string[]; honorifics?: string[]; locatives?: string[]; nameParticles?: string[];
  ethnicMarkers?: string[]; ethnicDemonyms?: string[]; ethnicNouns?: string[]; compassWords?: string[]; definiteReferences?: string[];
  countryNouns?: string[]; objectPronouns?: string[]; itExpletive?: string[]; stancePrefixes?: string[];
  speakerTitles?: string[]; speakerCues?: string[]; noSpeakerTitles?: string[];
  nameSuffixes?: string[]; nameStops?: string[]; bareNameStops?: string[]; modifierFillers?: string[];
  determiners?: string[]; familyNameFirst?: string[]; nameTitles?: string[]; gender?: { m?: string[]; f?: string[] };
}

function tryRead<T>(topic: string, name: string): T | null {
  try {
    return readDataFile<T>(topic, name);
  } catch (e) {
    if ((e as Error).message.includes('not found')) return null;
    throw e;
  }
}

function sense(k: number, surface: string, over: Partial<Sense>): Sense {
  const first = surface.charCodeAt(0);
  return {
    k, surface, cased: false, lowerOk: CLS[first] === C_LOWER, ambiguous: false, support: false, subject: false, country: null, code: null,
    sector: null, org: null, sectorFrom: null, supportCountries: null, unqualified: false, people: null, role: null, plural: false, needsContext: false,
    office: false, explicit: false, definite: false, definiteRef: false, count: 0, prefer: null, ...over,
  };
}

function isPluralHead(title: string): boolean {
  const t = title.toLowerCase();
  const of = t.indexOf(' of ');
  const head = (of > 0 ? t.slice(0, of) : t).split(/[\s-]+/).pop() ?? '';
  if (head === 'men' || head === 'women' || head === 'people' || head === 'police' || head === 'personnel') return true;
  if (head === 'affaires' || head === 'chiefs' && t !== 'joint chiefs') return false;
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us') && !head.endsWith('is');
}

let cached: Lexicon | null = null;

/** The compiled lexicon (built on first call). */
export function lexicon(): Lexicon {
  if (cached === null) cached = compile();
  return cached;
}

/** Drop the compiled lexicon (tests, or after changing data folders). */
export function resetLexicon(): void {
  cached = null;
}

function compile(): Lexicon {
  const root = new Map<number, Node>();
  const allBits = new Uint8Array(65536);
  const lowerBits = new Uint8Array(65536);
  let forms = 0;

  const insertToks = (toks: string[], s: Sense): void => {
    const h0 = hashFolded(toks[0]);
    let found: Node | null = root.get(hkey(h0)) ?? null;
    let prev: Node | null = null;
    while (found !== null && found.tok !== toks[0]) { prev = found; found = found.next; }
    if (found === null) {
      found = new Node(toks[0]);
      if (prev === null) root.set(hkey(h0), found);
      else prev.next = found;
    }
    let node: Node = found;
    allBits[bitKey(h0)] = 1;
    if (s.lowerOk) lowerBits[bitKey(h0)] = 1;
    for (let i = 1; i < toks.length; i++) {
      const h = hkey(hashFolded(toks[i]));
      if (node.kids === null) node.kids = new Map();
      let kid: Node | null = node.kids.get(h) ?? null;
      let kprev: Node | null = null;
      while (kid !== null && kid.tok !== toks[i]) { kprev = kid; kid = kid.next; }
      if (kid === null) {
        kid = new Node(toks[i]);
        if (kprev === null) node.kids.set(h, kid);
        else kprev.next = kid;
      }
      node = kid;
    }
    if (node.senses === null) node.senses = [];
    // Merge duplicates: same kind and same target.
    for (const o of node.senses) {
      // (Exact-case senses keep one sense per spelling: "ECOWAS" and "Ecowas".)
      if (o.k === s.k && o.country === s.country && o.org === s.org && o.role === s.role && o.cased === s.cased &&
          o.sector === s.sector && o.count === s.count && (!s.cased || o.surface === s.surface)) {
        if (s.people !== null) {
          o.people = o.people ?? [];
          for (const p of s.people) if (!o.people.includes(p)) o.people.push(p);
        }
        o.lowerOk = o.lowerOk || s.lowerOk;
        o.ambiguous = o.ambiguous && s.ambiguous;
        return;
      }
    }
    node.senses.push(s);
    node.senses.sort((a, b) => a.k - b.k);
    forms++;
  };

  const add = (surface: string, s: Sense): void => {
    if (typeof surface !== 'string' || surface.trim() === '') return;
    const toks = tokenize(surface);
    if (toks.length === 0) return;
    insertToks(toks, s);
    // "Guinea-Bissau" also matches "Guinea Bissau".
    if (toks.length > 2 && toks.includes('-')) {
      const noHyphen = toks.filter((t, i) => !(t === '-' && i > 0 && i < toks.length - 1));
      if (noHyphen.length !== toks.length) insertToks(noHyphen, s);
    }
  };

  // --- countries, territories, regions, blockers ---------------------------------------------------
  const ploverCode = new Map<string, string>();
  const orgMetonyms: Sense[] = [];
  const cf = tryRead<CountriesFile>('actors', 'countries.json');
  if (cf) {
    const supportRequired = new Set(cf.supportRequired ?? []);
    const subjectCapitals = new Set(cf.subjectCapitals ?? []);
    for (const c of cf.countries ?? []) {
      const code = c.plover ?? c.iso3;
      if (c.plover) ploverCode.set(c.iso3, c.plover);
      const amb = new Set(c.ambiguousForms ?? (c.ambiguous ? [c.name] : []));
      const base = { country: c.iso3, code };
      const put = (k: number, f: string, extra: Partial<Sense> = {}): void =>
        add(f, sense(k, f, {
          ...base, ambiguous: amb.has(f),
          support: amb.has(f) && ((k !== S_COUNTRY && k !== S_DEMONYM) || supportRequired.has(f)),
          ...extra,
        }));
      put(S_COUNTRY, c.name);
      for (const f of c.aliases ?? []) put(S_COUNTRY, f);
      for (const f of c.abbreviations ?? []) put(S_COUNTRY, f, { cased: true, lowerOk: false });
      for (const f of c.demonyms ?? []) put(S_DEMONYM, f);
      for (const f of c.capitals ?? []) {
        const org = c.metonymOrgs?.[f];
        const subject = subjectCapitals.has(f);
        if (org) {
          const s = sense(S_CAPITAL, f, { country: null, code: null, org, ambiguous: amb.has(f), support: amb.has(f), subject });
          orgMetonyms.push(s);
          add(f, s);
        } else put(S_CAPITAL, f, { sector: 'GOV', subject });
      }
      const own = [c.name, ...(c.aliases ?? []), ...(c.abbreviations ?? []), ...(c.demonyms ?? [])].map((x) => tokenize(x));
      for (const f of c.metonyms ?? []) {
        const toks = tokenize(f);
        const explicit = own.some((o) => o.length > 0 && o.length < toks.length && o.every((t, i) => toks[i] === t));
        put(S_METONYM, f, { sector: c.metonymSectors?.[f] ?? 'GOV', explicit });
      }
    }
    for (const t of cf.territories ?? []) {
      const amb = new Set(t.ambiguousForms ?? []);
      const over = { country: t.country, code: t.country ? (ploverCode.get(t.country) ?? t.country) : null, sector: t.pre ? 'PRE' : null };
      for (const f of [t.name, ...(t.aliases ?? [])]) add(f, sense(S_COUNTRY, f, { ...over, ambiguous: amb.has(f), support: amb.has(f) }));
      for (const f of t.demonyms ?? []) add(f, sense(S_DEMONYM, f, { ...over, ambiguous: amb.has(f), support: amb.has(f) }));
    }
    for (const r of cf.regions ?? []) for (const f of [r.name, ...(r.aliases ?? [])]) add(f, sense(S_BLOCK, f, {}));
    for (const b of cf.blockers ?? []) add(b.text, sense(S_BLOCK, b.text, {}));
  }
  for (const { json } of readTopicSafe<{ phrases?: string[] }>('actors', 'not-actors')) {
    for (const f of json.phrases ?? []) add(f, sense(S_BLOCK, f, {}));
  }

  // --- organisations ------------------------------------------------------------------------------
  const orgCode = new Map<string, string | null>();
  const of = tryRead<{ organisations?: OrgRec[] }>('actors', 'organisations.json');
  for (const o of of?.organisations ?? []) {
    // A national group takes its country's PLOVER code (Kosovo: KOS).
    const code = o.code ? (ploverCode.get(o.code) ?? o.code) : null;
    orgCode.set(o.id, code);
    const amb = new Set([...(o.ambiguousForms ?? []), ...(o.unqualifiedForms ?? [])]);
    const unq = new Set(o.unqualifiedForms ?? []);
    const base = {
      org: o.id, code, sector: o.sector ?? null, country: o.country ?? null, sectorFrom: o.sectorFrom ?? null,
      supportCountries: o.supportCountries ?? null,
    };
    for (const f of [o.name, ...(o.aliases ?? [])]) add(f, sense(S_ORG, f, { ...base, ambiguous: amb.has(f), unqualified: unq.has(f) }));
    for (const f of o.abbreviations ?? []) {
      add(f, sense(S_ORG, f, { ...base, cased: true, lowerOk: false, ambiguous: amb.has(f), unqualified: unq.has(f) }));
    }
    // Phrases whose presence rules the org's ambiguous forms out ("Inflation Reduction Act" for IRA).
    for (const f of o.notWith ?? []) add(f, sense(S_BLOCK, f, { org: o.id }));
  }

  for (const s of orgMetonyms) s.code = s.org ? (orgCode.get(s.org) ?? null) : null;

  // --- sectors: titles, nouns, roles --------------------------------------------------------------
  const rf = tryRead<RefsFile>('actors', 'references.json') ?? {};
  const defRefs = new Set((rf.definiteReferences ?? []).map((x) => tokenize(x).join(' ')));
  const sf = tryRead<SectorsFile>('actors', 'sectors.json');
  const ambTitles = new Set((sf?.ambiguousTitles ?? []).map((a) => a.title.toLowerCase()));
  const eliModifiers = new Set<string>();
  const officeTitles = new Set<string>();
  const roleSector = new Map<string, string>();
  for (const r of sf?.roles ?? []) {
    if (!roleSector.has(r.role)) roleSector.set(r.role, r.sector ?? 'GOV');
    const plural = isPluralHead(r.title) && r.title.toLowerCase() !== r.role;
    officeTitles.add(r.title.toLowerCase());
    add(r.title, sense(S_TITLE, r.title, {
      role: plural ? null : r.role, sector: r.sector ?? 'GOV', plural, office: true,
      cased: r.caseSensitive === true, lowerOk: r.caseSensitive !== true, needsContext: ambTitles.has(r.title.toLowerCase()),
    }));
  }
  for (const s of sf?.sectors ?? []) {
    for (const m of s.modifiers ?? []) eliModifiers.add(m.toLowerCase());
    for (const t of s.titles ?? []) {
      if (officeTitles.has(t.toLowerCase())) continue;
      const plural = isPluralHead(t);
      add(t, sense(S_TITLE, t, { role: plural ? null : t.toLowerCase(), sector: s.code, plural, lowerOk: true, needsContext: ambTitles.has(t.toLowerCase()) }));
    }
    for (const n of s.nouns ?? []) {
      add(n, sense(S_NOUN, n, {
        sector: s.code, lowerOk: true, needsContext: ambTitles.has(n.toLowerCase()), definiteRef: defRefs.has(tokenize(n).join(' ')),
      }));
    }
    for (const n of s.equipment ?? []) add(n, sense(S_NOUN, n, { sector: s.code, lowerOk: true, needsContext: true }));
    for (const c of s.caseSensitive ?? []) {
      const plural = /[a-z]s$/.test(c);
      add(c, sense(S_TITLE, c, { sector: s.code, cased: true, lowerOk: false, plural, role: null }));
    }
  }

  // --- references: groups, pronouns, honorifics ---------------------------------------------------
  for (const d of rf.groupDeterminers ?? []) {
    for (const n of rf.groupNouns ?? []) {
      if (d.only && !d.only.includes(n.text)) continue;
      const f = `${d.text} ${n.text}`;
      add(f, sense(S_GROUP, f, { count: d.count, prefer: n.prefer, role: n.role ?? null, sector: n.sector ?? null, lowerOk: true }));
    }
  }
  for (const g of rf.groupPhrases ?? []) {
    add(g.text, sense(S_GROUP, g.text, { count: g.count, prefer: g.prefer, sector: g.sector ?? null, lowerOk: true }));
  }
  for (const p of [...(rf.pronouns ?? []), ...(rf.objectPronouns ?? [])]) add(p, sense(S_PRONOUN, p, { lowerOk: true }));
  for (const n of rf.countryNouns ?? []) add(n, sense(S_NOUN, n, { lowerOk: true, definite: true, definiteRef: true }));
  for (const h of rf.honorifics ?? []) add(h, sense(S_HONORIFIC, h, { lowerOk: false, cased: true }));

  // --- people (leaders tables) --------------------------------------------------------------------
  const byName = new Map<string, Person>();
  const formsOf = new Map<Person, Set<string>>();
  for (const { json } of readTopicSafe<{ people?: LeaderRec[] }>('leaders', null)) {
    for (const r of json.people ?? []) {
      if (!r || typeof r.name !== 'string') continue;
      const key = foldString(r.name);
      let p = byName.get(key);
      if (!p) {
        p = { name: r.name, country: r.country ?? null, org: r.org ?? null, roles: [] };
        byName.set(key, p);
        formsOf.set(p, new Set());
      }
      if (p.country === null && r.country) p.country = r.country;
      if (p.org === null && r.org) p.org = r.org;
      for (const ro of r.roles ?? []) {
        p.roles.push({ role: ro.role, kind: ro.kind, start: ro.start ?? null, end: ro.end ?? null, country: r.country ?? null, org: r.org ?? null });
      }
      const fs = formsOf.get(p)!;
      fs.add(r.name);
      for (const a of r.aliases ?? []) fs.add(a);
    }
  }
  const peopleByForm = new Map<string, Person[]>();
  const peopleByRole = new Map<string, Person[]>();
  const bareStops = new Set([...(rf.bareNameStops ?? []), ...(rf.nameStops ?? [])].map((w) => foldString(w)));
  for (const [p, fs] of formsOf) {
    for (const f of fs) {
      const toks = tokenize(f).filter((x) => x !== '.' && x !== ',');
      if (toks.length === 0) continue;
      const key = toks.join(' ');
      const list = peopleByForm.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      peopleByForm.set(key, list);
      const single = toks.length === 1;
      add(f, sense(single ? S_SURNAME : S_PERSON, f, { people: [p], lowerOk: false }));
    }
    for (const r of p.roles) {
      for (const owner of [r.country, r.org]) {
        if (!owner) continue;
        const k = `${owner}|${r.role}`;
        const list = peopleByRole.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        peopleByRole.set(k, list);
      }
    }
  }

  const low = (xs: string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase()));
  const refs: Refs = {
    locatives: low(rf.locatives),
    particles: low(rf.nameParticles),
    suffixes: new Set(rf.nameSuffixes ?? []),
    nameStops: new Set(rf.nameStops ?? []),
    bareStops,
    fillers: low(rf.modifierFillers),
    eliModifiers,
    determiners: low(rf.determiners ?? ['the']),
    familyFirst: new Set(rf.familyNameFirst ?? []),
    nameTitles: low(rf.nameTitles),
    ethnicMarkers: low(rf.ethnicMarkers),
    ethnicNouns: new Set((rf.ethnicNouns ?? []).map((x) => tokenize(x).join(' '))),
    ethnicDemonyms: new Set((rf.ethnicDemonyms ?? []).map((x) => tokenize(x).join(' '))),
    compass: low(rf.compassWords),
    itExpletive: new Set((rf.itExpletive ?? []).map((x) => x.toLowerCase())),
    stancePrefixes: low(rf.stancePrefixes),
    companySuffixes: new Set(sf?.companySuffixes ?? []),
    speaker: {
      titles: (rf.speakerTitles ?? []).map((x) => x.toLowerCase()),
      cues: (rf.speakerCues ?? []).map((x) => x.toLowerCase()),
      excluded: (rf.noSpeakerTitles ?? []).map((x) => x.toLowerCase()),
    },
    gender: new Map<string, 'm' | 'f'>([
      ...(rf.gender?.m ?? []).map((x) => [tokenize(x).join(' '), 'm'] as [string, 'm']),
      ...(rf.gender?.f ?? []).map((x) => [tokenize(x).join(' '), 'f'] as [string, 'f']),
    ]),
  };
  return { root, allBits, lowerBits, peopleByForm, peopleByRole, ploverCode, orgCode, roleSector, refs, forms };
}

/** Every JSON file of a topic, or (with `prefix`) only files named `${prefix}*.json`. */
function readTopicSafe<T>(topic: string, prefix: string | null): { path: string; json: T }[] {
  const all = readTopic<T>(topic);
  if (prefix === null) return all;
  return all.filter((f) => {
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    return base.startsWith(prefix);
  });
}
