// The frame of a trigger: what the words around it say about the event itself. Walking left over the
// verb group gives negation, modality (future, possible, intent), recoding frames ('FUTURE', 'PREPARE',
// 'ATTEMPT'), passives and purpose clauses; counterfactuals, hypotheticals, adverbial background and
// future-dated event nouns mark events that did not (yet) happen.

import { Pos } from '../text/pos.js';
import type { EventCandidate } from './candidate.js';
import type { Grammar } from './grammar.js';
import { ClauseKind, SentenceView } from './sentence.js';

export type Modality = EventCandidate['modality'];

export interface Frame {
  /** "to V" after a word that is neither a modal nor a controlling verb: a purpose, not an event. */
  purpose: boolean;
  /** A past participle right after a noun ("equipment seized last year"): a reduced relative. */
  reduced: boolean;
  negated: boolean;
  modality: Modality;
  /** Recoding frame name for the modality ('FUTURE', 'PREPARE', 'ATTEMPT', 'NEGFUTURE', ...), or null. */
  frame: string | null;
  deontic: boolean;
  passive: boolean;
  /** Confidence factor. */
  factor: number;
}

/** Walk left from the head over the verb group: auxiliaries, negation, modals, "plan to", "try to". */
export function frameOf(sv: SentenceView, g: Grammar, head: number, headIsVerb: boolean): Frame {
  const f: Frame = { purpose: false, reduced: false, negated: false, modality: 'asserted', frame: null, deontic: false, passive: false, factor: 1 };
  let beAux = false;
  let beenAux = false;
  let k = head - 1;
  let steps = 0;
  while (k >= sv.from && steps < 8) {
    if (sv.mentionAt(k) >= 0) break;
    const low = sv.lower(k);
    const lem = sv.lemma(k);
    const p = sv.pos(k);
    if (g.negators.has(low) && low !== 'no' && low !== 'without') {
      f.negated = true;
    } else if (low === 'no' && sv.lower(k + 1) === 'longer') {
      f.negated = true;
    } else if (p === Pos.AUX || g.modalClitics.has(low)) {
      if (g.future.has(low)) {
        if (f.modality === 'asserted') f.modality = 'future';
        f.frame ??= 'FUTURE';
      } else if (g.possible.has(low)) {
        if (f.modality === 'asserted') f.modality = 'possible';
        f.frame ??= 'FUTURE';
        f.factor *= 0.8;
      } else if (g.deontic.has(low)) {
        f.deontic = true;
      } else if (g.be.has(lem)) {
        beAux = true;
        if (low === 'been' || low === 'being') beenAux = true;
      }
    } else if (p === Pos.ADV || g.groupAdverbs.has(low)) {
      // skip
    } else if (low === 'to' && (p === Pos.PART || p === Pos.ADP)) {
      // "plans to", "is set to", "ready to", "tried to", "failed to", "need to"
      let q = k - 1;
      while (q >= sv.from && sv.pos(q) === Pos.ADV) q--;
      if (q < sv.from) break;
      const ql = sv.lemma(q);
      const qlow = sv.lower(q);
      const intent = g.intent.get(ql) ?? g.intent.get(qlow);
      const attempt = g.attempt.get(ql);
      const qp = q > sv.from ? sv.pos(q - 1) : Pos.X;
      const nounUse = sv.pos(q) === Pos.NOUN && (qp === Pos.DET || qp === Pos.ADJ || qp === Pos.PRON || qp === Pos.PART);
      if (intent !== undefined && !nounUse) {
        if (intent === 'DEONTIC') f.deontic = true;
        else if (intent === 'POSSIBLE') {
          if (f.modality === 'asserted') f.modality = 'possible';
          f.frame ??= 'FUTURE';
          f.factor *= 0.8;
        } else {
          if (f.modality === 'asserted') f.modality = 'intent';
          if (intent === 'PREPARE') f.frame ??= 'PREPARE';
          else f.frame ??= 'FUTURE';
        }
        k = q - 1;
        steps += 2;
        continue;
      }
      if (attempt !== undefined) {
        if (attempt === 'NEGATE') {
          f.negated = true;
          f.frame = 'NEGFUTURE';
        }
        else if (attempt === 'ATTEMPT') f.frame ??= 'ATTEMPT';
        k = q - 1;
        steps += 2;
        continue;
      }
      if (sv.pos(q) === Pos.NOUN || sv.pos(q) === Pos.VERB || sv.pos(q) === Pos.PROPN || sv.mentionAt(q) >= 0) f.purpose = true;
      // "will decide whether to begin talks": an open question, not an event.
      else if (g.hypotheticalSubordinators.has(qlow)) f.purpose = true;
      break;
    } else if (headIsVerb && (p === Pos.VERB) && g.be.has(lem) && k === head - 1) {
      beAux = true;
    } else if (p === Pos.VERB && k === head - 1 && lem === 'help') {
      // "to help defend X": "help" is transparent; what governs "to" decides (a purpose after a noun).
    } else if (p === Pos.VERB && k === head - 1 && sv.lower(head).endsWith('ing') && g.attempt.has(lem)) {
      // "resume shelling", "stopped firing"
      const a = g.attempt.get(lem);
      if (a === 'NEGATE') {
        f.negated = true;
        f.frame = 'NEGFUTURE';
      }
    } else {
      break;
    }
    k--;
    steps++;
  }
  if (k >= sv.from && sv.pos(k) === Pos.CCONJ) {
    // "will set up a dialogue and hold consultations": the second verb shares the first one's modality.
    const c = sv.clauseAt(head);
    for (let q = k - 1; q >= sv.from && q >= k - 12; q--) {
      if (sv.clauseAt(q) !== c) break;
      if (sv.mentionAt(q) >= 0) continue;
      if (sv.pos(q) === Pos.VERB && sv.lower(q) !== 'according') {
        const prev = frameOf(sv, g, q, true);
        // "were killed or wounded": the second participle shares the passive.
        if (prev.passive && sv.lower(head) !== sv.lemma(head) && !sv.lower(head).endsWith('ing')) f.passive = true;
        if (prev.modality !== 'asserted' && f.modality === 'asserted') {
          f.modality = prev.modality;
          f.frame ??= prev.frame === 'NEGFUTURE' ? 'FUTURE' : prev.frame;
          f.factor *= prev.factor;
        }
        break;
      }
    }
  }
  if (headIsVerb && beAux) {
    const low = sv.lower(head);
    if ((low !== sv.lemma(head) || beenAux) && !low.endsWith('ing')) f.passive = true;
  }
  if (headIsVerb && !f.passive && head + 1 < sv.to && sv.lower(head + 1) === 'by') {
    const low = sv.lower(head);
    const prevPos = head > sv.from ? sv.pos(head - 1) : Pos.X;
    if (low.endsWith('ed') || low.endsWith('en')) {
      if (prevPos === Pos.NOUN || prevPos === Pos.PROPN || prevPos === Pos.PUNCT || sv.mentionAt(head - 1) >= 0) f.passive = true;
    }
  }
  if (headIsVerb && sv.lower(head).endsWith('ing') && head - 1 >= sv.from && k === head - 1) {
    const pp = sv.pos(head - 1);
    // "inspectors probing suspect sites": a participle modifying a noun; "for collaborating": a gerund.
    // "arrested for collaborating with Israel": wink-nlp tags a preposition before a gerund as SCONJ too.
    const pl = sv.lower(head - 1);
    if (((pp === Pos.NOUN || pp === Pos.PROPN) && sv.mentionAt(head - 1) < 0) || (pp === Pos.ADP && pl !== 'by') || (pp === Pos.SCONJ && pl === 'for')) f.reduced = true;
  }
  if (headIsVerb && !f.passive && !beAux && k === head - 1 && k >= sv.from && (sv.pos(k) === Pos.NOUN || sv.pos(k) === Pos.PROPN) && sv.mentionAt(k) < 0) {
    const low = sv.lower(head);
    if (low !== sv.lemma(head) && !low.endsWith('ing') && !low.endsWith('s')) {
      const c = sv.clauseAt(head);
      for (let q = k - 1; q >= sv.clauses[c].start; q--) {
        if (sv.clauseAt(q) === c && sv.mentionAt(q) < 0 && sv.isFiniteVerb(q)) {
          const nx = sv.pos(q + 1);
          if (sv.pos(q) === Pos.AUX || !(nx === Pos.NOUN || nx === Pos.ADJ)) f.reduced = true;
          break;
        }
      }
    }
  }
  if (f.negated && f.frame === 'FUTURE' && f.modality === 'future') f.frame = 'NEGFUTURE';
  if (f.frame === 'NEGFUTURE' && !f.negated) f.frame = null;
  return f;
}

