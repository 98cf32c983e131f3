// Event patterns: compiled once from data/events/*.json into a lookup keyed by the trigger's first lemma,
// plus a character trie of every inflected form of every first word (for the raw-text candidate filter)
// and a map from surface forms back to trigger lemmas.
//
// Trigger syntax (`t`): space-separated slots; a slot lists alternative lemmas separated by "|", with an
// optional part-of-speech suffix "/V" (verb), "/N" (noun), "/A" (adjective) or "/*" (any). The first slot
// (the head) is a verb unless marked; later slots match any part of speech. Up to `gap` tokens (default 4)
// may separate consecutive slots. An alternative written with underscores ("break_off") is a phrase of
// adjacent words.

import type { PloverType } from '../contract.js';
import { readDataFile, readTopic } from '../knowledge/data-files.js';
import { formsOf } from './inflect.js';
import { isPloverType, ontology } from './ontology.js';

export type SlotPos = 'V' | 'N' | 'A' | '*';

export interface Slot {
  /** Single-word alternatives. */
  words: ReadonlySet<string>;
  /** Multi-word alternatives ("break_off" -> ['break', 'off']), matched on adjacent tokens. */
  phrases: readonly string[][];
  pos: SlotPos;
  /** A later slot of function words only ("call on", "call for"): an actor between it and the verb is
   *  the verb's object, so the phrase does not match across it. */
  particle: boolean;
}

export interface EventPattern {
  id: string;
  /** null for blocking patterns ("decline to comment"): they match and emit nothing. */
  type: PloverType | null;
  cameo: string;
  mode: string | null;
  contexts: string[];
  slots: Slot[];
  gap: number;
  /** Prepositions introducing the recipient ("with", "on", "against"). */
  to: ReadonlySet<string>;
  /** A direct object may be the recipient. */
  obj: boolean;
  /** The event has no recipient. */
  noTarget: boolean;
  /** The recipient must be a named person right after the trigger ("called President X"), not a thing
   *  named ("called Russia a terrorist state"). */
  personTarget: boolean;
  /** A place named by a locative phrase ("in Kabul") may stand for the recipient when nothing else does. */
  loc: boolean;
  /** Only applies when a recipient introduced by one of `to` is found. */
  needTo: boolean;
  recip: boolean;
  /** Recoding when the actor is a state, organisation or official rather than a crowd ("X protested"). */
  elite: { type: PloverType; cameo: string; mode: string | null } | null;
  /** Recoding when the actor is an armed force ("troops arrived in X" is no diplomatic visit). */
  military: { type: PloverType; cameo: string; mode: string | null } | null;
  /** Recoding when that force is peacekeepers ("NATO peacekeeping troops arrived in Bosnia": AID 074). */
  peacekeeping: { type: PloverType; cameo: string; mode: string | null } | null;
  /** Recoding when several countries act together ("French and Egyptian warships held exercises"). */
  joint: { type: PloverType; cameo: string; mode: string | null } | null;
  /** Needs a recipient or several actors ("signed" alone is often a footballer's contract). */
  partner: boolean;
  /** Needs a recipient or a governed event ("warned that ..." is often just a statement). */
  weak: boolean;
  /** "is committed to": the participle is a state, not a passive. */
  stative: boolean;
  /** Subject is the recipient, object the actor ("hosted", "received aid from"). */
  swap: boolean;
  /** Triggers in this event's complement are part of it ("agreed to visit", "urged X to withdraw"). */
  absorb: boolean;
  /** Compose frame for the governed event (grammar/compose.json), when not the type's own. */
  frame: string | null;
  confidence: number;
  /** Order of definition (ties between equally long matches go to the earlier pattern). */
  order: number;
}

interface PatternJson {
  t: string;
  id?: string;
  type?: string | null;
  c?: string;
  mode?: string | null;
  ctx?: string[];
  to?: string;
  obj?: boolean;
  tgt?: 'none' | 'person';
  loc?: boolean;
  needTo?: boolean;
  recip?: boolean;
  swap?: boolean;
  stative?: boolean;
  partner?: boolean;
  weak?: boolean;
  elite?: { type: string; c: string; mode?: string | null };
  military?: { type: string; c: string; mode?: string | null };
  peacekeeping?: { type: string; c: string; mode?: string | null };
  joint?: { type: string; c: string; mode?: string | null };
  absorb?: boolean;
  frame?: string;
  conf?: number;
  gap?: number;
  block?: boolean;
}

interface PatternFileJson {
  type: string;
  cameo?: string;
  patterns: PatternJson[];
}

