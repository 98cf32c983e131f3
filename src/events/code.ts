// Coding one tagged sentence into event candidates: triggers (match.ts) -> frames (frame.ts: absorbing
// verbs, modality, negation, passive) -> roles (roles.ts for subjects, targets.ts for recipients,
// identity.ts for who an actor is; coordination, reciprocity) -> CAMEO/PLOVER via the ontology. This
// file holds the sentence loop and the decisions that combine them.

import type { Mention } from '../actors/mention.js';
import type { PloverType } from '../contract.js';
import type { Doc } from '../text/doc.js';
import { Pos } from '../text/pos.js';
import type { EventCandidate } from './candidate.js';
import { type Modality, counterfactual, frameOf, futureDated, inAdverbial, inHypothetical } from './frame.js';
import type { Grammar } from './grammar.js';
import { type DocContext, backref, distinctActors, domesticOf, expand, hasIdentity, localised, sameActor, soleCountry, withCountry } from './identity.js';
import { type TriggerMatch, findTriggers } from './match.js';
import { type Ontology, ontology } from './ontology.js';
import type { EventPattern, PatternSet } from './patterns.js';
import { agentAfter, governingPrep, lightVerbBefore, nounAgent, subjectOf } from './roles.js';
import { ClauseKind, SentenceView } from './sentence.js';
import { conditionSubject, forPurpose, isModifierOnly, locativeCountry, mergeRoles, objectPlaceActor, personObject, pickTarget, placeAsActor, reflexiveObject } from './targets.js';

/** Optional provider of PLOVER contexts for a text span (src/topics). */
export type ContextProvider = (doc: Doc, start: number, end: number) => string[];

/** End (exclusive) of the reach of an event whose trigger ends at `end`, in clause c. */
function reachEnd(sv: SentenceView, g: Grammar, c: number, end: number, absorbing: boolean): number {
  for (let t = end; t < sv.to; t++) {
    const ct = sv.clauseAt(t);
    if (ct !== c) {
      const k = sv.clauses[ct].kind;
      // A new independent clause or an adverbial one ends the reach; complements continue it when absorbing.
      if (k === ClauseKind.Main || k === ClauseKind.Coord || k === ClauseKind.Sub) return t;
      if (!isDescendant(sv, ct, c)) return t;
      if (!absorbing && (k === ClauseKind.Participle || k === ClauseKind.Reported || k === ClauseKind.Relative)) return t;
    }
    const low = sv.lower(t);
    if (low === ';') return t;
    if (sv.pos(t) === Pos.CCONJ && g.conjunctions.has(low)) {
      // "condemned X and urged Y": a new finite verb ends the reach.
      let q = t + 1;
      let aux = false;
      while (q < sv.to && (sv.pos(q) === Pos.ADV || sv.pos(q) === Pos.AUX || g.negators.has(sv.lower(q)))) {
        if (sv.pos(q) === Pos.AUX) aux = true;
        q++;
      }
      // "... and will resign": a verb after an auxiliary is finite too.
      if (q < sv.to && sv.pos(q) === Pos.VERB && (aux || sv.isFiniteVerb(q))) return t;
      if (low === 'but') return t;
    }
  }
  return sv.to;
}

function isDescendant(sv: SentenceView, c: number, ancestor: number): boolean {
  let x = c;
  for (let i = 0; i < 10 && x >= 0; i++) {
    if (x === ancestor) return true;
    x = sv.clauses[x].parent;
  }
  return false;
}

/** Actions only a state takes (arrests, trials, investigations, expulsions): an agentless passive's actor is
 *  the country where it happened. */
const STATE_ACTIONS = new Set<PloverType>(['COERCE', 'ACCUSE', 'SANCTION']);

/** Types whose recipient, when the sentence names none, is the actor's own country (internal events). */
const DOMESTIC_DEFAULT = new Set<PloverType>(['PROTEST', 'CONCEDE', 'COERCE']);
/** Directed types whose unnamed recipient is the actor's own country when the sentence names no other
 *  country: "Rebels in the Ivory Coast dismissed an appeal from the president" (CIV>CIV). */
const DOMESTIC_IF_ALONE = new Set<PloverType>(['REJECT']);

/** Does clause c open with a subject pronoun before the trigger (and no other subject)? */
function pronounSubject(sv: SentenceView, c: number, head: number): boolean {
  const cl = sv.clauses[c];
  if (cl.parent >= 0 && cl.kind !== ClauseKind.Coord) return false;
  let t = cl.start;
  // "As strong NATO Allies, they discussed ...": skip a leading "as" phrase.
  if (sv.lower(t) === 'as') {
    let k = t + 1;
    while (k < head && sv.lower(k) !== ',') k++;
    if (k < head && k <= t + 8) t = k + 1;
  }
  for (; t < head; t++) {
    if (sv.clauseAt(t) !== c) continue;
    const p = sv.pos(t);
    if (p === Pos.PRON) return sv.g.anaphoricSubjects.has(sv.lower(t));
    if (p === Pos.NOUN || p === Pos.PROPN || sv.mentionAt(t) >= 0 || p === Pos.VERB) return false;
  }
  return false;
}

