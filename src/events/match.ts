// Trigger matching on a tagged sentence: every pattern whose head lemma (wink-nlp's lemma, the surface
// form, or a lemma the surface form may inflect) starts at a token, with its later slots found within the
// allowed gap. Overlaps go to the longest pattern.

import { Pos } from '../text/pos.js';
import type { EventPattern, PatternSet, Slot } from './patterns.js';
import type { SentenceView } from './sentence.js';

export interface TriggerMatch {
  /** Candidate patterns at this head, best first (the coder may fall back to a later one). */
  patterns: EventPattern[];
  /** End (exclusive) of each candidate's match, parallel to `patterns`. */
  ends: number[];
  head: number;
  /** Tokens covered by later slots of the best pattern (for overlap resolution). */
  covered: number[];
  slots: number;
}

function wordMatches(sv: SentenceView, ps: PatternSet, t: number, word: string): boolean {
  if (sv.lemma(t) === word || sv.lower(t) === word) return true;
  const l = ps.formLemmas.get(sv.lower(t));
  return l !== undefined && l.includes(word);
}

/** Does token t match any of `words` (the same test as wordMatches, by set lookups, not a scan)? */
function anyWordMatches(sv: SentenceView, ps: PatternSet, t: number, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  const low = sv.lower(t);
  if (words.has(low) || words.has(sv.lemma(t))) return true;
  const l = ps.formLemmas.get(low);
  if (l !== undefined) for (const x of l) if (words.has(x)) return true;
  return false;
}

function posOk(sv: SentenceView, t: number, pos: Slot['pos']): boolean {
  const p = sv.pos(t);
  if (pos === '*') return p !== Pos.PUNCT && p !== Pos.SYM;
  const low = sv.lower(t);
  if (pos === 'V') {
    if (p === Pos.VERB) {
      // "as a result of torture", "the attack": a verb form used as a noun.
      if (t > sv.from && (sv.pos(t - 1) === Pos.DET || (sv.pos(t - 1) === Pos.ADP && sv.lower(t - 1) !== 'to')) && !low.endsWith('ing') && low === sv.lemma(t)) return false;
      // "the besieged town", "Syrian-backed": a participle used as a modifier.
      if (t > sv.from && low.endsWith('ed') && t + 1 < sv.to) {
        const pp = sv.pos(t - 1);
        const pl = sv.lower(t - 1);
        const np = sv.pos(t + 1);
        const before = pp === Pos.DET || pl === '-' || pl === "'s" || pl === '’s' || (pp === Pos.PRON && sv.g.thirdPossessives.has(pl));
        if (before && (np === Pos.NOUN || np === Pos.ADJ || np === Pos.PROPN || sv.mentionAt(t + 1) >= 0)) return false;
      }
      return true;
    }
    // "had talks", "has a dialogue": wink-nlp tags a main-verb "have" as an auxiliary.
    if (p === Pos.AUX && t + 1 < sv.to) {
      const np = sv.pos(t + 1);
      return np === Pos.DET || np === Pos.NOUN || np === Pos.ADJ || np === Pos.NUM || np === Pos.PRON;
    }
    // wink-nlp sometimes tags an inflected verb as a noun or adjective ("voicing", "condemned"), but after
    // a determiner or possessive it is a modifier or a noun ("the wounded", "its armed struggle").
    if ((p === Pos.NOUN || p === Pos.PROPN) && t > sv.from && t + 1 < sv.to && !low.endsWith('ed') && !low.endsWith('ing')) {
      // "authorities today release an impounded ship": a present-tense verb tagged as a noun.
      const pp = sv.pos(t - 1);
      const np = sv.pos(t + 1);
      const afterSubject = sv.mentionAt(t - 1) >= 0 || pp === Pos.ADV || pp === Pos.PRON || pp === Pos.AUX || (pp === Pos.NOUN && sv.lower(t - 1) === 'today');
      if (afterSubject && (np === Pos.DET || sv.mentionAt(t + 1) >= 0)) return true;
    }
    if (!((p === Pos.NOUN || p === Pos.ADJ || p === Pos.PROPN) && (low.endsWith('ed') || low.endsWith('ing')))) return false;
    if (t > sv.from) {
      const pp = sv.pos(t - 1);
      const pl = sv.lower(t - 1);
      if (pp === Pos.DET || pp === Pos.ADJ || pp === Pos.ADP || pl === '-' || pl === "'s" || pl === '’s' || (pp === Pos.PRON && sv.g.thirdPossessives.has(pl))) return false;
    }
    return true;
  }
  if (pos === 'N') {
    if (p === Pos.NOUN || p === Pos.PROPN) return true;
    if (p === Pos.VERB && low.endsWith('ing') && t > sv.from) {
      const pp = sv.pos(t - 1);
      return pp === Pos.DET || pp === Pos.ADJ || pp === Pos.PART || pp === Pos.PROPN || sv.mentionAt(t - 1) >= 0;
    }
    return false;
  }
  return p === Pos.ADJ || p === Pos.VERB;
}

