// Scoring the coder against a gold set.
//
// - Coded gold (plover-gsr): precision/recall/F1 of (source code, target code, PLOVER type) triples per
//   sentence; a reciprocal gold event (or a reciprocal prediction) matches in either direction; compound
//   actors expand to every source x target pair (a reciprocal event with several actors and no recipient
//   to every pair of them); a sentence marked no_event makes every prediction a false positive.
// - CAMEO codebook examples (no actors): event-type recall, the share of sentences whose predicted types
//   include the PLOVER type of the gold CAMEO code (sentences whose code PLOVER drops are left out).
// - Span gold (plv-train): event-type recall and precision, and how often the predicted actor and
//   recipient overlap the gold spans when the type is right.
// Negated predictions are ignored everywhere.

import type { DocInput } from '../coder.js';
import type { PloverType } from '../contract.js';
import { PLOVER_TYPES } from '../contract.js';
import type { EventCandidate } from '../events/candidate.js';
import type { Doc } from '../text/doc.js';
import { normaliseCode, readGold, type GoldKind, type GoldSentence } from './gold.js';

export interface EvalCoder {
  analyse(input: DocInput): Doc;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SentenceResult {
  id: string;
  text: string;
  gold: string[];
  predicted: string[];
  tp: number;
  fp: number;
  fn: number;
  /** Predictions that matched an `acceptable` gold event (neither true nor false positives). */
  acceptable: number;
  typeHit: boolean | null;
}

export interface EvalReport {
  file: string;
  dataset: string;
  kind: GoldKind;
  sentences: number;
  /** Sentences scored for type (gold type known). */
  typed: number;
  triples: Counts | null;
  /** Predictions that matched an `acceptable` gold event and were left out of the triple counts. */
  acceptableMatches: number;
  /** Triple counts by gold/predicted type. */
  byType: Record<string, Counts>;
  /** Share of typed sentences whose predicted types include a gold type. */
  typeRecall: number;
  /** Share of predicted event types (one per type per sentence) that are gold types. */
  typePrecision: number;
  /** Share of sentences with a prediction whose first predicted type is a gold type. */
  primaryTypeAccuracy: number;
  /** Share of typed sentences with no prediction at all. */
  silent: number;
  /** gold type -> first predicted type ('none' when nothing was predicted) -> count. */
  confusion: Record<string, Record<string, number>>;
  /** Span gold: share of type-correct sentences whose predicted actor / recipient overlaps the gold span. */
  sourceOverlap?: number;
  targetOverlap?: number;
  /** Span gold: share with a CAMEO code whose root matches (CAMEO gold only). */
  cameoRootRecall?: number;
  ms: number;
  sentencesPerSecond: number;
  results: SentenceResult[];
}

interface Triple {
  s: string | null;
  t: string | null;
  type: PloverType;
  recip: boolean;
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function key(t: Triple): string {
  return `${t.s ?? '-'}>${t.t ?? '-'}:${t.type}${t.recip ? '~' : ''}`;
}

/** Gold triples of a sentence (first accepted type of each event stands for all its accepted types). */
function goldTriples(events: GoldSentence['events']): { triple: Triple; types: PloverType[] }[] {
  const out: { triple: Triple; types: PloverType[] }[] = [];
  const seen = new Set<string>();
  const add = (s: string | null, t: string | null, types: PloverType[], recip: boolean): void => {
    if (types.length === 0) return;
    const tr: Triple = { s, t, type: types[0], recip };
    const k = key(tr);
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ triple: tr, types });
  };
  for (const e of events) {
    const sources: (string | null)[] = e.sources.length ? e.sources : [null];
    if (e.reciprocal && e.targets.length === 0 && e.sources.length >= 2) {
      for (let i = 0; i < e.sources.length; i++) {
        for (let j = i + 1; j < e.sources.length; j++) add(e.sources[i], e.sources[j], e.types, true);
      }
      continue;
    }
    const targets: (string | null)[] = e.targets.length ? e.targets : [null];
    for (const s of sources) for (const t of targets) add(s, t, e.types, e.reciprocal);
  }
  return out;
}

