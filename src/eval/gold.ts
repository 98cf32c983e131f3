// Reading gold sets (JSONL, one sentence per line) into a common shape: the sentence text and its gold
// events as (source codes, target codes, accepted PLOVER types, reciprocal) plus text spans.

import { readFileSync } from 'node:fs';
import type { PloverType } from '../contract.js';
import { readDataFile } from '../knowledge/data-files.js';
import { isPloverType, ontology } from '../events/ontology.js';

export type GoldKind = 'triples' | 'cameo' | 'spans';

export interface GoldEvent {
  /** Accepted PLOVER types (older names may map to several: YIELD -> CONCEDE | RETREAT). */
  types: PloverType[];
  /** Normalised actor codes (empty when the gold names none). */
  sources: string[];
  targets: string[];
  reciprocal: boolean;
  /** Original label ("DEMAND", "0231", ...). */
  label: string;
  /** Text spans of the actors, when the gold gives them. */
  sourceTexts: string[];
  targetTexts: string[];
}

export interface GoldSentence {
  id: string;
  text: string;
  date: string | null;
  dataset: string;
  kind: GoldKind;
  noEvent: boolean;
  events: GoldEvent[];
  /** Events that are neither required nor wrong (background events, second readings): a prediction
   * matching one is not a false positive, and its absence is not a false negative. */
  acceptable: GoldEvent[];
  /** CAMEO codes whose PLOVER type PLOVER drops (statements): such sentences are not scored for type. */
  unscoredType: boolean;
}

interface CodesJson {
  countries: Record<string, string>;
  organisationClass: Record<string, string>;
  legacyTypes: Record<string, string[]>;
}

let codes: CodesJson | null = null;

function codeTables(): CodesJson {
  if (codes === null) codes = readDataFile<CodesJson>('eval', 'codes.json');
  return codes;
}

/** Normalise an actor code for comparison: CAMEO country codes to ISO3, IGO/UNO/EUR to one class. */
export function normaliseCode(code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === '' || code === '***') return null;
  const c = code.toUpperCase();
  const t = codeTables();
  return t.organisationClass[c] ?? t.countries[c] ?? c;
}

/** PLOVER types accepted for a gold label (PLOVER 2 name, older PLOVER name, or CAMEO code). */
export function typesForLabel(label: string): PloverType[] {
  const l = label.trim().toUpperCase();
  if (isPloverType(l)) return [l];
  const legacy = codeTables().legacyTypes[l];
  if (legacy) return legacy.filter(isPloverType);
  if (/^\d{2,4}$/.test(l)) {
    const t = ontology().ploverOf(l);
    return t ? [t] : [];
  }
  return [];
}

interface RawActor {
  code?: string | null;
  text?: string | null;
}

interface RawGold {
  source?: RawActor[] | null;
  target?: RawActor[] | null;
  event?: string;
  event_plover2?: string | null;
  reciprocal?: boolean;
}

interface RawLine {
  dataset?: string;
  id?: string | number;
  date?: string | null;
  text: string;
  gold?: RawGold[];
  acceptable?: RawGold[];
  no_event?: boolean;
}

function actorCodes(xs: RawActor[] | null | undefined): string[] {
  const out: string[] = [];
  for (const a of xs ?? []) {
    const c = normaliseCode(a.code ?? null);
    if (c !== null && !out.includes(c)) out.push(c);
  }
  return out;
}

function actorTexts(xs: RawActor[] | null | undefined): string[] {
  return (xs ?? []).map((a) => a.text ?? '').filter((t) => t !== '');
}

function goldEvent(g: RawGold): GoldEvent {
  const label = g.event_plover2 ?? g.event ?? '';
  return {
    types: typesForLabel(label),
    sources: actorCodes(g.source),
    targets: actorCodes(g.target),
    reciprocal: g.reciprocal === true,
    label,
    sourceTexts: actorTexts(g.source),
    targetTexts: actorTexts(g.target),
  };
}

export function parseGoldLine(line: string, n: number): GoldSentence {
  const r = JSON.parse(line) as RawLine;
  const dataset = r.dataset ?? 'gold';
  const events = (r.gold ?? []).map(goldEvent);
  const acceptable = (r.acceptable ?? []).map(goldEvent);
  const unscoredType = events.some((e) => e.types.length === 0);
  const codedActors = events.some((e) => e.sources.length > 0 || e.targets.length > 0);
  const spans = events.some((e) => e.sourceTexts.length > 0 || e.targetTexts.length > 0);
  const kind: GoldKind = codedActors ? 'triples' : spans ? 'spans' : 'cameo';
  return {
    id: String(r.id ?? n),
    text: r.text,
    date: r.date ?? null,
    dataset,
    kind,
    noEvent: r.no_event === true,
    events,
    acceptable,
    unscoredType: unscoredType && events.every((e) => e.types.length === 0),
  };
}

export function readGold(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '') continue;
    try {
      out.push(parseGoldLine(l, i + 1));
    } catch (e) {
      throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
    }
  }
  return out;
}
