// Country codes and names for places: ISO 3166-1 alpha-2 -> alpha-3 (GeoNames uses alpha-2) and
// English country names -> alpha-3 (for "Tokyo, Japan" and "in Japan"), through i18n-iso-countries.
// Kosovo (XK, no ISO code) is KOS as in PLOVER's entity codes.

import { createRequire } from 'node:module';
import { foldName } from './fold.js';
import { placeKnowledge } from './aliases.js';

const require = createRequire(import.meta.url);

interface IsoCountries {
  alpha2ToAlpha3(code: string): string | undefined;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  registerLocale(locale: unknown): void;
}

let lib: IsoCountries | null = null;
/** Folded English country name (official, short and alias names) -> ISO3; built on first use. */
let byName: Map<string, string> | null = null;

function iso(): IsoCountries {
  if (lib === null) lib = require('i18n-iso-countries') as IsoCountries;
  return lib;
}

function names(): Map<string, string> {
  if (byName === null) {
    const l = iso();
    l.registerLocale(require('i18n-iso-countries/langs/en.json'));
    byName = new Map();
    for (const [a2, list] of Object.entries(l.getNames('en', { select: 'all' }))) {
      const a3 = iso2ToIso3(a2);
      if (a3 === null) continue;
      for (const n of list) byName.set(foldName(n), a3);
    }
  }
  return byName;
}

const cache2 = new Map<string, string | null>();

export function iso2ToIso3(code: string): string | null {
  let v = cache2.get(code);
  if (v === undefined) {
    v = code === 'XK' ? 'KOS' : (iso().alpha2ToAlpha3(code) ?? null);
    cache2.set(code, v);
  }
  return v;
}

/** ISO3 of an English country name ("Japan", "South Korea"; variants beyond i18n-iso-countries'
 *  come from the actor mentions). */
export function countryCodeOfName(name: string): string | null {
  const key = foldName(name);
  return placeKnowledge().countries.get(key) ?? names().get(key) ?? null;
}
