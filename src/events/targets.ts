// Finding the recipient of a trigger: the first actor after it in an object or recipient position
// (prepositions the pattern takes), coordinated actors, places standing for their country ("attacked a
// market in Kabul", "shelled Fallujah"), and the tests that rule an actor out as a recipient
// (attributions, reduced relatives, modifiers, the trigger's own noun owner).

import type { Mention } from '../actors/mention.js';
import { countryOfPlaceName, sentencePlaces } from '../places/extract.js';
import type { PlaceMention } from '../places/place-mention.js';
import { Pos } from '../text/pos.js';
import type { Grammar } from './grammar.js';
import { hasIdentity } from './identity.js';
import type { EventPattern } from './patterns.js';
import { coordinated, governingPrep, subjectOf } from './roles.js';
import { ClauseKind, SentenceView } from './sentence.js';

export interface TargetPick {
  mentions: number[];
  viaTo: boolean;
  viaLoc: boolean;
  between: boolean;
}

/** Is mention j the subject of a speech verb or of "according to" (an attribution, not a participant)? */
function isAttribution(sv: SentenceView, g: Grammar, j: number): boolean {
  const prep = governingPrep(sv, j);
  if (prep === 'to') {
    for (let k = sv.mStart[j] - 1; k >= sv.from && k >= sv.mStart[j] - 5; k--) {
      if (sv.lower(k) === 'to') return k - 1 >= sv.from && sv.lower(k - 1) === 'according';
    }
  }
  for (let k = sv.mEnd[j]; k < sv.to && k <= sv.mEnd[j] + 3; k++) {
    const p = sv.pos(k);
    if (p === Pos.VERB) return g.speech.has(sv.lemma(k));
    if (p !== Pos.AUX && p !== Pos.ADV && p !== Pos.PROPN && sv.mentionAt(k) < 0) return false;
  }
  return false;
}

const merged = new WeakMap<EventPattern, WeakMap<EventPattern, EventPattern>>();

/** An absorbing event takes its recipient the way its governed event would ("agreed to provide aid for X"). */
export function mergeRoles(outer: EventPattern, inner: EventPattern): EventPattern {
  let m = merged.get(outer);
  if (!m) merged.set(outer, (m = new WeakMap()));
  let x = m.get(inner);
  if (!x) {
    x = { ...outer, to: new Set([...outer.to, ...inner.to]), obj: outer.obj || inner.obj, loc: outer.loc || inner.loc };
    m.set(inner, x);
  }
  return x;
}

export function pickTarget(sv: SentenceView, g: Grammar, p: EventPattern, from: number, limit: number, exclude: Set<number>, triggerEnd = from): TargetPick | null {
  let firstObj = -1;
  let firstLoc = -1;
  for (let t = from; t < limit; t++) {
    const j = sv.mentionAt(t);
    if (j < 0 && g.adjunctStarts.has(sv.lower(t)) && t > from) break;
    if (j < 0 || sv.mStart[j] !== t) continue;
    t = sv.mEnd[j] - 1;
    if (exclude.has(j)) continue;
    // "contribute 4,000 troops to ...": a bare sector word inside the trigger is its object, not a recipient.
    if (sv.mEnd[j] <= triggerEnd && !hasIdentity(sv.mentions[j]) && sv.mentions[j].kind === 'sector') continue;
    // "conveyed American support for X", "reaffirmed the United States' commitment to X": the owner of the
    // trigger's noun is its actor, not its recipient.
    if (sv.mEnd[j] <= triggerEnd && (sv.mentions[j].modifier || sv.mentions[j].possessive) && ownStance(sv, g, sv.mEnd[j], triggerEnd)) continue;
    if (inReducedRelative(sv, j, from)) continue;
    if (isAttribution(sv, g, j)) continue;
    if (isModifierOnly(sv, j)) continue;
    if (sv.clauses[sv.clauseAt(t)].kind === ClauseKind.Relative && sv.clauseAt(t) !== sv.clauseAt(from - 1 >= sv.from ? from - 1 : from)) continue;
    // "Syrian-backed", "U.S.-led": a compound modifier, not a participant.
    if (sv.mentions[j].end < sv.doc.text.length && sv.doc.text.charCodeAt(sv.mentions[j].end) === 45) continue;
    const prep = governingPrep(sv, j);
    if (prep === 'between' && firstObj < 0) {
      const ms = coordinated(sv, j, limit).filter((x) => !exclude.has(x));
      return { mentions: ms, viaTo: true, viaLoc: false, between: true };
    }
    if (prep !== null && p.to.has(prep) && firstObj < 0) {
      return { mentions: coordinated(sv, j, limit).filter((x) => !exclude.has(x)), viaTo: true, viaLoc: false, between: false };
    }
    if (firstObj < 0 && (prep === null ? p.obj || purposeObject(sv, j, from) : g.objectPreps.has(prep) && (p.obj || p.to.size === 0 || g.targetPreps.has(prep)))) firstObj = j;
    // "from" names a place of the event only for patterns that take it ("withdrew from X"); otherwise it is
    // the origin ("flew to Hanoi from the G20 summit", "fired rockets from Gaza").
    if (firstLoc < 0 && prep !== null && (g.locative.has(prep) || (prep === 'from' && p.to.has('from')) || prep === 'into')) firstLoc = j;
  }
  if (firstObj >= 0) return { mentions: coordinated(sv, firstObj, limit).filter((x) => !exclude.has(x)), viaTo: false, viaLoc: false, between: false };
  if (firstLoc >= 0 && p.loc) return { mentions: [firstLoc], viaTo: false, viaLoc: true, between: false };
  return null;
}

