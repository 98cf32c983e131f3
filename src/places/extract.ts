// Place mentions of a sentence. One precompiled cue pattern (in/at/to/from/near/outside/inside/
// visit... followed by a capital letter), run once over the document, finds the candidates; the
// capitalised words after a cue are looked up whole: in the curated aliases (aliases.ts), then as a
// country or region ("in Japan", "in Florida": no coordinates, never a city), then in the city
// gazetteer (gazetteer.ts). A dateline at the start of the document ("TOKYO, Dec 8 (Reuters) -") is a
// place too. Not places: names after "the" unless curated or a country ("in the Obama
// administration"), acronyms, firm names ("Holland & Knight"), person/organisation mentions,
// data/places notPlaces; after "to"/"from" only cities of MIN_DIRECTIONAL_POPULATION+ or capitals.
//
// Disambiguation among same-named cities: a country stated after a comma ("Cambridge, Massachusetts",
// "Tokyo, Japan") decides; else score = log10(population) + IN_PLAY_BONUS when the city's country is
// among the document's actor mentions + CAPITAL_BONUS for national capitals. The bonuses let a
// country in play win over a larger namesake (Hyderabad PAK over IND when Pakistan is in play) but not
// over a far larger one (Paris FRA over Paris, Texas in a US statement).

import { gatherSentences } from '../text/gather.js';
import type { Doc } from '../text/doc.js';
import type { Mention } from '../actors/mention.js';
import type { PlaceCue, PlaceMention } from './place-mention.js';
import { gazetteer, type City } from './gazetteer.js';
import { placeKnowledge, type AliasPlace } from './aliases.js';
import { countryCodeOfName } from './countries.js';
import { foldName } from './fold.js';

export const IN_PLAY_BONUS = 1.5;
export const CAPITAL_BONUS = 1.5;
/** After "to"/"from" a gazetteer city must be this large (or a capital): "to Stuart" is a person. */
export const MIN_DIRECTIONAL_POPULATION = 100000;

// ASCII-only on purpose (no /u): much faster, and the words are ASCII. The capital test is loose
// (Latin-1 and Latin Extended-A); readName checks for a real upper-case letter.
const CUE = /\b(in|at|to|from|near|outside|inside|visit(?:ed|ing|s)?|toured|In|At|To|From|Near|Outside|Inside|Visit(?:ed|ing|s)?|Toured)\s+(the\s+)?(?=[A-Z\u00c0-\u00de\u0100-\u017f])/g;
const CUE_TEST = new RegExp(CUE.source);

