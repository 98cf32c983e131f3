// The coding pipeline: an ordered list of small components run over one Doc. Each component declares
// what it needs and what it sets (as spaCy's do); `checkPipeline` verifies the order once at start-up.
// Data flows one way: text -> actors -> events -> dates/places -> relations/topics -> assemble.

import type { Doc } from './text/doc.js';

export interface Component {
  name: string;
  /** Doc attributes this component reads ('sentences', 'mentions', 'tokens', ...). */
  needs: readonly string[];
  /** Doc attributes this component sets. */
  sets: readonly string[];
  run(doc: Doc): void;
}

/** Throws if a component needs something no earlier component sets. */
export function checkPipeline(components: readonly Component[]): void {
  const have = new Set<string>(['text', 'meta']);
  for (const c of components) {
    for (const n of c.needs) {
      if (!have.has(n)) throw new Error(`pipeline: component '${c.name}' needs '${n}', which no earlier component sets`);
    }
    for (const s of c.sets) have.add(s);
  }
}

export function runPipeline(components: readonly Component[], doc: Doc): Doc {
  for (const c of components) c.run(doc);
  return doc;
}
