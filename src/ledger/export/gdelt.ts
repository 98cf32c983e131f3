// GDELT 2.0 Events export: tab-separated, no header, the 61 columns in GDELT's order, so existing
// GDELT tooling reads entente's ledger. Fields entente does not track are left empty.

import type { EventRow, LedgerActor } from '../store.js';

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

const QUAD: Record<string, number> = {
  'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4,
};

function clean(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

function actorCols(a: LedgerActor | null): string[] {
  if (a === null) return ['', '', '', '', '', '', '', '', '', ''];
  // CAMEO-style actor code: country + sector ("JPNGOV"); organisations as their PLOVER code.
  const code = `${a.country ?? a.code ?? ''}${a.sector ?? ''}`;
  const name = (a.name ?? a.text).toUpperCase();
  return [code, name, a.country ?? '', a.org ?? '', '', '', '', a.sector ?? '', '', ''];
}

/** One GDELT 2.0 Events row (61 tab-separated fields) for a ledger event. */
export function gdeltRow(e: EventRow, addedAt: string): string {
  const d = e.date ?? '';
  const ymd = d.replace(/-/g, '');
  const year = d.slice(0, 4);
  const dayOfYear = d ? (Date.parse(d) - Date.parse(`${year}-01-01`)) / 86400000 : 0;
  const geo = e.location
    ? ['4', e.location.name, e.location.country ?? '', '', '', e.location.lat ?? '', e.location.lon ?? '', '']
    : ['0', '', '', '', '', '', '', ''];
  const cols: unknown[] = [
    e.id, ymd, ymd.slice(0, 6), year, d ? (Number(year) + dayOfYear / 365).toFixed(4) : '',
    ...actorCols(e.source), ...actorCols(e.target),
    1, e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), QUAD[e.quad] ?? '', e.goldstein,
    e.numMentions, e.numSources, e.numDocuments, '',
    ...(e.source && e.location ? geo : ['0', '', '', '', '', '', '', '']),
    ...(e.target && e.location ? geo : ['0', '', '', '', '', '', '', '']),
    ...geo,
    addedAt, e.url ?? e.docId,
  ];
  return cols.map(clean).join('\t');
}