const ELITE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'IGO', 'NGO', 'ELI', 'MIL', 'SPY', 'JRN']);

/** Is the subject of the clause an armed force ('troops'), peacekeepers ('peace'), or neither? */
function armedSubject(sv: SentenceView, g: Grammar, c: number, head: number): 'troops' | 'peace' | null {
  const cl = sv.clauses[c];
  let force = false;
  for (let t = cl.start; t < head; t++) {
    if (sv.clauseAt(t) !== c) continue;
    const j = sv.mentionAt(t);
    if (j >= 0 && sv.mStart[j] === t) {
      const m = sv.mentions[j];
      const prep = governingPrep(sv, j, cl.start);
      if (prep !== null && prep !== 'of') continue;
      if (m.sector === 'MIL') force = true;
      else if (m.kind !== 'country' && m.kind !== 'org' && m.sector !== null) return null; // an official, a delegation
    }
    if (g.peacekeeping.has(sv.lower(t))) return 'peace';
  }
  return force ? 'troops' : null;
}

/** A countryless force described as foreign or international ("a regional peacekeeping force"). */
function foreignForce(sv: SentenceView, g: Grammar, m: Mention): boolean {
  const j = sv.mentions.indexOf(m);
  if (j < 0) return false;
  for (let t = Math.max(sv.from, sv.mStart[j] - 3); t < sv.mEnd[j]; t++) {
    if (t < sv.mStart[j] && sv.mentionAt(t) >= 0) continue;
    if (g.foreignForce.has(sv.lower(t)) || g.peacekeeping.has(sv.lower(t))) return true;
  }
  return false;
}

/** A state, organisation or official (not a crowd). */
function isElite(m: Mention): boolean {
  if (m.kind === 'country' || m.kind === 'metonym' || m.kind === 'org' || m.kind === 'person') return true;
  return m.sector !== null && ELITE_SECTORS.has(m.sector);
}

/** A noun trigger inside a prepositional phrase with no light verb governing it. */
function nounInAdjunct(sv: SentenceView, g: Grammar, head: number): boolean {
  const p = sv.pos(head);
  if (p !== Pos.NOUN && p !== Pos.PROPN && !(p === Pos.VERB && sv.lower(head).endsWith('ing'))) return false;
  if (lightVerbBefore(sv, g, head) >= 0) return false;
  let k = head - 1;
  while (k >= sv.from) {
    const pk = sv.pos(k);
    const lk = sv.lower(k);
    if (sv.mentionAt(k) >= 0 || pk === Pos.DET || pk === Pos.ADJ || pk === Pos.NOUN || pk === Pos.NUM || pk === Pos.PROPN ||
      lk === "'s" || lk === '’s' || lk === '-' || (pk === Pos.PRON && g.thirdPossessives.has(lk))) {
      k--;
      continue;
    }
    // "since last month's U.S. invasion": wink-nlp tags some prepositions SCONJ.
    if (pk === Pos.ADP || (pk === Pos.SCONJ && g.subordinators.has(lk))) return lk !== 'by';
    // The object of a verb that is neither a light verb nor a trigger ("They condemned Russia's aggression"
    // when the actor of "condemned" is unknown): background.
    return pk === Pos.VERB;
  }
  return false;
}

/** Whether a trigger at head has an actor to code (cheap pre-check used before it absorbs others). */
function hasActor(sv: SentenceView, g: Grammar, head: number, end: number): boolean {
  const p = sv.pos(head);
  if (p === Pos.NOUN || p === Pos.PROPN) {
    if (nounAgent(sv, head)) return true;
    if (agentAfter(sv, end, sv.to) >= 0) return true;
    const lv = lightVerbBefore(sv, g, head);
    return lv >= 0 && subjectOf(sv, g, sv.clauseAt(lv), lv) !== null;
  }
  return subjectOf(sv, g, sv.clauseAt(head), head) !== null || agentAfter(sv, end, sv.to) >= 0;
}

export interface CodeSentenceOptions {
  ctx: DocContext;
  contexts?: ContextProvider | null;
}