/** Does the phrase of a noun trigger carry a future time ("tomorrow", "next week")? */
export function futureDated(sv: SentenceView, head: number, reach: number): boolean {
  const c = sv.clauseAt(head);
  for (let t = head + 1; t < reach && t < sv.to && t <= head + 12; t++) {
    if (sv.clauseAt(t) !== c) break;
    const low = sv.lower(t);
    if (low === 'tomorrow') return true;
    if (low === 'next' && t + 1 < sv.to && sv.g.timeWords.has(sv.lower(t + 1))) return true;
  }
  return false;
}

/** Is the trigger inside an "if/unless/until/before" clause (not an asserted event)? */
export function inHypothetical(sv: SentenceView, head: number): boolean {
  let c = sv.clauseAt(head);
  for (let i = 0; i < 6 && c >= 0; i++) {
    const cl = sv.clauses[c];
    if (cl.kind === ClauseKind.Sub && cl.start - 1 >= sv.from && sv.g.hypotheticalSubordinators.has(sv.lower(cl.start - 1))) return true;
    if (cl.kind === ClauseKind.Main || cl.kind === ClauseKind.Coord) return false;
    c = cl.parent;
  }
  return false;
}

/** Is the trigger inside an adverbial clause of time-before, cause or concession ("after U.S. officials
 *  alleged ...")? Clauses of simultaneity ("as X hosted Y", "while ...") report events of their own. */