/** Match slot `slot` at token t; returns the end (exclusive) or -1. */
function slotAt(sv: SentenceView, ps: PatternSet, slot: Slot, t: number, head: boolean): number {
  if (t >= sv.to) return -1;
  if (head && !posOk(sv, t, slot.pos)) return -1;
  if (anyWordMatches(sv, ps, t, slot.words)) return t + 1;
  outer: for (const ph of slot.phrases) {
    if (!wordMatches(sv, ps, t, ph[0])) continue;
    let q = t + 1;
    for (let i = 1; i < ph.length; i++, q++) {
      while (q < sv.to && sv.lower(q) === '-') q++;
      if (q >= sv.to || !wordMatches(sv, ps, q, ph[i])) continue outer;
    }
    return q;
  }
  return -1;
}

/** May token t sit in the gap between two slots? */
function gapOk(sv: SentenceView, t: number): boolean {
  const p = sv.pos(t);
  const low = sv.lower(t);
  if (p === Pos.PUNCT) return low === '-' || low === '$' || low === '"' || low === '“' || low === '”';
  // "to" opens a new phrase ("continue military aid to war-torn X"): a later slot is not in the trigger.
  if (low === 'to' && !(t + 1 < sv.to && sv.pos(t + 1) === Pos.NUM)) return false;
  if (p === Pos.AUX || p === Pos.SCONJ || p === Pos.CCONJ) return false;
  // "more than $4 million worth of ...": a quantity, not a new phrase.
  if (p === Pos.ADP && sv.g.quantityPreps.has(low) && t > sv.from && sv.g.quantifiers.has(sv.lower(t - 1))) return true;
  if (p === Pos.ADP && low !== 'of' && !(sv.g.particles.has(low) && t > sv.from && sv.pos(t - 1) === Pos.VERB) &&
    !(t + 1 < sv.to && (sv.pos(t + 1) === Pos.NUM || sv.lower(t + 1) === 'to'))) return false;
  if (p === Pos.VERB) {
    // "wide-ranging", "long-awaited": the verb half of a hyphenated modifier.
    if (t > sv.from && sv.lower(t - 1) === '-') return true;
    return low.endsWith('ed') && t + 1 < sv.to && sv.pos(t + 1) === Pos.NOUN;
  }
  return true;
}

/** Try pattern p with head at t; returns [end, coveredTokens] or null. */
function tryPattern(sv: SentenceView, ps: PatternSet, p: EventPattern, t: number, covered: number[]): number {
  let end = slotAt(sv, ps, p.slots[0], t, true);
  if (end < 0) return -1;
  covered.length = 0;
  for (let i = 1; i < p.slots.length; i++) {
    let found = -1;
    const particle = p.slots[i].particle;
    for (let q = end; q < sv.to && q <= end + p.gap; q++) {
      const e = slotAt(sv, ps, p.slots[i], q, false);
      if (e >= 0) {
        found = q;
        end = e;
        break;
      }
      if (!gapOk(sv, q)) break;
      // "called President Zewde on Friday": an actor between a verb and its particle is the verb's object.
      if (particle && sv.mentionAt(q) >= 0) break;
    }
    if (found < 0) return -1;
    for (let q = found; q < end; q++) covered.push(q);
  }
  return end;
}

const covBuf: number[] = [];

/** All trigger matches of the sentence, in token order, overlaps resolved. */
export function findTriggers(sv: SentenceView, ps: PatternSet): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let t = sv.from; t < sv.to; t++) {
    if (sv.mentionAt(t) >= 0) continue;
    const low = sv.lower(t);
    const lem = sv.lemma(t);
    const byForm = ps.byForm.get(low);
    const byLemma = lem !== low ? ps.byHead.get(lem) : undefined;
    if (byForm === undefined && byLemma === undefined) continue;
    let m: TriggerMatch | null = null;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? byForm : byLemma;
      if (!list) continue;
      for (const p of list) {
        if (m !== null && m.patterns.includes(p)) continue;
        const end = tryPattern(sv, ps, p, t, covBuf);
        if (end < 0) continue;
        if (m === null) m = { patterns: [], ends: [], head: t, covered: covBuf.slice(), slots: p.slots.length };
        else if (p.slots.length > m.slots) {
          m.covered = covBuf.slice();
          m.slots = p.slots.length;
        }
        m.patterns.push(p);
        m.ends.push(end);
      }
    }
    if (m !== null) {
      // Best first: more slots, then definition order.
      const idx = m.patterns.map((_, i) => i).sort((a, b) =>
        m!.patterns[b].slots.length - m!.patterns[a].slots.length || m!.ends[b] - m!.ends[a] || m!.patterns[a].order - m!.patterns[b].order);
      m.patterns = idx.map((i) => m!.patterns[i]);
      m.ends = idx.map((i) => m!.ends[i]);
      found.push(m);
    }
  }
  if (found.length < 2) return found;
  // Drop matches whose head lies inside a longer match ("talks" in "hold talks").
  const byLen = [...found].sort((a, b) => b.slots - a.slots);
  const dead = new Set<TriggerMatch>();
  for (const big of byLen) {
    if (dead.has(big) || big.slots < 2) continue;
    for (const other of found) {
      if (other === big || dead.has(other) || other.slots >= big.slots) continue;
      if (big.covered.includes(other.head)) dead.add(other);
    }
  }
  return found.filter((m) => !dead.has(m));
}
