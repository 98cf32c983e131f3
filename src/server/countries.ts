// Country names for the dashboard (ISO3 -> English name) through i18n-iso-countries, loaded on first use.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface IsoCountries {
  getName(code: string, lang: string): string | undefined;
  registerLocale(locale: unknown): void;
}

let lib: IsoCountries | null = null;
const names = new Map<string, string | null>();

/**
 * Display names: the short forms newsrooms use where the library's English name is a formal one
 * ("Russian Federation"), plus the special entity codes the ledger files actors under.
 */
const SPECIAL: Record<string, string> = {
  USA: 'United States', CHN: 'China', RUS: 'Russia', IRN: 'Iran', SYR: 'Syria', TWN: 'Taiwan', TZA: 'Tanzania', LAO: 'Laos',
  MDA: 'Moldova', FSM: 'Micronesia', PSE: 'Palestine', MKD: 'North Macedonia', VAT: 'Holy See', BRN: 'Brunei', CZE: 'Czechia',
  COD: 'DR Congo', COG: 'Republic of the Congo', KOR: 'South Korea', PRK: 'North Korea', BOL: 'Bolivia', VEN: 'Venezuela',
  KOS: 'Kosovo', EUR: 'Europe', IGO: 'International organisation', UNO: 'United Nations', NGO: 'Non-governmental organisation',
};

export function countryName(code: string): string | null {
  let v = names.get(code);
  if (v === undefined) {
    if (SPECIAL[code]) v = SPECIAL[code];
    else {
      try {
        if (lib === null) {
          lib = require('i18n-iso-countries') as IsoCountries;
          lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
        }
        v = lib.getName(code, 'en') ?? null;
      } catch {
        v = null;
      }
    }
    names.set(code, v);
  }
  return v;
}