/** Code sentence `s` of a tagged doc; pushes EventCandidates onto `out`. */
export function codeSentence(doc: Doc, s: number, ps: PatternSet, g: Grammar, opts: CodeSentenceOptions, out: EventCandidate[]): void {
  if (doc.sentTokFrom[s] < 0) return;
  const sv = new SentenceView(doc, s, g);
  if (sv.mentions.length === 0) return;
  const onto = ontology();
  const matches = findTriggers(sv, ps);
  // A speech verb heading a longer trigger ("declared a state of emergency", "announced sanctions on")
  // takes that object: it does not open reported speech.
  let content: Set<number> | null = null;
  for (const m of matches) {
    if (m.slots >= 2 && m.patterns[0].type !== null && g.speech.has(sv.lemma(m.head))) (content ??= new Set()).add(m.head);
  }
  if (content !== null) sv.resegment(g, content);
  const deontic = deonticRequests(sv, g);
  if (matches.length === 0 && deontic.length === 0) return;

  // Pass 1: absorption. An absorbing event (verbal types, the reported-speech REQUEST) takes the
  // triggers of its complement as its content.
  interface Live { m: TriggerMatch | null; head: number; end: number; p: EventPattern; absorbedBy: Live | null; inner: Live | null; reach: number; deonticSubject: number[] | null; deonticMust: boolean }
  const live: Live[] = [];
  for (const d of deontic) live.push({ m: null, head: d.modal, end: d.modal + 1, p: d.must ? DEONTIC_MUST : DEONTIC_SHOULD, absorbedBy: null, inner: null, reach: 0, deonticSubject: d.subject, deonticMust: d.must });
  for (const m of matches) live.push({ m, head: m.head, end: m.ends[0], p: m.patterns[0], absorbedBy: null, inner: null, reach: 0, deonticSubject: null, deonticMust: false });
  live.sort((a, b) => a.head - b.head);
  const heads = new Set<number>();
  for (const e of live) heads.add(e.head);
  for (const e of live) {
    if (e.absorbedBy !== null) continue;
    // Nouns do not take the complements an absorbing verb does ("talks", "dialogue"); an absorbing verb
    // without an actor ("With the signing of ..., X agreed") absorbs nothing.
    const absorbing = e.p.type !== null && e.p.absorb && (e.m === null || e.p.slots[0].pos !== 'N') &&
      (e.deonticSubject !== null || hasActor(sv, g, e.head, e.end));
    e.reach = reachEnd(sv, g, sv.clauseAt(e.head), e.end, absorbing);
    if (!absorbing) continue;
    // The directly governed event ("agreed to visit", "urged X to withdraw", "condemned the attack")
    // refines the code: the first trigger before any other verb.
    let blocked = false;
    let adjunct = false; // a noun after "after", "in", ... is not the governed event
    for (let t = e.end; t < e.reach && !blocked; t++) {
      if (heads.has(t)) {
        const x = live.find((y) => y.head === t);
        const noun = x !== undefined && x.m !== null && x.p.slots[0].pos !== 'V';
        // A blocking pattern ("return to") is no content: look further ("urged X to return to dialogue").
        if (x && x.p.type === null && x.m !== null) {
          t = Math.max(t, x.m.ends[0] - 1);
          continue;
        }
        // An outer trigger that names its content with a specific code ("offered its troops to X to help
        // oust Y": 0332) keeps it; what follows is a purpose, not the content.
        if (x && x.p.type !== null && e.inner === null && !(noun && adjunct) && !namesContent(e.p)) e.inner = x;
        break;
      }
      const pt = sv.pos(t);
      if (pt === Pos.VERB && sv.mentionAt(t) < 0 && !g.speech.has(sv.lemma(t)) && !g.intent.has(sv.lemma(t)) && !g.attempt.has(sv.lemma(t))) blocked = true;
      if (pt === Pos.ADP && !g.complementPreps.has(sv.lower(t))) adjunct = true;
    }
    for (const x of live) {
      if (x === e || x.absorbedBy !== null || x.head < e.end || x.head >= e.reach) continue;
      x.absorbedBy = e;
    }
  }

  const found: EventCandidate[] = [];
  // Events named by a noun inside an adjunct ("since last month's U.S. invasion", "in an attack on ...")
  // are background: kept only when the sentence has no other event.
  const background: EventCandidate[] = [];
  for (const e of live) {
    if (e.absorbedBy !== null) continue;
    // Participle clauses (", killing 20 people") usually tell the outcome of the main event: background too.
    // So do adverbial clauses of prior time, cause or concession ("after U.S. officials alleged ...",
    // "because of ..."): they set the scene of the main event.
    const participle = sv.clauses[sv.clauseAt(e.head)].kind === ClauseKind.Participle || inAdverbial(sv, e.head);
    const sink = participle || (e.m !== null && e.p.slots[0].pos !== 'V' && nounInAdjunct(sv, g, e.head)) ? background : found;
    // Fall back through the head's candidate patterns when one needs a recipient it cannot find.
    const cands = e.m ? e.m.patterns : [e.p];
    for (let ci = 0; ci < cands.length; ci++) {
      const p = cands[ci];
      if (p.type === null) break; // blocking pattern
      const end = e.m ? e.m.ends[ci] : e.end;
      const ok = codeEvent(sv, g, onto, p, e.head, end, e.reach, e.inner ? { p: e.inner.p } : null, e.deonticSubject, opts, sink);
      if (ok) break;
    }
  }
  if (found.length === 0) for (const ev of background) found.push(ev);
  // One event per (type, source, target, direction) in a sentence; an event without a recipient adds
  // nothing next to one of the same type and actor with a recipient ("established ties with and opened an
  // embassy in Tehran").
  const sameSource = (a: EventCandidate, b: EventCandidate): boolean =>
    sameActor(a.source, b.source) || (a.source.country !== null && a.source.country === b.source.country && a.source.org === b.source.org);
  for (const ev of found) {
    const dup = out.some((o) => o.sentence === ev.sentence && o.type === ev.type && sameActor(o.source, ev.source) &&
      ((o.target === null && ev.target === null) || (o.target !== null && ev.target !== null && sameActor(o.target, ev.target))));
    if (dup) continue;
    if (ev.target === null && found.some((o) => o !== ev && o.type === ev.type && o.target !== null && !o.negated && sameSource(o, ev))) continue;
    out.push(ev);
  }
}

