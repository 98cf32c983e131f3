// Curated place knowledge (data/places/*.json, user folders after the built-in file): variants and
// exonyms that resolve to one place whatever countries are in play, region names that fix a city's
// country ("Cambridge, Massachusetts"), extra country names, and capitalised words that are not places. Compiled once, on
// first use.

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
  }
  return { aliases, regions, countries, notPlaces };
}
