// Function-word classes and recoding frames for the event coder, compiled once from
// data/events/grammar/grammar.json and compose.json.

import type { PloverType } from '../contract.js';
import { readDataFile } from '../knowledge/data-files.js';
import { isPloverType, ontology } from './ontology.js';

export type Frame = string; // 'AGREE' | 'REQUEST' | 'DEMAND' | 'FUTURE' | 'PREPARE' | ...

export interface Recode {
  type: PloverType;
  cameo: string;
}

export interface Grammar {
  speech: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  clauseBreak: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  locative: ReadonlySet<string>;
  subjectBlockPreps: ReadonlySet<string>;
  future: ReadonlySet<string>;
  possible: ReadonlySet<string>;
  deontic: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  be: ReadonlySet<string>;
  /** Lemma -> frame for "plan to", "ready to", "prepare to", "need to". */
  intent: ReadonlyMap<string, string>;
  /** Lemma -> ATTEMPT | ASSERT | NEGATE for "try to", "continue to", "failed to". */
  attempt: ReadonlyMap<string, string>;
  lightVerbs: ReadonlySet<string>;
  /** Day, month and other time words: never a subject ("said Wednesday it would ..."). */
  timeWords: ReadonlySet<string>;
  /** Nouns and verbs (lemmas and forms) of accidents and disasters: an attack verb hanging off them is no attack. */
  accidentNouns: ReadonlySet<string>;
  accidentVerbs: ReadonlySet<string>;
  /** Words before "than" that make a quantity ("more than $4 million"). */
  quantifiers: ReadonlySet<string>;
  /** Verbs of saying that are acts in themselves ("urged", "warned"): lemmas. */
  speechActs: ReadonlySet<string>;
  /** Nouns naming their owner's own stance ("American support for X": the owner acts). */
  stanceNouns: ReadonlySet<string>;
  /** Nouns an event noun may modify and still name the event ("mediation mission", "rescue effort"). */
  shellNouns: ReadonlySet<string>;
  /** Words naming peacekeepers ("peacekeeping troops", "blue helmets"). */
  peacekeeping: ReadonlySet<string>;
  /** Nouns naming the charge an arrest states ("on charges of", "on suspicion of"). */
  chargeNouns: ReadonlySet<string>;
  /** Modifiers that make a countryless force foreign to the document's country ("a regional force"). */
  foreignForce: ReadonlySet<string>;
  /** Modals that with "have" make a counterfactual ("would have visited"): the event did not happen. */
  counterfactual: ReadonlySet<string>;
  /** Lemmas of "need to"/"have to" (a reported obligation: "X must", "X needs to"). */
  deonticVerbs: ReadonlySet<string>;
  /** Adverbs that may sit inside a verb group ("has also condemned", "jointly announced"). */
  groupAdverbs: ReadonlySet<string>;
  /** Contracted or split modal forms wink-nlp may not tag AUX ("'ll", "wo" of "won't", "ca" of "can't"). */
  modalClitics: ReadonlySet<string>;
  /** Coordinating conjunctions that may join two verb phrases ("condemned X and urged Y"). */
  conjunctions: ReadonlySet<string>;
  /** Prepositions that may introduce an event's object or recipient. */
  objectPreps: ReadonlySet<string>;
  /** Prepositions that introduce a recipient whatever the trigger ("against Iraq", "between X and Y"). */
  targetPreps: ReadonlySet<string>;
  /** Words opening a temporal or causal adjunct whose actors are not recipients ("following the deaths of"). */
  adjunctStarts: ReadonlySet<string>;
  /** Prepositions that keep a phrase a complement of the trigger (any other preposition opens an adjunct). */
  complementPreps: ReadonlySet<string>;
  /** Prepositions placing a countryless group in a country ("rebels in the Ivory Coast"). */
  locatingPreps: ReadonlySet<string>;
  /** Prepositions whose actor phrase stays inside a subject noun phrase ("authorities in Croatia"). */
  nounPhrasePreps: ReadonlySet<string>;
  /** Subordinators of clauses that do not assert their event ("if", "unless", "until"). */
  hypotheticalSubordinators: ReadonlySet<string>;
  /** Subordinators of clauses telling what came before or why ("after", "because", "despite"). */
  backgroundSubordinators: ReadonlySet<string>;
  reflexives: ReadonlySet<string>;
  /** Pronouns that count as a clause's subject. */
  subjectPronouns: ReadonlySet<string>;
  /** Subject pronouns that may refer to the previous sentence's actors ("They also condemned ..."). */
  anaphoricSubjects: ReadonlySet<string>;
  /** Possessive determiners tagged PRON ("their foreign ministries"). */
  possessives: ReadonlySet<string>;
  /** Third-person possessive determiners ("its armed struggle"). */
  thirdPossessives: ReadonlySet<string>;
  /** Prepositions that before a number make a quantity ("more than 30", "about 100"). */
  quantityPreps: ReadonlySet<string>;
  /** Adverbs that may precede a quantity in a noun phrase ("nearly", "at least", "up to"). */
  quantityAdverbs: ReadonlySet<string>;
  /** Verb particles that may sit between two trigger slots ("speeded up the withdrawal"). */
  particles: ReadonlySet<string>;
  /** Recode an inner event under a frame; undefined when the frame leaves it unchanged. */
  compose(frame: Frame, innerCameo: string, innerType: PloverType): Recode | undefined;
}