const VERBAL_TYPES = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Trie over a-z used to test raw-text words without slicing strings. */
export class FormTrie {
  private next: Int32Array;
  private term: Uint8Array;
  private size = 1;

  constructor(capacity = 4096) {
    this.next = new Int32Array(capacity * 26).fill(-1);
    this.term = new Uint8Array(capacity);
  }

  add(word: string): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) - 97;
      if (c < 0 || c >= 26) return; // only plain a-z forms are indexed
      const at = node * 26 + c;
      let nx = this.next[at];
      if (nx < 0) {
        if (this.size * 26 >= this.next.length) this.grow();
        nx = this.size++;
        this.next[at] = nx;
      }
      node = nx;
    }
    this.term[node] = 1;
  }

  private grow(): void {
    const n = new Int32Array(this.next.length * 2).fill(-1);
    n.set(this.next);
    this.next = n;
    const t = new Uint8Array(this.term.length * 2);
    t.set(this.term);
    this.term = t;
  }

  /** Step from `node` by lower-case letter code `c` (97..122); -1 when no form continues. */
  step(node: number, c: number): number {
    return this.next[node * 26 + (c - 97)];
  }

  isTerminal(node: number): boolean {
    return this.term[node] === 1;
  }

  has(word: string): boolean {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) {
      const c = word.charCodeAt(i);
      if (c < 97 || c > 122) return false;
      node = this.step(node, c);
    }
    return node >= 0 && this.isTerminal(node);
  }
}

export interface PatternSet {
  /** Patterns by head lemma, longest first then in definition order. */
  byHead: Map<string, EventPattern[]>;
  /**
   * Every inflected form of the words the candidate filter looks for: the head of one-word patterns and
   * the last slot of longer ones (content nouns such as "sanctions" or "talks" are rarer than their
   * verbs "impose" or "hold", so fewer sentences need tagging).
   */
  headForms: FormTrie;
  /** Surface form -> lemmas it may inflect (head and later slots). */
  formLemmas: Map<string, string[]>;
  /** Surface form -> patterns whose head it may inflect (union of byHead over its lemmas). */
  byForm: Map<string, EventPattern[]>;
  all: EventPattern[];
}

function parseSlot(s: string, head: boolean): Slot {
  let pos: SlotPos = head ? 'V' : '*';
  let body = s;
  const m = /\/(V|N|A|\*)$/.exec(s);
  if (m) {
    pos = m[1] as SlotPos;
    body = s.slice(0, -2);
  }
  const words = new Set<string>();
  const phrases: string[][] = [];
  for (const alt of body.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean)) {
    if (alt.includes('_')) phrases.push(alt.split('_').filter(Boolean));
    else words.add(alt);
  }
  if (words.size === 0 && phrases.length === 0) throw new Error(`empty trigger slot '${s}'`);
  return { words, phrases, pos, particle: false };
}

function compileElite(e: { type: string; c: string; mode?: string | null }, where: string): EventPattern['elite'] {
  if (!isPloverType(e.type)) throw new Error(`${where}: elite: unknown type ${e.type}`);
  const entry = ontology().cameo(e.c);
  if (!entry) throw new Error(`${where}: elite: unknown CAMEO code ${e.c}`);
  return { type: e.type, cameo: e.c, mode: e.mode ?? entry.mode };
}

