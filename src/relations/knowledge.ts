// Relationship knowledge (data/relations/*.json), compiled once: the tier ladder, change verbs,
// diplomatic-relations phrases, joint-statement phrases and the small word lists the rules consult
// (negation, hedges, 'to', fillers, passive auxiliaries). Every JSON file of data/relations is read
// (built-in first, then user folders); lists are concatenated, scalars are taken from the last file
// that sets them, and a tier whose id is already known gains phrases (its rank is the last one given).

import type { Relation } from '../contract.js';
import { readTopic } from '../knowledge/data-files.js';
import { PhraseMatcher, expandPhrase, wordHash } from '../topics/phrases.js';

export type Change = NonNullable<Relation['change']>;
export type TargetKind = 'tier' | 'diplomatic-relations';
const CHANGES: readonly Change[] = ['upgrade', 'establish', 'downgrade', 'reaffirm', 'sever', 'restore'];

export interface TierDef {
  id: string;
  rank: number;
}

/** What a phrase found in a sentence means. One phrase may carry several roles ("suspend"). */
export type Role =
  | { r: 'tier'; tier: TierDef; pairOnly: boolean }
  | { r: 'dip'; change: Change | null }
  | { r: 'stmt' }
  | { r: 'block' }
  | { r: 'notAfter' }
  | { r: 'okAfter' }
  | { r: 'cue'; change: Change; kinds: readonly TargetKind[] | null; needsTo: boolean; order: number }
  | { r: 'historic' }
  | { r: 'neg' }
  | { r: 'hedge' }
  | { r: 'first' }
  | { r: 'stmtVerb' }
  | { r: 'firstAnywhere' };

export interface RelationKnowledge {
  matcher: PhraseMatcher<Role>;
  tiers: Map<string, TierDef>;
  diplomatic: TierDef;
  window: number;
  /** Cues other than 'upgrade ... to <tier>' claim a target at most this many words after them. */
  nearWindow: number;
  firstWindow: number;
  betweenWord: number;
  /** 'to new heights', 'to the next level': an upgrade verb without a new tier. */
  levelWords: Set<number>;
  articles: Set<number>;
  /** Word hashes (see phrases.ts) of single-word lists. */
  toWords: Set<number>;
  fillers: Set<number>;
  passive: Set<number>;
  /** Words before a cue-less tier that make it a statement of the current tier ("their", "the", "are"). */
  standing: Set<number>;
  from: number;
  /** Words allowed between a target and a passive cue after it, besides the parties' mentions. */
  between: Set<number>;
  /** Word starts whose presence makes a sentence worth examining (data: tiers.json `heads`). */
  heads: string[];
  /** One precompiled scan for `heads` (global, case-insensitive). */
  headRe: RegExp;
}

interface TierJson { id: string; rank?: number; phrases?: string[]; pairOnly?: string[] }
interface ChangeJson { change: string; phrases: string[]; kinds?: string[]; needsTo?: boolean }
interface RelationsFile {
  version?: number;
  heads?: string[];
  tiers?: TierJson[];
  notTiers?: string[];
  window?: number;
  nearWindow?: number;
  blocks?: string[];
  notAfter?: string[];
  okAfter?: string[];
  levelWords?: string[];
  changes?: ChangeJson[];
  historic?: string[];
  negation?: string[];
  hedge?: string[];
  toWords?: string[];
  fillers?: string[];
  passive?: string[];
  standing?: string[];
  between?: string[];
  diplomatic?: { phrases?: string[]; withChange?: { change: string; phrases: string[] }[] };
  statements?: string[];
  notStatements?: string[];
  statementVerbs?: string[];
  firstWindow?: number;
  first?: string[];
  firstAnywhere?: string[];
}

let cached: RelationKnowledge | null = null;

export function relationKnowledge(): RelationKnowledge {
  if (cached === null) cached = buildRelationKnowledge(readTopic<RelationsFile>('relations'));
  return cached;
}

export function resetRelationKnowledge(): void {
  cached = null;
}

function asChange(s: string, where: string): Change {
  if (!(CHANGES as readonly string[]).includes(s)) throw new Error(`${where}: unknown change '${s}'`);
  return s as Change;
}

function hashes(words: string[]): Set<number> {
  const out = new Set<number>();
  for (const w of words) {
    const h = wordHash(w);
    if (h >= 0) out.add(h);
  }
  return out;
}