/** A multi-word trigger with a code below its type's root ("offer troops" 0332, "seek aid" 023). */
function namesContent(p: EventPattern): boolean {
  return p.slots.length > 1 && !(p.cameo.length === 3 && p.cameo.endsWith('0'));
}

/** Types that, between companies or by a company alone, are business news rather than relations. */
const BUSINESS_DEALINGS = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'SANCTION']);

const DEONTIC_MUST: EventPattern = {
  id: 'request:must', type: 'REQUEST', cameo: '100', mode: null, contexts: [], slots: [], gap: 0, to: new Set(), obj: false,
  noTarget: false, personTarget: false, loc: false, needTo: false, recip: false, swap: false, stative: false, partner: false, weak: false, elite: null, joint: null,
  military: null, peacekeeping: null, absorb: true, frame: null, confidence: 0.8, order: -1,
};
const DEONTIC_SHOULD: EventPattern = { ...DEONTIC_MUST, id: 'request:should', cameo: '020' };

interface DeonticRequest {
  modal: number;
  must: boolean;
  subject: number[];
}

/** "X said Y must/should/needs to ...": a request from the speaker to Y. */
function deonticRequests(sv: SentenceView, g: Grammar): DeonticRequest[] {
  const out: DeonticRequest[] = [];
  for (let t = sv.from; t < sv.to; t++) {
    const low = sv.lower(t);
    let must: boolean;
    if (g.deontic.has(low) && sv.pos(t) === Pos.AUX) must = low === 'must';
    else if (g.deonticVerbs.has(sv.lemma(t)) && t + 1 < sv.to && sv.lower(t + 1) === 'to' && sv.pos(t) !== Pos.NOUN) must = sv.lemma(t) === 'have';
    else continue;
    const c = sv.clauseAt(t);
    const cl = sv.clauses[c];
    if (cl.kind !== ClauseKind.Reported) continue;
    // The subject must be an actor mention of this clause, right before the modal.
    let k = t - 1;
    while (k >= cl.start && (sv.pos(k) === Pos.ADV || sv.pos(k) === Pos.AUX)) k--;
    const j = k >= cl.start ? sv.mentionAt(k) : -1;
    if (j < 0) {
      // "the Sudanese government and the rebels in Darfur must": the first actor of the clause.
      const subj = subjectOf(sv, g, c, t);
      if (!subj || subj.inherited) continue;
      out.push({ modal: t, must, subject: subj.mentions });
      continue;
    }
    const subj = subjectOf(sv, g, c, t);
    out.push({ modal: t, must, subject: subj && !subj.inherited ? subj.mentions : [j] });
  }
  return out;
}