/** Compile pattern files (exported for tests and for user data folders). */
/** The slot the candidate filter keys on: the one with the fewest alternatives, avoiding frequent words. */
function keySlot(p: EventPattern, poor: ReadonlySet<string>): number {
  let best = 0;
  let bestScore = Infinity;
  p.slots.forEach((slot, i) => {
    const words = [...slot.words, ...slot.phrases.map((ph) => ph[0])];
    const score = words.some((w) => poor.has(w)) ? 1000 + words.length : words.length;
    if (score <= bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

export function compilePatterns(files: { path: string; json: PatternFileJson }[], poor: ReadonlySet<string> = new Set()): PatternSet {
  const onto = ontology();
  const all: EventPattern[] = [];
  const ids = new Set<string>();
  let order = 0;
  for (const f of files) {
    const fileType = f.json.type;
    if (!isPloverType(fileType)) throw new Error(`${f.path}: unknown PLOVER type ${fileType}`);
    if (!Array.isArray(f.json.patterns)) throw new Error(`${f.path}: no "patterns" array`);
    for (const p of f.json.patterns) {
      const where = `${f.path}: pattern '${p.t}'`;
      if (typeof p.t !== 'string' || p.t.trim() === '') throw new Error(`${where}: missing trigger`);
      const slots = p.t.trim().split(/\s+/).map((s, i) => parseSlot(s, i === 0));
      for (let i = 1; i < slots.length; i++) slots[i].particle = slots[i].phrases.length === 0 && [...slots[i].words].every((w) => poor.has(w));
      const typeName = p.block ? null : (p.type ?? fileType);
      if (typeName !== null && !isPloverType(typeName)) throw new Error(`${where}: unknown type ${typeName}`);
      const type = typeName as PloverType | null;
      const cameo = p.c ?? (type && type !== fileType ? onto.plover(type).cameo : f.json.cameo ?? onto.plover(fileType as PloverType).cameo);
      const entry = onto.cameo(cameo);
      if (!entry) throw new Error(`${where}: unknown CAMEO code ${cameo}`);
      const contexts = [...(p.ctx ?? entry.contexts)];
      for (const c of contexts) if (!onto.contexts.has(c)) throw new Error(`${where}: unknown context ${c}`);
      let id = p.id ?? `${fileType.toLowerCase()}:${p.t.trim()}`;
      if (ids.has(id)) id = `${id}#${order}`;
      ids.add(id);
      all.push({
        id,
        type,
        cameo,
        mode: p.mode !== undefined ? p.mode : entry.mode,
        contexts,
        slots,
        gap: p.gap ?? 4,
        to: new Set((p.to ?? '').split('|').map((w) => w.trim()).filter(Boolean)),
        obj: p.obj ?? true,
        noTarget: p.tgt === 'none',
        personTarget: p.tgt === 'person',
        loc: p.loc ?? false,
        needTo: p.needTo ?? false,
        recip: p.recip ?? false,
        swap: p.swap ?? false,
        stative: p.stative ?? false,
        partner: p.partner ?? false,
        weak: p.weak ?? false,
        elite: p.elite ? compileElite(p.elite, where) : null,
        military: p.military ? compileElite(p.military, where) : null,
        peacekeeping: p.peacekeeping ? compileElite(p.peacekeeping, where) : null,
        joint: p.joint ? compileElite(p.joint, where) : null,
        absorb: p.absorb ?? (type !== null && VERBAL_TYPES.has(type)),
        frame: p.frame ?? null,
        confidence: p.conf ?? 1,
        order: order++,
      });
    }
  }
  const byHead = new Map<string, EventPattern[]>();
  const headForms = new FormTrie();
  const formLemmas = new Map<string, string[]>();
  const addForm = (form: string, lemma: string): void => {
    const l = formLemmas.get(form);
    if (!l) formLemmas.set(form, [lemma]);
    else if (!l.includes(lemma)) l.push(lemma);
  };
  for (const p of all) {
    const key = keySlot(p, poor);
    p.slots.forEach((slot, i) => {
      const pos: SlotPos = slot.pos === 'A' ? 'A' : i === 0 ? slot.pos : '*';
      for (const w of slot.words) {
        for (const form of formsOf(w, pos)) {
          addForm(form, w);
          if (i === key) headForms.add(form);
        }
      }
      for (const ph of slot.phrases) {
        for (const form of formsOf(ph[0], pos)) {
          addForm(form, ph[0]);
          if (i === key) headForms.add(form);
        }
        for (let k = 1; k < ph.length; k++) for (const form of formsOf(ph[k], '*')) addForm(form, ph[k]);
      }
    });
    const heads = new Set<string>(p.slots[0].words);
    for (const ph of p.slots[0].phrases) heads.add(ph[0]);
    for (const w of heads) {
      const l = byHead.get(w);
      if (l) l.push(p);
      else byHead.set(w, [p]);
    }
  }
  for (const l of byHead.values()) l.sort((a, b) => b.slots.length - a.slots.length || a.order - b.order);
  const byForm = new Map<string, EventPattern[]>();
  const addHeadForm = (form: string, lemma: string): void => {
    const ps = byHead.get(lemma);
    if (!ps) return;
    const cur = byForm.get(form);
    if (!cur) byForm.set(form, [...ps]);
    else for (const p of ps) if (!cur.includes(p)) cur.push(p);
  };
  for (const [form, lemmas] of formLemmas) for (const l of lemmas) addHeadForm(form, l);
  for (const l of byHead.keys()) addHeadForm(l, l);
  return { byHead, headForms, formLemmas, byForm, all };
}

let cached: PatternSet | null = null;

/** The pattern set compiled from data/events/*.json (built-in then user folders), once. */
export function patterns(): PatternSet {
  if (cached === null) {
    const files = readTopic<PatternFileJson>('events').filter((f) => Array.isArray(f.json.patterns));
    const g = readDataFile<{ poorKeys?: string[] }>('events/grammar', 'grammar.json');
    cached = compilePatterns(files, new Set(g.poorKeys ?? []));
  }
  return cached;
}
