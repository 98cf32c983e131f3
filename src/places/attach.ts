// Which place an event in a sentence gets. Policy, in order:
//  1. A place in the same sentence. Cities before countries; among cities, "in/at/near/outside/
//     inside" and visit verbs before "to", before "from" ("flew from Kyiv" is an origin); among
//     equals the one nearest to `at` (the trigger's offset) when given, else the first.
//     certain: true for a city or country after in/at/near/outside/inside/visit, false after to/from.
//  2. Else the nearest place in the previous sentences of the same paragraph (no blank line between),
//     introduced by in/at/near/outside/inside/visit: certain false.
//  3. Else the dateline ("TOKYO, Dec 8 (Reuters) -"): certain false.
//  4. Else the first city of the document introduced by in/at/visit: certain false.
//  5. Else null.

import type { Place } from '../contract.js';
import type { Doc } from '../text/doc.js';
import type { PlaceCue, PlaceMention } from './place-mention.js';
import { dateline, sentencePlaces } from './extract.js';
import { paragraphBreakBetween } from '../time/attach.js';

export interface AttachedPlace extends Place {
  /** True when the place is stated in the event's own sentence as its location. */
  certain: boolean;
}

const CUE_RANK: Record<PlaceCue, number> = {
  in: 3, at: 3, near: 3, outside: 3, inside: 3, visit: 3, dateline: 2, to: 1, from: 0,
};
const LOCATIVE = new Set<PlaceCue>(['in', 'at', 'near', 'outside', 'inside', 'visit']);

function rank(p: PlaceMention): number {
  return (p.kind === 'city' ? 10 : 0) + CUE_RANK[p.cue ?? 'in'];
}

function toPlace(p: PlaceMention, certain: boolean): AttachedPlace {
  return {
    name: p.name, country: p.country, lat: p.lat, lon: p.lon, text: p.text, start: p.start, end: p.end,
    geonameId: p.geonameId, certain,
  };
}

export function placeFor(doc: Doc, sentence: number, at?: number): AttachedPlace | null {
  let best: PlaceMention | null = null;
  for (const p of sentencePlaces(doc, sentence)) {
    if (p.cue === 'dateline') continue;
    if (best === null || rank(p) > rank(best)) { best = p; continue; }
    if (rank(p) === rank(best) && at !== undefined && Math.abs(p.start - at) < Math.abs(best.start - at)) best = p;
  }
  if (best !== null) return toPlace(best, LOCATIVE.has(best.cue ?? 'in'));

  for (let j = sentence - 1; j >= 0; j--) {
    if (paragraphBreakBetween(doc, j, sentence)) break;
    const ps = sentencePlaces(doc, j);
    let found: PlaceMention | null = null;
    for (const p of ps) if (LOCATIVE.has(p.cue ?? 'in') && (found === null || rank(p) >= rank(found))) found = p;
    if (found !== null) return toPlace(found, false);
  }

  const d = dateline(doc);
  if (d !== null) return toPlace(d, false);

  for (let j = 0; j < doc.sentenceCount; j++) {
    for (const p of sentencePlaces(doc, j)) {
      if (p.kind === 'city' && LOCATIVE.has(p.cue ?? 'in')) return toPlace(p, false);
    }
  }
  return null;
}