export function buildRelationKnowledge(files: { path: string; json: RelationsFile }[]): RelationKnowledge {
  const matcher = new PhraseMatcher<Role>();
  const tiers = new Map<string, TierDef>();
  const tierPhrases: { tier: string; phrase: string; pairOnly: boolean }[] = [];
  let window = 16;
  let nearWindow = 5;
  let firstWindow = 5;
  const lists = { toWords: [] as string[], fillers: [] as string[], passive: [] as string[], standing: [] as string[], between: [] as string[], levelWords: [] as string[] };
  const heads = new Set<string>();
  const targets: string[] = [];
  let order = 0;

  for (const { path, json } of files) {
    if (json.version !== undefined && json.version !== 1) throw new Error(`${path}: unsupported version ${json.version}`);
    for (const h of json.heads ?? []) heads.add(h.toLowerCase());
    for (const t of json.tiers ?? []) {
      if (typeof t.id !== 'string') throw new Error(`${path}: tier without id`);
      const prev = tiers.get(t.id);
      const rank = t.rank ?? prev?.rank;
      if (typeof rank !== 'number') throw new Error(`${path}: tier '${t.id}' has no rank`);
      if (prev) prev.rank = rank;
      else tiers.set(t.id, { id: t.id, rank });
      for (const p of t.phrases ?? []) tierPhrases.push({ tier: t.id, phrase: p, pairOnly: false });
      for (const p of t.pairOnly ?? []) tierPhrases.push({ tier: t.id, phrase: p, pairOnly: true });
    }
    for (const p of json.notTiers ?? []) matcher.add(p, { r: 'block' });
    if (typeof json.window === 'number') window = json.window;
    if (typeof json.nearWindow === 'number') nearWindow = json.nearWindow;
    for (const p of json.blocks ?? []) matcher.add(p, { r: 'block' });
    for (const p of json.notAfter ?? []) matcher.add(p, { r: 'notAfter' });
    for (const p of json.okAfter ?? []) matcher.add(p, { r: 'okAfter' });
    lists.levelWords.push(...(json.levelWords ?? []));
    if (typeof json.firstWindow === 'number') firstWindow = json.firstWindow;
    for (const c of json.changes ?? []) {
      const change = asChange(c.change, path);
      const kinds = c.kinds ? c.kinds.map((k) => {
        if (k !== 'tier' && k !== 'diplomatic-relations') throw new Error(`${path}: unknown kind '${k}'`);
        return k as TargetKind;
      }) : null;
      const role: Role = { r: 'cue', change, kinds, needsTo: c.needsTo === true, order: order++ };
      for (const p of c.phrases) matcher.add(p, role);
    }
    for (const p of json.historic ?? []) matcher.add(p, { r: 'historic' });
    for (const p of json.negation ?? []) matcher.add(p, { r: 'neg' });
    for (const p of json.hedge ?? []) matcher.add(p, { r: 'hedge' });
    lists.toWords.push(...(json.toWords ?? []));
    lists.fillers.push(...(json.fillers ?? []));
    lists.passive.push(...(json.passive ?? []));
    lists.standing.push(...(json.standing ?? []));
    lists.between.push(...(json.between ?? []));
    for (const p of json.diplomatic?.phrases ?? []) {
      matcher.add(p, { r: 'dip', change: null });
      targets.push(p);
    }
    for (const w of json.diplomatic?.withChange ?? []) {
      const change = asChange(w.change, path);
      for (const p of w.phrases) {
        matcher.add(p, { r: 'dip', change });
        targets.push(p);
      }
    }
    for (const p of json.statements ?? []) {
      matcher.add(p, { r: 'stmt' });
      targets.push(p);
    }
    for (const p of json.notStatements ?? []) matcher.add(p, { r: 'block' });
    for (const p of json.statementVerbs ?? []) matcher.add(p, { r: 'stmtVerb' });
    for (const p of json.first ?? []) matcher.add(p, { r: 'first' });
    for (const p of json.firstAnywhere ?? []) matcher.add(p, { r: 'firstAnywhere' });
  }
  for (const { tier, phrase, pairOnly } of tierPhrases) {
    matcher.add(phrase, { r: 'tier', tier: tiers.get(tier)!, pairOnly });
    targets.push(phrase);
  }
  let diplomatic = tiers.get('diplomatic relations');
  if (!diplomatic) diplomatic = { id: 'diplomatic relations', rank: 1 };
  heads.delete('');
  const escape = (h: string): string => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const headRe = new RegExp(`\\b(?:${[...heads].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'gi');
  for (const p of targets) {
    for (const v of expandPhrase(p.replace(/^=/, ''))) {
      headRe.lastIndex = 0;
      if (!headRe.test(v)) throw new Error(`relations: phrase '${v}' holds none of the head words (tiers.json heads)`);
    }
  }
  return {
    matcher,
    tiers,
    diplomatic,
    window,
    nearWindow,
    firstWindow,
    betweenWord: wordHash('between'),
    levelWords: hashes(lists.levelWords),
    articles: hashes(['a', 'an', 'the', 'even', 'ever']),
    toWords: hashes(lists.toWords),
    fillers: hashes(lists.fillers),
    passive: hashes(lists.passive),
    standing: hashes(lists.standing),
    from: wordHash('from'),
    between: hashes(lists.between),
    heads: [...heads].sort(),
    headRe,
  };
}