/** Is the next noun (from token t, before `end`) one that expresses its owner's own stance ("support",
 *  "commitment"), so that its owner is the actor ("American support for X"), unlike "a U.S. request"? */
function ownStance(sv: SentenceView, g: Grammar, t: number, end: number): boolean {
  for (let q = t; q < end; q++) {
    if (sv.pos(q) === Pos.NOUN) return g.stanceNouns.has(sv.lemma(q)) || g.stanceNouns.has(sv.lower(q));
  }
  return false;
}

/**
 * "opened fire to disperse demonstrators": the object of a purpose infinitive right after the trigger is
 * whom the act is aimed at.
 */
function purposeObject(sv: SentenceView, j: number, from: number): boolean {
  let k = sv.mStart[j] - 1;
  while (k >= from && sv.mentionAt(k) < 0 && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ || sv.pos(k) === Pos.NUM || sv.pos(k) === Pos.NOUN || sv.pos(k) === Pos.PROPN)) k--;
  return k - 1 >= from && sv.pos(k) === Pos.VERB && sv.lower(k - 1) === 'to' && k - 1 <= from + 1;
}

/** Is the recipient a named person right after the trigger, not followed by what it is called
 *  ("called President Zawde on Friday", not "called Putin a war criminal")? */
export function personObject(sv: SentenceView, targets: Mention[], end: number): boolean {
  if (targets.length !== 1 || targets[0].kind !== 'person') return false;
  const j = sv.mentions.indexOf(targets[0]);
  if (j < 0 || sv.mStart[j] !== end) return false;
  const after = sv.mEnd[j];
  if (after >= sv.to) return true;
  const p = sv.pos(after);
  return !(p === Pos.DET || p === Pos.ADJ || p === Pos.NOUN || p === Pos.PROPN);
}

/** Is the object of the verb trigger (right after it or inside its span) a reflexive pronoun? */
export function reflexiveObject(sv: SentenceView, head: number, end: number): boolean {
  for (let t = head + 1; t <= end && t < sv.to; t++) if (sv.g.reflexives.has(sv.lower(t))) return true;
  return false;
}

/** A noun trigger heading a "for" phrase ("for talks", "for a two-day visit"). */
export function forPurpose(sv: SentenceView, head: number): boolean {
  let k = head - 1;
  while (k >= sv.from && sv.mentionAt(k) < 0 && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ || sv.pos(k) === Pos.NUM || sv.lower(k) === '-' || sv.pos(k) === Pos.NOUN)) k--;
  return k >= sv.from && sv.lower(k) === 'for';
}

/**
 * "techniques used against Palestinian detainees": a mention in the complement of a past participle
 * modifying a noun belongs to that participle, not to the trigger.
 */
function inReducedRelative(sv: SentenceView, j: number, from: number): boolean {
  let k = sv.mStart[j] - 1;
  while (k > from && sv.mentionAt(k) < 0 && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ || sv.pos(k) === Pos.NUM)) k--;
  if (k <= from || sv.pos(k) !== Pos.ADP) return false;
  const v = k - 1;
  if (v <= from || sv.pos(v) !== Pos.VERB || sv.mentionAt(v) >= 0) return false;
  const low = sv.lower(v);
  if (!(low.endsWith('ed') || low.endsWith('en')) || low === sv.lemma(v)) return false;
  return (sv.pos(v - 1) === Pos.NOUN || sv.pos(v - 1) === Pos.PROPN) && sv.mentionAt(v - 1) < 0;
}