/** A capitalised word; a period stays only inside ("D.C") or after a short abbreviation ("St."). */
const WORD = /\p{Lu}(?:[\p{L}\p{M}'’-]|\.(?=\p{L}))*\.?/uy;
const DC_SUFFIX = /,?[ \t]*\n?[ \t]*D\.[ \t]?C\.?/y;
/** A firm name follows: "Holland & Knight". */
const AMPERSAND = /[ \t]*&/y;
/** An acronym: two or more capitals and nothing else ("ORAN", "IG"). */
const ACRONYM = /^\p{Lu}{2,}$/u;
const SPACES = /\s+/g;
const COMMA_NEXT = /,[ \t]*\n?[ \t]*(?=\p{Lu})/uy;
const POSSESSIVE = /['’]s$/;
const MAX_WORDS = 6;

interface Span {
  start: number;
  end: number;
  words: number;
  /** The last word carried a possessive "’s" ("Tokyo’s"). */
  possessive: boolean;
}

/** The capitalised word sequence starting at `pos` (null when none). Name stops (weekdays, months: "in
 *  Hanoi on Monday"), short abbreviations ("St.") and the particles a name may hold ("Rio de Janeiro") are
 *  data (data/places/name-words.json). */
function readName(text: string, pos: number, limit: number): Span | null {
  const k = placeKnowledge();
  const gap = k.nameGap;
  let end = pos;
  let p = pos;
  let words = 0;
  let possessive = false;
  while (words < MAX_WORDS) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (m === null || p + m[0].length > limit) break;
    let w = m[0];
    let stop = false;
    if (w.endsWith('.')) {
      const bare = w.slice(0, -1);
      // Keep the period of "St.", "D.C."; drop a sentence-final one ("in Tokyo.").
      if (!(bare.length <= 2 || k.shortAbbreviations.has(bare) || bare.includes('.'))) {
        w = bare;
        stop = true;
      }
    }
    if (POSSESSIVE.test(w)) {
      w = w.slice(0, -2);
      stop = true;
      possessive = true;
    }
    if (w.length === 0 || ACRONYM.test(w) || k.nameStops.has(w)) break;
    end = p + w.length;
    words++;
    if (stop) break;
    p += m[0].length;
    gap.lastIndex = p;
    const g = gap.exec(text);
    if (g === null) break;
    p += g[0].length;
  }
  return words === 0 ? null : { start: pos, end, words, possessive };
}

interface DocPlaces {
  inPlay: Set<string> | null;
  perSentence: (PlaceMention[] | undefined)[];
  dateline: PlaceMention | null | undefined;
  /** Every cue of the document, found in one pass: offset, length (cue, spaces, "the "), cue word, "the". */
  cueAt: number[] | null;
  cueLen: number[];
  cueWord: string[];
  cueThe: boolean[];
}

const cache = new WeakMap<Doc, DocPlaces>();

function docPlaces(doc: Doc): DocPlaces {
  let dp = cache.get(doc);
  if (dp === undefined) {
    dp = { inPlay: null, perSentence: new Array(doc.sentenceCount), dateline: undefined, cueAt: null, cueLen: [], cueWord: [], cueThe: [] };
    cache.set(doc, dp);
  }
  return dp;
}

/** Countries of the document's actor mentions. */
function countriesInPlay(doc: Doc, dp: DocPlaces): Set<string> {
  if (dp.inPlay === null) {
    const s = new Set<string>();
    for (const m of doc.mentions) if (m.country) s.add(m.country);
    dp.inPlay = s;
  }
  return dp.inPlay;
}

/** The mention overlapping [start, end), if any (mentions are sorted by start). */
function mentionOver(doc: Doc, start: number, end: number): Mention | null {
  const ms = doc.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Mentions may not be sorted by end; scan a little around.
  for (let i = Math.max(0, lo - 4); i < ms.length && ms[i].start < end; i++) {
    if (ms[i].end > start && ms[i].start < end) return ms[i];
  }
  return null;
}

function score(c: City, inPlay: Set<string>): number {
  return Math.log10(c.population + 1) + (inPlay.has(c.country) ? IN_PLAY_BONUS : 0) + (c.featureCode === 'PPLC' ? CAPITAL_BONUS : 0);
}

interface Resolved {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
}

function fromAlias(a: AliasPlace): Resolved {
  const g = gazetteer().byName.get(foldName(a.gazetteer ?? a.name));
  const c = g?.find((x) => x.country === a.country);
  return c
    ? { name: a.name, country: a.country, lat: c.lat, lon: c.lon, geonameId: c.geonameId }
    : { name: a.name, country: a.country, lat: a.lat, lon: a.lon, geonameId: null };
}

/** The best gazetteer city for a folded name, optionally restricted to a country. */
function bestCity(key: string, inPlay: Set<string>, country: string | null): City | null {
  const cands = gazetteer().byName.get(key);
  if (cands === undefined) return null;
  let best: City | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    if (country !== null && c.country !== country) continue;
    const s = score(c, inPlay);
    if (s > bestScore) { best = c; bestScore = s; }
  }
  return best;
}

/** Resolve a place name to a city (curated aliases, then the gazetteer), optionally restricted to a
 *  country; `inPlay` holds the ISO3 codes of the countries the document is about. */
export function resolveCity(name: string, inPlay: Set<string>, country: string | null = null): Resolved | null {
  const key = foldName(name);
  if (key.length === 0) return null;
  const k = placeKnowledge();
  const alias = k.aliases.get(key);
  if (alias !== undefined && (country === null || alias.country === country)) return fromAlias(alias);
  if (country === null && k.notPlaces.has(key)) return null;
  const best = bestCity(key, inPlay, country);
  return best === null ? null : { name: best.name, country: best.country, lat: best.lat, lon: best.lon, geonameId: best.geonameId };
}

/** Population a city named without a cue ("shelled Fallujah") must reach to stand for its country when
 *  its country is not already in play. */
export const MIN_OBJECT_POPULATION = 50000;

/** The country a bare place name stands for when it is the object of an act ("shelled Fallujah",
 *  "bombed Kharkiv"): a curated alias or region, a city of a country in play, or a large city. */
export function countryOfPlaceName(name: string, inPlay: Set<string>): string | null {
  const key = foldName(name);
  if (key.length === 0) return null;
  const k = placeKnowledge();
  if (k.notPlaces.has(key) || k.nameStops.has(name)) return null;
  const alias = k.aliases.get(key);
  if (alias !== undefined) return alias.country;
  const region = k.regions.get(key);
  if (region !== undefined) return region;
  const best = bestCity(key, inPlay, null);
  if (best === null) return null;
  return inPlay.has(best.country) || best.population >= MIN_OBJECT_POPULATION ? best.country : null;
}

/** ISO3 codes a country or region name at [start, end) may stand for ("Japan"; "Massachusetts" ->
 *  USA; "Georgia" -> the actor mention's reading, else USA then GEO). */
function countriesAt(doc: Doc, start: number, end: number): string[] {
  const m = mentionOver(doc, start, end);
  if (m !== null && m.kind === 'country' && m.country && m.start <= start && m.end >= end) return [m.country];
  const name = doc.text.slice(start, end);
  const out: string[] = [];
  const region = placeKnowledge().regions.get(foldName(name));
  if (region !== undefined) out.push(region);
  const country = countryCodeOfName(name);
  if (country !== null && country !== region) out.push(country);
  return out;
}

function normaliseCue(c: string): PlaceCue {
  const l = c.toLowerCase();
  if (l.startsWith('visit') || l === 'toured') return 'visit';
  return l as PlaceCue;
}

/** Cues that may introduce a country or region as a location ("in Japan", "visited Florida"). */
const COUNTRY_CUES = new Set<PlaceCue>(['in', 'inside', 'visit']);
const NOT_PLACE_KINDS = new Set(['person', 'org', 'sector', 'pronoun', 'group']);
const AND_NEXT = /[ \t]+and[ \t]+(?=\p{Lu})/uy;

/** A national capital of `country` named like the country itself ("Singapore", "Luxembourg"). */
function cityState(name: string, country: string): City | null {
  const cands = gazetteer().byName.get(foldName(name));
  return cands?.find((c) => c.country === country && c.featureCode === 'PPLC') ?? null;
}

/** Find every cue of the document once. */
function scanCues(doc: Doc, dp: DocPlaces): number[] {
  if (dp.cueAt === null) {
    const at: number[] = [];
    CUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CUE.exec(doc.text)) !== null) {
      at.push(m.index);
      dp.cueLen.push(m[0].length);
      dp.cueWord.push(m[1]);
      dp.cueThe.push(m[2] !== undefined);
    }
    dp.cueAt = at;
  }
  return dp.cueAt;
}