interface GrammarJson {
  speech: string[];
  subordinators: string[];
  relatives: string[];
  complementizers: string[];
  clauseBreak: string[];
  coordinators: string[];
  locative: string[];
  subjectBlockPreps: string[];
  future: string[];
  possible: string[];
  deontic: string[];
  negators: string[];
  be: string[];
  intent: Record<string, string>;
  attempt: Record<string, string>;
  lightVerbs: string[];
  timeWords?: string[];
  accidentNouns?: string[];
  accidentVerbs?: string[];
  quantifiers?: string[];
  speechActs?: string[];
  stanceNouns?: string[];
  shellNouns?: string[];
  peacekeeping?: string[];
  chargeNouns?: string[];
  foreignForce?: string[];
  counterfactual?: string[];
  deonticVerbs?: string[];
  groupAdverbs?: string[];
  modalClitics?: string[];
  conjunctions?: string[];
  objectPreps?: string[];
  targetPreps?: string[];
  adjunctStarts?: string[];
  complementPreps?: string[];
  locatingPreps?: string[];
  nounPhrasePreps?: string[];
  hypotheticalSubordinators?: string[];
  backgroundSubordinators?: string[];
  reflexives?: string[];
  subjectPronouns?: string[];
  anaphoricSubjects?: string[];
  possessives?: string[];
  thirdPossessives?: string[];
  quantityPreps?: string[];
  quantityAdverbs?: string[];
  particles?: string[];
}

type ComposeJson = Record<string, Record<string, string | { type: string; c: string }> | string>;

const KEEP: Recode = { type: 'AGREE', cameo: '=' };

export function buildGrammar(g: GrammarJson, compose: ComposeJson): Grammar {
  const onto = ontology();
  const frames = new Map<string, Map<string, Recode>>();
  for (const [frame, table] of Object.entries(compose)) {
    if (typeof table === 'string') continue; // "about"
    const m = new Map<string, Recode>();
    for (const [key, v] of Object.entries(table)) {
      if (v === '=') {
        // The frame keeps the governed event as it is ("ordered the arrest of X": the arrest).
        m.set(key, KEEP);
        continue;
      }
      const cameo = typeof v === 'string' ? v : v.c;
      const entry = onto.cameo(cameo);
      if (!entry) throw new Error(`compose.json: ${frame}.${key}: unknown CAMEO code ${cameo}`);
      const type = typeof v === 'string' ? entry.plover : v.type;
      if (type === null || !isPloverType(type)) throw new Error(`compose.json: ${frame}.${key}: no PLOVER type for ${cameo}`);
      if (!/^\d+$/.test(key) && !isPloverType(key)) throw new Error(`compose.json: ${frame}: bad key ${key}`);
      m.set(key, { type, cameo });
    }
    frames.set(frame, m);
  }
  const set = (a: string[]): ReadonlySet<string> => new Set(a.map((w) => w.toLowerCase()));
  return {
    speech: set(g.speech),
    subordinators: set(g.subordinators),
    relatives: set(g.relatives),
    complementizers: set(g.complementizers),
    clauseBreak: set(g.clauseBreak),
    coordinators: set(g.coordinators),
    locative: set(g.locative),
    subjectBlockPreps: set(g.subjectBlockPreps),
    future: set(g.future),
    possible: set(g.possible),
    deontic: set(g.deontic),
    negators: set(g.negators),
    be: set(g.be),
    intent: new Map(Object.entries(g.intent)),
    attempt: new Map(Object.entries(g.attempt)),
    lightVerbs: set(g.lightVerbs),
    timeWords: set(g.timeWords ?? []),
    accidentNouns: set(g.accidentNouns ?? []),
    accidentVerbs: set(g.accidentVerbs ?? []),
    quantifiers: set(g.quantifiers ?? []),
    speechActs: set(g.speechActs ?? []),
    stanceNouns: set(g.stanceNouns ?? []),
    shellNouns: set(g.shellNouns ?? []),
    peacekeeping: set(g.peacekeeping ?? []),
    chargeNouns: set(g.chargeNouns ?? []),
    foreignForce: set(g.foreignForce ?? []),
    counterfactual: set(g.counterfactual ?? []),
    deonticVerbs: set(g.deonticVerbs ?? []),
    groupAdverbs: set(g.groupAdverbs ?? []),
    modalClitics: set(g.modalClitics ?? []),
    conjunctions: set(g.conjunctions ?? []),
    objectPreps: set(g.objectPreps ?? []),
    targetPreps: set(g.targetPreps ?? []),
    adjunctStarts: set(g.adjunctStarts ?? []),
    complementPreps: set(g.complementPreps ?? []),
    locatingPreps: set(g.locatingPreps ?? []),
    nounPhrasePreps: set(g.nounPhrasePreps ?? []),
    hypotheticalSubordinators: set(g.hypotheticalSubordinators ?? []),
    backgroundSubordinators: set(g.backgroundSubordinators ?? []),
    reflexives: set(g.reflexives ?? []),
    subjectPronouns: set(g.subjectPronouns ?? []),
    anaphoricSubjects: set(g.anaphoricSubjects ?? []),
    possessives: set(g.possessives ?? []),
    thirdPossessives: set(g.thirdPossessives ?? []),
    quantityPreps: set(g.quantityPreps ?? []),
    quantityAdverbs: set(g.quantityAdverbs ?? []),
    particles: set(g.particles ?? []),
    compose(frame, innerCameo, innerType) {
      const m = frames.get(frame);
      if (!m) return undefined;
      let r: Recode | undefined;
      for (let n = Math.min(4, innerCameo.length); n >= 2 && r === undefined; n--) r = m.get(innerCameo.slice(0, n));
      r ??= m.get(innerType);
      return r === KEEP ? { type: innerType, cameo: innerCameo } : r;
    },
  };
}

let cached: Grammar | null = null;

export function grammar(): Grammar {
  if (cached === null) {
    cached = buildGrammar(
      readDataFile<GrammarJson>('events/grammar', 'grammar.json'),
      readDataFile<ComposeJson>('events/grammar', 'compose.json'),
    );
  }
  return cached;
}
