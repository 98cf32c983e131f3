// Companies named after their country: "Japan's Sumitomo Mitsui Financial", "Canada's Nortel Networks
// Corp". The actor of such a phrase is the company (sector BUS, of that
// country), not the state: "Japan's Sumitomo Mitsui Financial has withdrawn its offer" is business news.
// A company is recognised when a run of capitalised words right after a country's possessive or
// modifier ends with a company suffix from data/actors/sectors.json (`companySuffixes`: "Holdings",
// "Corp", "PLC", ...).

import type { Mention } from './mention.js';

/** Longest run of capitalised words a company name may have. */
const MAX_NAME_WORDS = 6;

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0 || c === 38 /* & */ || c === 45 /* - */ || c === 46 /* . */;
}

/** End of a company name starting at `from` (capitalised words ending with a suffix), or -1. */
function companyNameEnd(text: string, from: number, limit: number, suffixes: ReadonlySet<string>): number {
  let i = from;
  let words = 0;
  let lastEnd = -1;
  while (i < limit && words < MAX_NAME_WORDS) {
    if (!isUpper(text.charCodeAt(i)) && !(words > 0 && text.charCodeAt(i) === 38)) break;
    let e = i;
    while (e < limit && isWordChar(text.charCodeAt(e))) e++;
    // A final period belongs to the word only for abbreviations in the suffix list ("Corp.").
    let word = text.slice(i, e);
    if (word.endsWith('.') && !suffixes.has(word)) {
      word = word.slice(0, -1);
      e--;
    }
    words++;
    if (suffixes.has(word)) lastEnd = e;
    if (e >= limit || text.charCodeAt(e) !== 32) break;
    i = e + 1;
  }
  return lastEnd;
}

/**
 * Company mentions (kind 'sector', sector BUS) for the names that follow a country's possessive or
 * modifier ("Japan's Sumitomo Mitsui Financial"). Mentions must be sorted; the result is sorted and
 * does not overlap them.
 */
export function companyMentions(text: string, mentions: readonly Mention[], sentEnd: readonly number[], suffixes: ReadonlySet<string>): Mention[] {
  if (suffixes.size === 0) return [];
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.country === null) continue;
    if (!m.possessive && !m.modifier && m.kind !== 'demonym') continue;
    let i = m.end;
    if (text.startsWith("'s", i) || text.startsWith('’s', i)) i += 2;
    if (text.charCodeAt(i) !== 32) continue;
    i++;
    const limit = sentEnd[m.sentence];
    const next = k + 1 < mentions.length ? mentions[k + 1].start : limit;
    const end = companyNameEnd(text, i, Math.min(limit, next === i ? i : limit), suffixes);
    if (end < 0) continue;
    if (next < end) continue; // another actor inside: not one company name
    out.push({
      start: i, end, sentence: m.sentence, kind: 'sector', country: m.country, sector: 'BUS', name: null,
      role: null, org: null, code: m.country, certain: true, provenance: 'stated',
    });
  }
  return out;
}