function parseSentence(doc: Doc, i: number, dp: DocPlaces): PlaceMention[] {
  const text = doc.text;
  const sStart = doc.sentStart[i];
  const sEnd = doc.sentEnd[i];
  const cues = scanCues(doc, dp);
  // First cue at or after the sentence start.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid] < sStart) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= cues.length || cues[lo] >= sEnd) return [];
  const out: PlaceMention[] = [];
  const push = (cueStart: number, end: number, cue: PlaceCue, nameStart: number, kind: 'city' | 'country' | 'region', r: Resolved): void => {
    out.push({
      start: cueStart, end, sentence: i, text: text.slice(cueStart, end), name: r.name, country: r.country,
      lat: r.lat, lon: r.lon, geonameId: r.geonameId, kind, cue, nameStart,
    });
  };
  for (let c = lo; c < cues.length && cues[c] < sEnd; c++) {
    const cueStart = cues[c];
    const nameStart = cueStart + dp.cueLen[c];
    // The name may run past the sentence end over a single line break (hard-wrapped text).
    const span = readName(text, nameStart, text.length);
    if (span === null) continue;
    const cue = normaliseCue(dp.cueWord[c]);
    const afterThe = dp.cueThe[c];
    const directional = cue === 'to' || cue === 'from';
    // "to Norman’s wife", "from Alma’s Way": a person or a title, not a place.
    if (span.possessive && directional) continue;
    AMPERSAND.lastIndex = span.end;
    if (AMPERSAND.test(text)) continue;
    let end = span.end;
    const over = mentionOver(doc, span.start, span.end);
    if (over !== null && NOT_PLACE_KINDS.has(over.kind)) continue;
    let name = text.slice(span.start, span.end);
    const key = foldName(name);
    const k = placeKnowledge();
    const inPlay = countriesInPlay(doc, dp);

    // 1. Curated names ("Kiev", "Washington, D.C.").
    DC_SUFFIX.lastIndex = end;
    const dc = key === 'washington' ? DC_SUFFIX.exec(text) : null;
    if (dc !== null && dc.index === end) {
      end += dc[0].length;
      name = text.slice(span.start, end);
    }

    // "Tokyo, Japan", "Cambridge, Massachusetts": the country after the comma.
    let constraint: string[] | null = null;
    COMMA_NEXT.lastIndex = end;
    const comma = COMMA_NEXT.exec(text);
    if (comma !== null && comma.index === end) {
      const next = readName(text, end + comma[0].length, text.length);
      if (next !== null) {
        const cs = countriesAt(doc, next.start, next.end);
        if (cs.length > 0) {
          constraint = cs;
          end = next.end;
        }
      }
    }
    const alias = k.aliases.get(key);
    if (alias !== undefined && (constraint === null || constraint.includes(alias.country))) {
      push(cueStart, end, cue, span.start, 'city', fromAlias(alias));
      continue;
    }

    // 2. A country or region ("in Japan", "in Trinidad and Tobago", "in Florida"): never a city.
    if (constraint === null) {
      let cEnd = span.end;
      let codes: string[] = [];
      if (over !== null && over.kind === 'country' && over.country && over.start <= span.start) {
        codes = [over.country];
        cEnd = Math.max(cEnd, over.end);
      } else {
        codes = countriesAt(doc, span.start, span.end);
        if (codes.length === 0) {
          AND_NEXT.lastIndex = span.end;
          const and = AND_NEXT.exec(text);
          if (and !== null) {
            const second = readName(text, span.end + and[0].length, text.length);
            if (second !== null) {
              const c = countryCodeOfName(text.slice(span.start, second.end));
              if (c !== null) { codes = [c]; cEnd = second.end; }
            }
          }
        }
      }
      if (codes.length > 0) {
        const code = codes.find((c) => inPlay.has(c)) ?? codes[0];
        const cname = text.slice(span.start, cEnd).replace(SPACES, ' ');
        const capital = cityState(cname, code);
        if (capital !== null) {
          push(cueStart, cEnd, cue, span.start, 'city', { name: capital.name, country: capital.country, lat: capital.lat, lon: capital.lon, geonameId: capital.geonameId });
        } else if (COUNTRY_CUES.has(cue)) {
          const isRegion = k.regions.get(foldName(cname)) === code;
          push(cueStart, cEnd, cue, span.start, isRegion ? 'region' : 'country', { name: cname, country: code, lat: null, lon: null, geonameId: null });
        }
        continue;
      }
    }

    // 3. The gazetteer. Not after "the" ("in the Obama administration", "to the Jackson family");
    // after to/from only a city of some size, a capital or a stated country ("to Stuart" is a person).
    if (afterThe) continue;
    if (constraint === null && k.notPlaces.has(key)) continue;
    let city: City | null = null;
    for (const c of constraint ?? [null]) {
      city = bestCity(key, inPlay, c);
      if (city !== null) break;
    }
    if (city === null) continue;
    if (directional && constraint === null && city.population < MIN_DIRECTIONAL_POPULATION && city.featureCode !== 'PPLC' && city.featureCode !== 'PPLA') continue;
    push(cueStart, end, cue, span.start, 'city', { name: city.name, country: city.country, lat: city.lat, lon: city.lon, geonameId: city.geonameId });
  }
  return out;
}

