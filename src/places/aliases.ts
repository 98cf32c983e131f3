// Curated place knowledge (data/places/*.json, user folders after the built-in file): variants and
// exonyms that resolve to one place whatever countries are in play, region names that fix a city's
// country ("Cambridge, Massachusetts"), extra country names, capitalised words that are not places, and the
// words that shape a name's reading (name-words.json: stops, short abbreviations, joining particles).
// Compiled once, on first use.

import { readTopic } from '../knowledge/data-files.js';
import { foldName } from './fold.js';

export interface AliasPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** The gazetteer's name for the place, when it differs from `name` (to borrow its GeoNames id). */
  gazetteer?: string;
  variants?: string[];
}

interface PlacesFile {
  places?: AliasPlace[];
  regions?: Record<string, string[]>;
  countries?: Record<string, string>;
  notPlaces?: string[];
  nameStops?: string[];
  shortAbbreviations?: string[];
  nameParticles?: string[];
}

export interface PlaceKnowledge {
  /** Folded name or variant -> place. */
  aliases: Map<string, AliasPlace>;
  /** Folded region name -> ISO3. */
  regions: Map<string, string>;
  /** Folded country names beyond i18n-iso-countries' ("Britain", "Viet Nam") -> ISO3. */
  countries: Map<string, string>;
  /** Folded words that are not places. */
  notPlaces: Set<string>;
  /** Capitalised words that end a place name, case-sensitive ("Monday", "Dec"). */
  nameStops: Set<string>;
  /** Abbreviations whose period belongs to the name ("St", "Mt"), case-sensitive. */
  shortAbbreviations: Set<string>;
  /** Sticky pattern for the gap between two capitalised words of one name: spaces (one line break at
   *  most) and optionally a lower-case particle ("de", "upon", "am"). */
  nameGap: RegExp;
}

let compiled: PlaceKnowledge | null = null;

export function placeKnowledge(): PlaceKnowledge {
  if (compiled === null) compiled = compile();
  return compiled;
}

function compile(): PlaceKnowledge {
  const aliases = new Map<string, AliasPlace>();
  const regions = new Map<string, string>();
  const notPlaces = new Set<string>();
  const countries = new Map<string, string>();
  const nameStops = new Set<string>();
  const shortAbbreviations = new Set<string>();
  const particles: string[] = [];
  for (const { path, json } of readTopic<PlacesFile>('places')) {
    for (const p of json.places ?? []) {
      if (typeof p.name !== 'string' || typeof p.country !== 'string' || typeof p.lat !== 'number' || typeof p.lon !== 'number') {
        throw new Error(`${path}: place entries need name, country, lat and lon: ${JSON.stringify(p)}`);
      }
      aliases.set(foldName(p.name), p);
      for (const v of p.variants ?? []) aliases.set(foldName(v), p);
    }
    for (const [country, names] of Object.entries(json.regions ?? {})) {
      for (const n of names) regions.set(foldName(n), country);
    }
    for (const [name, code] of Object.entries(json.countries ?? {})) countries.set(foldName(name), code);
    for (const w of json.notPlaces ?? []) notPlaces.add(foldName(w));
    for (const w of json.nameStops ?? []) nameStops.add(w);
    for (const w of json.shortAbbreviations ?? []) shortAbbreviations.add(w);
    for (const w of json.nameParticles ?? []) if (!particles.includes(w)) particles.push(w);
  }
  const particle = particles.length > 0 ? `(?:(?:${particles.map(escapeRegExp).join('|')})[ \\t]+)?` : '';
  const nameGap = new RegExp(`[ \\t]*\\n?[ \\t]*${particle}(?=\\p{Lu})`, 'uy');
  return { aliases, regions, countries, notPlaces, nameStops, shortAbbreviations, nameGap };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
