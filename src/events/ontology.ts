// The event ontology: CAMEO codes (label, Goldstein score, quad class, PLOVER type/mode/contexts) and the
// 16 PLOVER types (quad, default CAMEO code, modes). Compiled once from data/ontology/*.json.

import { PLOVER_TYPES, type PloverType, type Quad } from '../contract.js';
import { readDataFile } from '../knowledge/data-files.js';

export interface CameoEntry {
  code: string;
  name: string;
  goldstein: number;
  quad: Quad;
  /** PLOVER type, null for the CAMEO statement codes PLOVER drops (010-015, 017). */
  plover: PloverType | null;
  mode: string | null;
  contexts: string[];
}

export interface PloverEntry {
  type: PloverType;
  quad: Quad;
  /** Default CAMEO code when a pattern names none. */
  cameo: string;
  score: number;
  recipient: boolean;
  modes: Map<string, number>;
}

export interface Ontology {
  cameo(code: string): CameoEntry | undefined;
  plover(type: PloverType): PloverEntry;
  /** PLOVER type of a CAMEO code (falling back to its parent codes), null when PLOVER drops it. */
  ploverOf(code: string): PloverType | null;
  readonly contexts: ReadonlySet<string>;
  readonly codes: readonly CameoEntry[];
}

interface CameoJson {
  codes: Record<string, { name: string; goldstein: number; quad: Quad; plover: string | null; mode: string | null; ctx?: string[] }>;
}

interface PloverJson {
  types: Record<string, { quad: Quad; cameo: string; score: number; recipient: boolean; modes: Record<string, number> }>;
  contexts: string[];
}

const QUADS = new Set<Quad>(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']);
const TYPE_SET = new Set<string>(PLOVER_TYPES);

export function isPloverType(s: string): s is PloverType {
  return TYPE_SET.has(s);
}

/** Build an ontology from parsed JSON (exported for tests); throws on inconsistent data. */
export function buildOntology(cameoJson: CameoJson, ploverJson: PloverJson): Ontology {
  const contexts = new Set(ploverJson.contexts);
  const types = new Map<PloverType, PloverEntry>();
  for (const [t, e] of Object.entries(ploverJson.types)) {
    if (!isPloverType(t)) throw new Error(`plover.json: unknown type ${t}`);
    if (!QUADS.has(e.quad)) throw new Error(`plover.json: ${t} has bad quad ${e.quad}`);
    types.set(t, { type: t, quad: e.quad, cameo: e.cameo, score: e.score, recipient: e.recipient, modes: new Map(Object.entries(e.modes)) });
  }
  for (const t of PLOVER_TYPES) if (!types.has(t)) throw new Error(`plover.json: type ${t} missing`);
  const byCode = new Map<string, CameoEntry>();
  for (const [code, e] of Object.entries(cameoJson.codes)) {
    if (!/^\d{2,4}$/.test(code)) throw new Error(`cameo.json: bad code ${code}`);
    if (!QUADS.has(e.quad)) throw new Error(`cameo.json: ${code} has bad quad ${e.quad}`);
    if (e.plover !== null && !isPloverType(e.plover)) throw new Error(`cameo.json: ${code} has unknown PLOVER type ${e.plover}`);
    const ctx = e.ctx ?? [];
    for (const c of ctx) if (!contexts.has(c)) throw new Error(`cameo.json: ${code} has unknown context ${c}`);
    byCode.set(code, {
      code, name: e.name, goldstein: e.goldstein, quad: e.quad,
      plover: e.plover as PloverType | null, mode: e.mode, contexts: ctx,
    });
  }
  for (const t of types.values()) {
    if (!byCode.has(t.cameo)) throw new Error(`plover.json: default CAMEO ${t.cameo} of ${t.type} is not in cameo.json`);
  }
  const cameo = (code: string): CameoEntry | undefined => {
    let c = code;
    while (c.length >= 2) {
      const e = byCode.get(c);
      if (e) return e;
      c = c.slice(0, -1);
    }
    return undefined;
  };
  return {
    cameo,
    plover: (t) => types.get(t)!,
    ploverOf: (code) => cameo(code)?.plover ?? null,
    contexts,
    codes: [...byCode.values()],
  };
}

let cached: Ontology | null = null;

/** The ontology compiled from data/ontology (once). */
export function ontology(): Ontology {
  if (cached === null) {
    cached = buildOntology(readDataFile<CameoJson>('ontology', 'cameo.json'), readDataFile<PloverJson>('ontology', 'plover.json'));
  }
  return cached;
}