function codeEvent(
  sv: SentenceView, g: Grammar, onto: Ontology, p: EventPattern, head: number, end: number, reach: number,
  inner: { p: EventPattern } | null, deonticSubject: number[] | null, opts: CodeSentenceOptions, out: EventCandidate[],
): boolean {
  const doc = sv.doc;
  const c = sv.clauseAt(head);
  const headPos = sv.pos(head);
  const headIsNoun = deonticSubject === null && (p.slots[0]?.pos === 'N' || ((headPos === Pos.NOUN || headPos === Pos.PROPN) && p.slots[0]?.pos !== 'V'));
  const fr = deonticSubject !== null
    ? { purpose: false, reduced: false, negated: false, modality: 'asserted' as Modality, frame: null, deontic: false, passive: false, factor: 1 }
    : frameOf(sv, g, head, !headIsNoun);
  if (fr.deontic && deonticSubject === null) return true; // an obligation, not an event (unless reported: see deonticRequests)
  // "would have visited", "It would have been the first visit": a counterfactual did not happen.
  if (deonticSubject === null && counterfactual(sv, g, head, headIsNoun)) return true;
  // "invasion forces", "protest movement": an event noun modifying another noun names no event.
  if (headIsNoun && p.slots.length === 1 && end < sv.to && sv.pos(end) === Pos.NOUN && !g.timeWords.has(sv.lower(end)) &&
    (sv.mentionAt(end) < 0 || (sv.mentions[sv.mentionAt(end)].kind === 'sector' && sv.mStart[sv.mentionAt(end)] === end)) &&
    !g.shellNouns.has(sv.lemma(end)) && !g.shellNouns.has(sv.lower(end))) return true;
  if (fr.purpose) return true;
  if (inHypothetical(sv, head)) return true;
  // "A bus crash killed seven", "the plane crashed into a mountain, killing 25": an accident, not an attack.
  if (p.type === 'ASSAULT' && accident(sv, g, head)) return true;
  // "talks between X and Y tomorrow": an event noun dated in the future is a plan.
  if (headIsNoun && fr.modality === 'asserted' && futureDated(sv, head, reach)) {
    fr.modality = 'future';
    fr.frame ??= 'FUTURE';
  }
  if (p.stative) fr.passive = false;
  if (fr.reduced) {
    if (agentAfter(sv, end, reach) < 0) return true;
    fr.passive = true;
  }

  // Type and CAMEO code.
  let type = p.type as PloverType;
  let cameo = p.cameo;
  let mode = p.mode;
  if (inner !== null && inner.p.type !== null) {
    const frameName = p.frame ?? (type === 'REQUEST' && cameo.startsWith('10') ? 'DEMAND' : type);
    const r = g.compose(frameName, inner.p.cameo, inner.p.type);
    if (r) {
      type = r.type;
      cameo = r.cameo;
      mode = onto.cameo(cameo)?.mode ?? mode;
    }
  }
  let conditional = false;
  if (fr.frame !== null && (fr.modality === 'future' || fr.modality === 'possible')) {
    for (let t = end; t < sv.to; t++) if (sv.lower(t) === 'unless') conditional = true;
  }
  const frameName = conditional && fr.frame !== 'NEGFUTURE' ? 'CONDITIONAL' : fr.frame;
  if (frameName !== null && frameName !== 'NEGFUTURE') {
    const r = g.compose(frameName, cameo, type) ?? (frameName === 'PREPARE' ? g.compose('FUTURE', cameo, type) : undefined);
    if (r) {
      type = r.type;
      cameo = r.cameo;
      mode = onto.cameo(cameo)?.mode ?? mode;
    }
  } else if (frameName === 'NEGFUTURE') {
    const r = g.compose(frameName, cameo, type);
    if (r) {
      type = r.type;
      cameo = r.cameo;
      mode = onto.cameo(cameo)?.mode ?? mode;
    }
  }
  let negated = fr.negated && frameName !== 'NEGFUTURE';
  if (frameName === 'NEGFUTURE' && type === p.type) negated = true;

  // Roles.
  let factor = fr.factor * p.confidence;
  let src: number[] | null = null;
  let srcInherited = false;
  let tgt: number[] = [];
  let viaLoc = false;
  let between = false;
  let passivePlace: Mention | null = null;
  let carried: Mention[] | null = null;
  const exclude = new Set<number>();
  if (deonticSubject !== null) {
    const speaker = subjectOf(sv, g, sv.clauses[c].parent >= 0 ? sv.clauses[c].parent : c, sv.clauses[c].speechVerb >= 0 ? sv.clauses[c].speechVerb : sv.clauses[c].start);
    if (!speaker) return false;
    src = speaker.mentions;
    tgt = deonticSubject.filter((j) => !src!.includes(j));
  } else if (headIsNoun) {
    const agent = nounAgent(sv, head);
    if (agent) src = agent;
    else {
      const by = agentAfter(sv, end, reach);
      if (by >= 0) src = [by];
      else {
        const lv = lightVerbBefore(sv, g, head);
        if (lv >= 0) {
          const s = subjectOf(sv, g, sv.clauseAt(lv), lv);
          if (s) {
            src = s.mentions;
            srcInherited = s.inherited;
          }
        } else if (forPurpose(sv, head)) {
          // "negotiators return to Geneva for talks": the subject goes for the event.
          const s = subjectOf(sv, g, sv.clauseAt(head), head);
          if (s && !s.inherited) src = s.mentions;
        }
      }
    }
    if (src) for (const j of src) exclude.add(j);
    if (!p.noTarget) {
      const pick = pickTarget(sv, g, p, end, reach, exclude);
      if (pick) {
        tgt = pick.mentions;
        viaLoc = pick.viaLoc;
        between = pick.between;
      }
    }
    if (!src && between && tgt.length >= 2 && p.recip) {
      src = [tgt[0]];
      tgt = tgt.slice(1);
    }
    factor *= 0.9;
  } else if (fr.passive) {
    const by = agentAfter(sv, end, reach);
    const subj = subjectOf(sv, g, c, head);
    if (by >= 0) {
      src = [by];
      if (subj) tgt = subj.mentions.filter((j) => j !== by);
      else {
        // "A camp for Congolese refugees was attacked by ...": the first actor of the clause.
        for (let t = sv.clauses[c].start; t < head; t++) {
          const j = sv.mentionAt(t);
          if (j >= 0 && sv.clauseAt(t) === c && j !== by) {
            const pr = governingPrep(sv, j, sv.clauses[c].start);
            if (pr === null || pr === 'of' || pr === 'for') tgt = [j];
            break;
          }
        }
      }
    } else if (STATE_ACTIONS.has(type)) {
      // "was arrested in Lebanon", "has been put under investigation in Italy": the state where it happened.
      const where = locativeCountry(sv, end, reach);
      if (!where) return true;
      src = [];
      passivePlace = where;
      if (subj) tgt = subj.mentions;
    } else {
      return true; // agentless passive: the actor is unknown
    }
  } else {
    const subj = subjectOf(sv, g, c, head);
    if (subj) {
      src = subj.mentions;
      srcInherited = subj.inherited;
      for (const j of src) exclude.add(j);
    } else if (opts.ctx.previousActors && opts.ctx.previousActors.length > 0 && pronounSubject(sv, c, head)) {
      // "They also condemned ...": the actors of the previous sentence (the actor layer resolves
      // pronouns when it can; this covers the common case it leaves open).
      carried = opts.ctx.previousActors.map(backref);
      src = [];
      srcInherited = true;
    }
    if (!p.noTarget) {
      const pick = pickTarget(sv, g, inner && inner.p.slots[0]?.pos !== 'N' ? mergeRoles(p, inner.p) : p, head + 1, reach, exclude, end);
      if (pick) {
        if (p.needTo && !pick.viaTo && !(p.loc && pick.viaLoc)) return false;
        tgt = pick.mentions;
        viaLoc = pick.viaLoc;
        between = pick.between;
      } else if (p.needTo && !p.loc) return false;
    }
  }
  if (p.needTo && tgt.length === 0 && !p.loc) return false;
  if ((!src || src.length === 0) && passivePlace === null && carried === null) return true;
  let placeTarget: Mention | null = null;
  if (passivePlace !== null) factor *= 0.7;
  if (tgt.length === 0 && !p.noTarget && (type === 'THREATEN' || frameName === 'CONDITIONAL')) {
    // "threatened to stop talks if the United States goes ahead": the one who must comply.
    const cj = conditionSubject(sv, g, end);
    if (cj) tgt = cj.filter((j) => !src!.includes(j));
  }
  if (tgt.length === 0 && !p.noTarget && (p.loc || (inner !== null && inner.p.loc)) && !fr.passive) {
    // "attacked a market in Kabul", "arrived in Amman": the place's country stands for the recipient.
    placeTarget = placeAsActor(sv, head, reach, p.to.has('from'));
    if (placeTarget) viaLoc = true;
  }
  if (tgt.length === 0 && placeTarget === null && !p.noTarget && p.obj && !headIsNoun && !fr.passive) {
    placeTarget = objectPlaceActor(sv, end, reach);
    if (placeTarget) viaLoc = true;
  }
  if (p.needTo && tgt.length === 0 && placeTarget === null) return false;
  // "blew themselves up": an act on oneself is no event between actors.
  if (tgt.length === 0 && placeTarget === null && !headIsNoun && reflexiveObject(sv, head, end)) return true;
  if (srcInherited) factor *= 0.8;
  if (viaLoc) factor *= 0.8;
  if (p.swap) {
    if (tgt.length === 0) return true;
    const t0 = tgt;
    tgt = src ?? [];
    src = t0;
  }
  const srcList: number[] = src ?? [];

  const sources: Mention[] = [];
  if (passivePlace !== null) sources.push(passivePlace);
  if (carried !== null) for (const m of carried) sources.push(m);
  for (const j of srcList) {
    if (isModifierOnly(sv, j) && srcList.length > 1) continue;
    const local = localised(sv, j);
    if (local) sources.push(local);
    else expand(sv, j, sources);
  }
  const targets: Mention[] = [];
  if (placeTarget) targets.push(placeTarget);
  for (const j of tgt) {
    const local = localised(sv, j);
    if (local) {
      targets.push(local);
      continue;
    }
    // "their foreign ministries": a countryless actor owned by the subject is not a separate recipient.
    const m = sv.mentions[j];
    if (!hasIdentity(m) && m.kind !== 'group') {
      const before = sv.mStart[j] - 1;
      const bl = before >= sv.from ? sv.lower(before) : '';
      if (g.possessives.has(bl)) continue;
    }
    expand(sv, j, targets);
  }
  // With several actors acting together, a countryless recipient adds nothing ("agreed ... on missing people").
  if (p.recip && sources.length >= 2) for (let i = targets.length - 1; i >= 0; i--) if (!hasIdentity(targets[i])) targets.splice(i, 1);
  // "Serb civilians and prisoners": a countryless member of a list after a resolved one is not another recipient.
  if (targets.length > 1) for (let i = targets.length - 1; i >= 1; i--) if (!hasIdentity(targets[i]) && hasIdentity(targets[0])) targets.splice(i, 1);
  // Recipients that cannot be placed in a country or organisation are dropped, and so are foreign forces
  // without one ("a regional peacekeeping force"): they are not of the document's country.
  const sole = soleCountry(sv);
  let foreignRecipient = false;
  for (let i = targets.length - 1; i >= 0; i--) {
    if (!hasIdentity(targets[i]) && foreignForce(sv, g, targets[i])) {
      foreignRecipient = true;
      targets.splice(i, 1);
    } else if (withCountry(targets[i], opts.ctx, sole) === null) targets.splice(i, 1);
  }
  if (p.partner && targets.length === 0 && sources.length < 2) return true;
  if (p.personTarget && !personObject(sv, targets, end)) return true;
  if (p.weak && targets.length === 0 && inner === null) return true;
  let domesticDefault = false;
  let domesticAlone = false;
  if (targets.length === 0 && !p.noTarget && !foreignRecipient) {
    if (DOMESTIC_DEFAULT.has(type) || (p.type !== null && DOMESTIC_DEFAULT.has(p.type))) domesticDefault = true;
    else if (DOMESTIC_IF_ALONE.has(type) && sole !== null) domesticAlone = true;
  }
  // "their countries" naming the actors themselves: a reciprocal event among the actors.
  if (targets.length > 0 && targets.every((t) => sources.some((x) => sameActor(x, t) || (x.country !== null && x.country === t.country)))) {
    if (sources.length >= 2 || targets.every((t) => sources.some((x) => sameActor(x, t)))) targets.length = 0;
  }
  // "Kostunica promised to democratize Serbia": a state named as the recipient of its own actor's act (not
  // as the place of it) is the scope of the act, not a party to it.
  if (!viaLoc && targets.length > 0 && sources.length === 1 && hasIdentity(sources[0])) {
    const own = sources[0].country;
    for (let i = targets.length - 1; i >= 0; i--) {
      const t = targets[i];
      const j = sv.mentions.indexOf(t);
      if (own === null || j < 0 || t.kind !== 'country' || t.possessive || t.modifier || t.country !== own) continue;
      const prep = governingPrep(sv, j);
      if (prep === null || !g.locative.has(prep)) targets.splice(i, 1);
    }
  }

  if (p.joint !== null && new Set(sources.map((m) => m.country ?? m.org)).size >= 2 && targets.length === 0) {
    // "French and Egyptian warships launched war games": joint, hence cooperation.
    type = p.joint.type;
    cameo = p.joint.cameo;
    mode = p.joint.mode;
  }
  if ((p.military !== null || p.peacekeeping !== null) && !headIsNoun) {
    // "NATO peacekeeping troops arrived in Bosnia": an armed force arriving is a deployment, not a visit.
    const force = armedSubject(sv, g, c, head);
    const recode = force === 'peace' ? p.peacekeeping ?? p.military : force === 'troops' ? p.military : null;
    if (recode !== null) {
      type = recode.type;
      cameo = recode.cameo;
      mode = recode.mode;
    }
  }
  if (p.elite !== null && sources.length > 0 && sources.every(isElite)) {
    // "a human rights group protested", "the ministry protested": a verbal protest.
    type = p.elite.type;
    cameo = p.elite.cameo;
    mode = p.elite.mode;
  }
  const entry = onto.cameo(cameo)!;
  const contexts = [...p.contexts];
  if (inner && inner.p.contexts.length) for (const x of inner.p.contexts) if (!contexts.includes(x)) contexts.push(x);
  if (contexts.length === 0) for (const x of entry.contexts) contexts.push(x);
  if (opts.contexts) {
    for (const x of opts.contexts(doc, doc.sentStart[sv.sentence], doc.sentEnd[sv.sentence])) if (!contexts.includes(x)) contexts.push(x);
  }
  const base = {
    sentence: sv.sentence,
    type,
    mode,
    contexts,
    cameo,
    quad: entry.quad,
    goldstein: entry.goldstein,
    negated,
    modality: fr.modality,
    triggerStart: doc.tokStart[head],
    triggerEnd: doc.tokEnd[Math.max(head, end - 1)],
    pattern: p.id,
    start: doc.sentStart[sv.sentence],
    end: doc.sentEnd[sv.sentence],
  };
  const outStart = out.length;
  const emit = (s0: Mention, t0: Mention | null, reciprocal: boolean): void => {
    const s = withCountry(s0, opts.ctx, sole);
    if (!s) return;
    let t: Mention | null = t0 === null ? null : withCountry(t0, opts.ctx, sole);
    if (t !== null && sameActor(s, t)) return;
    // Business among itself ("Japan's Sumitomo Mitsui Financial has withdrawn its offer"): no relation
    // between states.
    // Deals, offers and withdrawals only: business leaders calling for free trade or traders protesting
    // still speak to the state.
    if (s.sector === 'BUS' && BUSINESS_DEALINGS.has(type) && (t === null || t.sector === 'BUS')) return;
    // A statement's "I" / "we" speak for a state: only acts toward another state or organisation are
    // coded ("We urge Ethiopia ...", not "I applaud the House" or "we honor the generations").
    if (s0.firstPerson && (t === null || (t.country !== null && t.country === s.country) || (t.country === null && t.org === null))) return;
    // "Syria will not accept refugees": refugees are not of the country that takes them in.
    if (t0 !== null && t !== null && t !== t0 && t0.sector === 'REF' && t.country === s.country) t = null;
    // "President Bush threatened action against Russia" with Bush unresolved: a state named as the
    // recipient is not the country of an actor the sentence leaves unplaced.
    if (s !== s0 && s0.kind === 'person' && t0 !== null && t !== null && (t.kind === 'country' || t.kind === 'metonym') && !t0.possessive &&
      t.country === s.country && sv.mentions.includes(t0)) return;
    let conf = factor;
    if (!s.certain) conf *= 0.8;
    if (t === null && onto.plover(type).recipient) conf *= 0.7;
    if (t !== null && !t.certain) conf *= 0.9;
    conf = Math.round(Math.max(0.05, Math.min(1, conf)) * 100) / 100;
    if (reciprocal && t !== null && out.some((o) => o.reciprocal && o.type === type && o.target !== null && sameActor(o.source, t!) && sameActor(o.target, s))) return;
    out.push({ ...base, source: s, target: t, reciprocal, confidence: conf });
  };
  // "agreed to lift embargoes on X": the governed event decides whether it is mutual.
  const verbInner = inner !== null && inner.p.slots[0]?.pos !== 'N';
  const recipPattern = (verbInner ? inner!.p.recip && p.recip : p.recip) || (p.joint !== null && type === p.joint.type);
  // PLOVER 2.4.2: a mutual act (agreeing, meeting, cooperating) by a compound actor with no recipient is
  // reciprocal among its members: "Israel and the Palestinians reached a consensus to exchange data".
  // Either the absorbing verb ("agreed", "reached a consensus") or the governed act may make it mutual.
  const mutual = recipPattern || p.recip || (verbInner && inner!.p.recip);
  const partners = targets.length === 0 && mutual && sources.length >= 2 ? distinctActors(sources, opts.ctx, sole) : null;
  if (partners !== null && partners.length >= 2) {
    for (let i = 1; i < partners.length; i++) emit(partners[0], partners[i], true);
  } else if (targets.length === 0) {
    for (const s of sources) {
      const own = domesticDefault || (domesticAlone && withCountry(s, opts.ctx, sole)?.country === sole) ? domesticOf(withCountry(s, opts.ctx, sole) ?? s) : null;
      emit(s, own, false);
    }
  } else if (between && targets.length >= 2) {
    // "mediated between X and Y", "host a meeting between X and Y": a third party with each of them.
    for (const s of sources) for (const t of targets) emit(s, t, false);
  } else {
    for (const s of sources) for (const t of targets) emit(s, t, recipPattern);
  }
  if (cameo === '173' && out.length > outStart && !negated && statesCharge(sv, g, end, reach)) {
    // "jailed 52 members ... on allegations of treason", "arrested for collaborating with Israel": the
    // arrest states an accusation (CAMEO 112), coded with the same actor and recipient.
    const acc = onto.cameo('112')!;
    for (let i = outStart, n = out.length; i < n; i++) {
      out.push({ ...out[i], type: 'ACCUSE', cameo: '112', mode: acc.mode, quad: acc.quad, goldstein: acc.goldstein, contexts: [...out[i].contexts] });
    }
  }
  return true;
}