export function inAdverbial(sv: SentenceView, head: number): boolean {
  let c = sv.clauseAt(head);
  for (let i = 0; i < 6 && c >= 0; i++) {
    const cl = sv.clauses[c];
    if (cl.kind === ClauseKind.Sub) return cl.start - 1 >= sv.from && sv.g.backgroundSubordinators.has(sv.lower(cl.start - 1));
    if (cl.kind === ClauseKind.Main || cl.kind === ClauseKind.Coord) return false;
    c = cl.parent;
  }
  return false;
}

/**
 * Is the trigger under a counterfactual verb group (modal + "have": "would have visited", "could have
 * been the first visit")? For a noun trigger the group is the one before its noun phrase.
 */
export function counterfactual(sv: SentenceView, g: Grammar, head: number, noun: boolean): boolean {
  let k = head - 1;
  if (noun) {
    while (k >= sv.from && sv.mentionAt(k) < 0 && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ || sv.pos(k) === Pos.NUM || sv.pos(k) === Pos.NOUN || sv.lower(k) === "'s")) k--;
  }
  let have = false;
  for (let steps = 0; k >= sv.from && steps < 5; k--, steps++) {
    const p = sv.pos(k);
    const low = sv.lower(k);
    if (p === Pos.AUX || (noun && p === Pos.VERB && sv.lemma(k) === 'be')) {
      if (sv.lemma(k) === 'have' || low === 've' || low === "'ve") have = true;
      else if (have && g.counterfactual.has(low)) return true;
      continue;
    }
    if (p === Pos.ADV || g.negators.has(low)) continue;
    return false;
  }
  return false;
}
