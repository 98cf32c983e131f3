// Who an actor is for the event coder: its country or organisation, a country inferred from the
// sentence or the document for sector-only actors (marked uncertain), localised groups ("rebels in
// Darfur"), back-references, and whether two mentions are the same actor.

import type { Mention } from '../actors/mention.js';
import { sentencePlaces } from '../places/extract.js';
import { Pos } from '../text/pos.js';
import { SentenceView } from './sentence.js';

/** Context for actors the sentence leaves without a country (sector-only mentions). */
export interface DocContext {
  /** Most-mentioned country of the document, or null. */
  mainCountry: string | null;
  /** Country of the document's dateline ("BAGHDAD (Reuters) -"), or null. */
  placeCountry?: string | null;
  /** The main country clearly dominates the document (twice the mentions of any other). */
  dominant?: boolean;
  /** Actors of the previous sentence's first event: what a sentence-initial "They"/"It" refers to. */
  previousActors?: Mention[] | null;
}

const localisedCache = new WeakMap<Mention, Mention>();

/** "rebels in the Ivory Coast", "students throughout Indonesia": a countryless group placed in a country. */
export function localised(sv: SentenceView, j: number): Mention | null {
  const m = sv.mentions[j];
  if (hasIdentity(m) || m.kind !== 'sector') return null;
  const cached = localisedCache.get(m);
  if (cached) return cached;
  let k = sv.mEnd[j];
  if (k >= sv.to || !sv.g.locatingPreps.has(sv.lower(k))) return null;
  k++;
  while (k < sv.to && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ) && sv.mentionAt(k) < 0) k++;
  let country: string | null = null;
  const jj = k < sv.to ? sv.mentionAt(k) : -1;
  if (jj >= 0) {
    const x = sv.mentions[jj];
    if (x.country !== null && (x.kind === 'country' || x.kind === 'metonym')) country = x.country;
  } else if (k < sv.to) {
    try {
      const at = sv.doc.tokStart[k];
      for (const pl of sentencePlaces(sv.doc, sv.sentence)) {
        if ((pl.nameStart ?? pl.start) === at && pl.country !== null) country = pl.country;
      }
    } catch {
      // no gazetteer
    }
  }
  if (country === null) return null;
  const x: Mention = { ...m, country, code: country, certain: false, provenance: 'context' };
  localisedCache.set(m, x);
  return x;
}

const domestic = new WeakMap<Mention, Mention>();

/** The actor's own country as an uncertain recipient ("protesters marched" -> against their government). */
export function domesticOf(m: Mention): Mention | null {
  const c = m.country;
  if (c === null) return null;
  let x = domestic.get(m);
  if (!x) {
    x = { start: m.start, end: m.start, sentence: m.sentence, kind: 'country', country: c, sector: null, name: null,
      role: null, org: null, code: c, certain: false, provenance: 'context' };
    domestic.set(m, x);
  }
  return x;
}

const backrefs = new WeakMap<Mention, Mention>();

export function backref(m: Mention): Mention {
  let x = backrefs.get(m);
  if (!x) {
    x = { ...m, certain: false, provenance: 'backref' };
    backrefs.set(m, x);
  }
  return x;
}

/** Resolve a mention into the actors it stands for (groups expand to members). */
export function expand(sv: SentenceView, j: number, out: Mention[]): void {
  const m = sv.mentions[j];
  if (m.kind === 'group' && m.members && m.members.length > 0) {
    for (const x of m.members) if (!out.includes(x)) out.push(x);
  } else if (!out.includes(m)) out.push(m);
}

export function hasIdentity(m: Mention): boolean {
  return m.country !== null || m.org !== null || (m.code !== null && m.code !== undefined);
}

const inferredCache = new WeakMap<Mention, Mention>();
const OFFICIAL_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'ELI', 'IGO', 'NGO', 'SPY', 'PTY']);

/** The only country the sentence's resolved actors belong to, or null when none or several. */
export function soleCountry(sv: SentenceView): string | null {
  if (sv.sole !== undefined) return sv.sole;
  let c: string | null = null;
  for (const m of sv.mentions) {
    if (m.country === null) continue;
    if (c !== null && c !== m.country) return (sv.sole = null);
    c = m.country;
  }
  return (sv.sole = c);
}

/** A sector-only actor takes the document's main country, marked uncertain; null when none. */
export function withCountry(m: Mention, ctx: DocContext, sentenceCountry: string | null = null): Mention | null {
  if (hasIdentity(m)) return m;
  if (ctx.mainCountry === null) return null;
  // A sector word ("protesters", "the court") or a person the actor layer could not place ("Judge X")
  // takes the document's main country, marked uncertain; unresolved pronouns, groups and organisations
  // do not.
  if (m.kind === 'pronoun' || m.kind === 'group' || m.kind === 'org') return null;
  // A crowd or force known by its sector takes the document's country; an official or a person
  // ("the ministry", "Judge X") only when the sentence or the document points to one country.
  const crowd = m.kind === 'sector' && (m.sector === null || !OFFICIAL_SECTORS.has(m.sector));
  // A crowd or an armed group is of the sentence's one country, else of the place the report is filed
  // from ("BAGHDAD (Reuters) - Militants said ..."), else of the document's main country.
  const country = crowd ? sentenceCountry ?? ctx.placeCountry ?? ctx.mainCountry : (sentenceCountry ?? (ctx.dominant ? ctx.mainCountry : null));
  if (country === null) return null;
  let x = inferredCache.get(m);
  if (!x || x.country !== country) {
    x = { ...m, country, code: country, certain: false, provenance: 'context' };
    inferredCache.set(m, x);
  }
  return x;
}

/** The members of a compound actor with distinct identities (country or organisation), in order. */
export function distinctActors(ms: Mention[], ctx: DocContext, sole: string | null): Mention[] {
  const out: Mention[] = [];
  const seen: string[] = [];
  for (const m of ms) {
    const x = withCountry(m, ctx, sole);
    if (x === null) continue;
    const id = x.code ?? x.country ?? x.org ?? '';
    if (id === '' || seen.includes(id)) continue;
    seen.push(id);
    out.push(m);
  }
  return out;
}

export function sameActor(a: Mention, b: Mention): boolean {
  if (a === b) return true;
  return a.start === b.start && a.end === b.end;
}