/** Place mentions of sentence i (cached per document). */
export function sentencePlaces(doc: Doc, i: number): PlaceMention[] {
  const dp = docPlaces(doc);
  let ps = dp.perSentence[i];
  if (ps === undefined) {
    ps = parseSentence(doc, i, dp);
    if (i === 0 || (doc.sentenceCount > 0 && dateline(doc)?.sentence === i)) {
      const d = dateline(doc);
      if (d !== null && d.sentence === i) ps = [d, ...ps];
    }
    dp.perSentence[i] = ps;
  }
  return ps;
}

// "TOKYO, Dec 8 (Reuters) -", "WASHINGTON (AP) —", "KYIV, Ukraine, March 3 -", "NEW DELHI --"
const DATELINE = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?)\s*(?:,\s*([^\n(–—]{1,40}?))?\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s/u;

/** The dateline place of the document, if it starts with one. */
export function dateline(doc: Doc): PlaceMention | null {
  const dp = docPlaces(doc);
  if (dp.dateline !== undefined) return dp.dateline;
  dp.dateline = null;
  const m = DATELINE.exec(doc.text.slice(0, 160));
  if (m !== null) {
    const raw = m[1].trim();
    const start = doc.text.indexOf(raw);
    let constraint: string | null = null;
    if (m[2] !== undefined && !/\d/.test(m[2])) {
      const after = m[2].trim();
      const at = doc.text.indexOf(after, start + raw.length);
      constraint = countriesAt(doc, at, at + after.length)[0] ?? null;
    }
    const city = resolveCity(raw, countriesInPlay(doc, dp), constraint);
    if (city !== null) {
      dp.dateline = {
        start, end: start + raw.length, sentence: doc.sentenceCount > 0 ? doc.sentenceAt(start) : 0, text: raw,
        name: city.name, country: city.country, lat: city.lat, lon: city.lon, geonameId: city.geonameId,
        kind: 'city', cue: 'dateline', nameStart: start,
      };
    }
  }
  return dp.dateline;
}

/** True when the sentence text may hold a place cue (the cheap prefilter). */
export function mayHavePlace(text: string): boolean {
  return CUE_TEST.test(text);
}

/** Place mentions of the given sentences, sorted by start. */
export function placesForSentences(doc: Doc, sentenceIndices: Iterable<number>): PlaceMention[] {
  return gatherSentences(doc, sentenceIndices, sentencePlaces);
}