/** Does an arrest state its charge ("on charges of", "on suspicion of", "for spying")? */
function statesCharge(sv: SentenceView, g: Grammar, from: number, to: number): boolean {
  for (let t = from; t < to - 1; t++) {
    const low = sv.lower(t);
    if (low === 'on' || low === 'over') {
      for (let q = t + 1; q < to && q <= t + 3; q++) if (g.chargeNouns.has(sv.lemma(q)) || g.chargeNouns.has(sv.lower(q))) return true;
    } else if (low === 'for' && sv.pos(t + 1) === Pos.VERB && sv.lower(t + 1).endsWith('ing')) return true;
  }
  return false;
}

/**
 * Is the subject of an attack verb an accident or a disaster ("a bus crash killed seven", "floods killed
 * 40"), or does the act hang off an accident verb ("crashed into a mountain, killing 25")? Words in
 * grammar.json `accidentNouns` / `accidentVerbs`.
 */
function accident(sv: SentenceView, g: Grammar, head: number): boolean {
  const isAccident = (q: number): boolean => g.accidentNouns.has(sv.lemma(q)) || g.accidentNouns.has(sv.lower(q));
  // Back from the verb to the nearest actor: an accident noun or verb on the way is what did it ("Bus
  // Crash Kills Seven, Injures 24", "crashed into a mountain, killing 25"); an actor first is an attacker.
  for (let q = head - 1; q >= sv.from && q >= head - 20; q--) {
    const j = sv.mentionAt(q);
    if (j >= 0) {
      // "into a mountain in Central Venezuela": a place in a prepositional phrase is not the actor ...
      let b = sv.mStart[j] - 1;
      while (b >= sv.from && (sv.pos(b) === Pos.DET || sv.pos(b) === Pos.ADJ || sv.pos(b) === Pos.PROPN || sv.pos(b) === Pos.NUM) && sv.mentionAt(b) < 0) b--;
      // ... or the object of an earlier verb ("killing 10 people and injuring five").
      if (b < sv.from || (sv.pos(b) !== Pos.ADP && sv.pos(b) !== Pos.VERB)) return false;
      if (sv.pos(b) === Pos.VERB) b++;
      q = b;
      continue;
    }
    const p = sv.pos(q);
    if (p === Pos.SCONJ || sv.lower(q) === ';') return false;
    if ((p === Pos.NOUN || p === Pos.PROPN) && isAccident(q)) return true;
    if (p === Pos.VERB && (g.accidentVerbs.has(sv.lemma(q)) || g.accidentVerbs.has(sv.lower(q)))) return true;
  }
  return false;
}