function actorCode(m: EventCandidate['source'] | null): string | null {
  if (m === null) return null;
  return normaliseCode(m.code ?? m.country ?? m.org ?? null);
}

function predictedTriples(events: EventCandidate[]): Triple[] {
  const out: Triple[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (e.negated) continue;
    const tr: Triple = { s: actorCode(e.source), t: actorCode(e.target), type: e.type, recip: e.reciprocal };
    const k = key(tr);
    // A reciprocal event is one event whichever way round it was coded.
    const k2 = tr.recip ? key({ ...tr, s: tr.t, t: tr.s }) : k;
    if (seen.has(k) || seen.has(k2)) continue;
    seen.add(k);
    out.push(tr);
  }
  return out;
}

function tripleMatches(g: { triple: Triple; types: PloverType[] }, p: Triple): boolean {
  if (!g.types.includes(p.type)) return false;
  if (g.triple.s === p.s && g.triple.t === p.t) return true;
  return (g.triple.recip || p.recip) && g.triple.s === p.t && g.triple.t === p.s;
}

function overlaps(text: string, span: string, start: number, end: number): boolean {
  if (span === '') return false;
  let from = 0;
  for (;;) {
    const i = text.indexOf(span, from);
    if (i < 0) return false;
    if (i < end && i + span.length > start) return true;
    from = i + 1;
  }
}

export interface EvaluateOptions {
  /** Code at most this many sentences. */
  limit?: number;
}