/** A countryless sector word used as a modifier ("military aid", "security forces' ..."): not an actor. */
export function isModifierOnly(sv: SentenceView, j: number): boolean {
  const m = sv.mentions[j];
  if (hasIdentity(m) || m.kind === 'group') return false;
  if (m.modifier) return true;
  const nx = sv.mEnd[j];
  return nx < sv.to && sv.pos(nx) === Pos.NOUN && sv.mentionAt(nx) < 0;
}

/** The subject of an "if"/"unless" clause after token `from`. */
export function conditionSubject(sv: SentenceView, g: Grammar, from: number): number[] | null {
  for (let t = from; t < sv.to; t++) {
    const low = sv.lower(t);
    if (low !== 'if' && low !== 'unless') continue;
    const c = sv.clauseAt(t + 1 < sv.to ? t + 1 : t);
    if (sv.clauses[c].kind !== ClauseKind.Sub) return null;
    let v = t + 1;
    while (v < sv.to && sv.clauseAt(v) === c && !(sv.mentionAt(v) < 0 && (sv.pos(v) === Pos.VERB || sv.pos(v) === Pos.AUX))) v++;
    const s = subjectOf(sv, g, c, v);
    return s && !s.inherited ? s.mentions : null;
  }
  return null;
}

/** The country named by the first locative phrase ("in Lebanon") after token `from`, as an uncertain actor. */
export function locativeCountry(sv: SentenceView, from: number, limit: number): Mention | null {
  for (let t = from; t < limit; t++) {
    const j = sv.mentionAt(t);
    if (j < 0 || sv.mStart[j] !== t) continue;
    const m = sv.mentions[j];
    const prep = governingPrep(sv, j);
    if (prep === 'in' && m.country !== null && (m.kind === 'country' || m.kind === 'metonym')) {
      return { ...m, certain: false, provenance: 'context' };
    }
    t = sv.mEnd[j] - 1;
  }
  return placeAsActor(sv, from - 1, limit);
}

const placeActors = new WeakMap<PlaceMention, Mention>();

/** The first place named after the trigger (within its reach) with a known country, as an uncertain actor. */
export function placeAsActor(sv: SentenceView, head: number, reach: number, fromOk = false): Mention | null {
  const doc = sv.doc;
  const from = doc.tokStart[head];
  const to = reach < sv.to ? doc.tokStart[reach] : doc.sentEnd[sv.sentence];
  let places: PlaceMention[];
  try {
    places = sentencePlaces(doc, sv.sentence);
  } catch {
    return null;
  }
  for (const pl of places) {
    if (pl.start < from || pl.start >= to || pl.country === null) continue;
    if ((pl.cue === 'from' && !fromOk) || pl.cue === 'dateline') continue;
    let m = placeActors.get(pl);
    if (!m) {
      const start = pl.nameStart ?? pl.start;
      m = {
        start, end: pl.end, sentence: sv.sentence, kind: 'country', country: pl.country, sector: null, name: null,
        role: null, org: null, code: pl.country, certain: false, provenance: 'context',
      };
      placeActors.set(pl, m);
    }
    return m;
  }
  return null;
}

/**
 * "shelled Fallujah", "bombed Kharkiv overnight": a place name that is the direct object of the trigger
 * stands for its country as the recipient (implied, not stated).
 */
export function objectPlaceActor(sv: SentenceView, end: number, reach: number): Mention | null {
  let t = end;
  if (t < reach && sv.pos(t) === Pos.DET && sv.lower(t) === 'the') t++;
  const first = t;
  while (t < reach && t - first < 4 && sv.pos(t) === Pos.PROPN && sv.mentionAt(t) < 0) t++;
  if (t === first) return null;
  // A name followed by a possessive or a noun is a modifier ("Gaza's hospitals" is handled as a place
  // only through its cue) and a name followed by another capitalised word of a mention is part of it.
  if (t < sv.to && (sv.mentionAt(t) >= 0 || sv.lower(t) === "'s" || sv.lower(t) === '’s' || (sv.pos(t) === Pos.NOUN && !sv.g.timeWords.has(sv.lower(t))))) return null;
  const doc = sv.doc;
  const name = doc.text.slice(doc.tokStart[first], doc.tokEnd[t - 1]);
  const inPlay = new Set<string>();
  for (const m of sv.mentions) if (m.country !== null) inPlay.add(m.country);
  const country = countryOfPlaceName(name, inPlay);
  if (country === null) return null;
  return {
    start: doc.tokStart[first], end: doc.tokEnd[t - 1], sentence: sv.sentence, kind: 'country', country, sector: null, name: null,
    role: null, org: null, code: country, certain: false, provenance: 'context',
  };
}
