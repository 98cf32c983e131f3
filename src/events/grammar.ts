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
  shellNouns?: string[];
  peacekeeping?: string[];
  chargeNouns?: string[];
  foreignForce?: string[];
  counterfactual?: string[];
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
    shellNouns: set(g.shellNouns ?? []),
    peacekeeping: set(g.peacekeeping ?? []),
    chargeNouns: set(g.chargeNouns ?? []),
    foreignForce: set(g.foreignForce ?? []),
    counterfactual: set(g.counterfactual ?? []),
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