/** Score `coder` on the gold file at `goldPath`. */
export function evaluate(goldPath: string, coder: EvalCoder, options: EvaluateOptions = {}): EvalReport {
  let gold = readGold(goldPath);
  if (options.limit !== undefined) gold = gold.slice(0, options.limit);
  const kind: GoldKind = gold.some((g) => g.kind === 'triples') ? 'triples' : gold.some((g) => g.kind === 'spans') ? 'spans' : 'cameo';
  const dataset = gold[0]?.dataset ?? 'gold';
  // A date shared by every line is a placeholder, not a publication date.
  const dates = new Set(gold.map((g) => g.date));
  const constantDate = gold.length > 20 && dates.size === 1;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byTypeRaw = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, f: 'tp' | 'fp' | 'fn'): void => {
    let c = byTypeRaw.get(type);
    if (!c) byTypeRaw.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    c[f]++;
  };
  let typed = 0;
  let typeHits = 0;
  let predTypes = 0;
  let predTypeHits = 0;
  let withPred = 0;
  let primaryHits = 0;
  let silent = 0;
  let srcOk = 0;
  let tgtOk = 0;
  let roleN = 0;
  let tgtN = 0;
  let rootHits = 0;
  let acceptableMatches = 0;
  const confusion: Record<string, Record<string, number>> = {};
  const results: SentenceResult[] = [];
  const t0 = performance.now();
  for (const g of gold) {
    const doc = coder.analyse({ id: g.id, text: g.text, published: constantDate ? null : g.date });
    const events = doc.events.filter((e) => !e.negated);
    const goldTypes = new Set<PloverType>();
    for (const e of g.events) for (const t of e.types) goldTypes.add(t);
    const predictedTypeList: PloverType[] = [];
    for (const e of events) if (!predictedTypeList.includes(e.type)) predictedTypeList.push(e.type);
    const res: SentenceResult = { id: g.id, text: g.text, gold: [], predicted: [], tp: 0, fp: 0, fn: 0, acceptable: 0, typeHit: null };

    if (kind === 'triples') {
      const gt = g.noEvent ? [] : goldTriples(g.events);
      const ok = goldTriples(g.acceptable);
      const pt = predictedTriples(events);
      const used = new Set<number>();
      for (const x of gt) {
        let hit = -1;
        for (let i = 0; i < pt.length; i++) {
          if (!used.has(i) && tripleMatches(x, pt[i])) {
            hit = i;
            break;
          }
        }
        if (hit >= 0) {
          used.add(hit);
          res.tp++;
          bump(x.triple.type, 'tp');
        } else {
          res.fn++;
          bump(x.triple.type, 'fn');
        }
      }
      for (let i = 0; i < pt.length; i++) {
        if (used.has(i)) continue;
        if (ok.some((x) => tripleMatches(x, pt[i]))) {
          res.acceptable++;
          continue;
        }
        res.fp++;
        bump(pt[i].type, 'fp');
      }
      acceptableMatches += res.acceptable;
      tp += res.tp;
      fp += res.fp;
      fn += res.fn;
      res.gold = gt.map((x) => key(x.triple));
      res.predicted = pt.map(key);
    } else {
      res.gold = g.events.map((e) => `${e.label}${e.types.length ? '=' + e.types.join('|') : ''}`);
      res.predicted = events.map((e) => `${e.type}:${e.cameo}`);
    }

    if (!g.noEvent && goldTypes.size > 0 && !g.unscoredType) {
      typed++;
      const hit = predictedTypeList.some((t) => goldTypes.has(t));
      res.typeHit = hit;
      if (hit) typeHits++;
      if (predictedTypeList.length === 0) silent++;
      else {
        withPred++;
        if (goldTypes.has(predictedTypeList[0])) primaryHits++;
      }
      for (const t of predictedTypeList) {
        predTypes++;
        if (goldTypes.has(t)) predTypeHits++;
      }
      const gKey = g.events[0].types[0];
      const pKey = predictedTypeList.length ? predictedTypeList.find((t) => goldTypes.has(t)) ?? predictedTypeList[0] : 'none';
      (confusion[gKey] ??= {})[pKey] = (confusion[gKey][pKey] ?? 0) + 1;
      if (kind === 'cameo') {
        const root = g.events[0].label.slice(0, 2);
        if (events.some((e) => e.cameo.slice(0, 2) === root)) rootHits++;
      }
      if (kind === 'spans' && hit) {
        const e = events.find((x) => goldTypes.has(x.type))!;
        const ge = g.events[0];
        if (ge.sourceTexts.length) {
          roleN++;
          if (ge.sourceTexts.some((s) => overlaps(g.text, s, e.source.start, e.source.end))) srcOk++;
        }
        if (ge.targetTexts.length) {
          tgtN++;
          if (e.target && ge.targetTexts.some((s) => overlaps(g.text, s, e.target!.start, e.target!.end))) tgtOk++;
        }
      }
    }
    results.push(res);
  }
  const ms = performance.now() - t0;
  const byType: Record<string, Counts> = {};
  for (const t of [...PLOVER_TYPES, ...byTypeRaw.keys()]) {
    const c = byTypeRaw.get(t);
    if (c && !(t in byType)) byType[t] = counts(c.tp, c.fp, c.fn);
  }
  const report: EvalReport = {
    file: goldPath,
    dataset,
    kind,
    sentences: gold.length,
    typed,
    triples: kind === 'triples' ? counts(tp, fp, fn) : null,
    acceptableMatches,
    byType,
    typeRecall: round(typed ? typeHits / typed : 0),
    typePrecision: round(predTypes ? predTypeHits / predTypes : 0),
    primaryTypeAccuracy: round(withPred ? primaryHits / withPred : 0),
    silent: round(typed ? silent / typed : 0),
    confusion,
    ms: Math.round(ms),
    sentencesPerSecond: Math.round(gold.length / (ms / 1000)),
    results,
  };
  if (kind === 'spans') {
    report.sourceOverlap = round(roleN ? srcOk / roleN : 0);
    report.targetOverlap = round(tgtN ? tgtOk / tgtN : 0);
  }
  if (kind === 'cameo') report.cameoRootRecall = round(typed ? rootHits / typed : 0);
  return report;
}
