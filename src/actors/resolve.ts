// Resolving one actor string (for `entente resolve "<actor text>" [--date YYYY-MM-DD]`): the string is
// read as a one-sentence document dated `date`, and the mention covering most of it is returned.

import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { recognise } from './recognise.js';
import type { Mention } from './mention.js';
import type { Provenance } from '../contract.js';

export interface ResolvedActor {
  text: string;
  country: string | null;
  sector: string | null;
  name: string | null;
  role: string | null;
  certain: boolean;
  /** Organisation id, when the actor is (or belongs to) an international organisation or group. */
  org: string | null;
  /** PLOVER entity code (ISO3, KOS, IGO, UNO...). */
  code: string | null;
  kind: string | null;
  provenance: Provenance | null;
}

const KIND_ORDER: Record<string, number> = { person: 0, sector: 1, org: 2, metonym: 3, country: 4, demonym: 5, group: 6, pronoun: 7 };

/** Pick the head mention: the longest span, then the most specific kind. */
function head(ms: Mention[]): Mention | null {
  let best: Mention | null = null;
  for (const m of ms) {
    if (m.kind === 'group' || m.kind === 'pronoun') continue;
    if (best === null) { best = m; continue; }
    const lm = m.end - m.start;
    const lb = best.end - best.start;
    if (lm > lb || (lm === lb && (KIND_ORDER[m.kind] ?? 9) < (KIND_ORDER[best.kind] ?? 9))) best = m;
  }
  return best;
}

export function resolveActor(text: string, date?: string | null): ResolvedActor {
  const doc = new Doc(text, { id: 'resolve', published: date ?? null, title: null });
  segment(doc);
  const ms = recognise(doc, { lenient: true });
  const m = head(ms);
  if (m === null) {
    return { text, country: null, sector: null, name: null, role: null, certain: false, org: null, code: null, kind: null, provenance: null };
  }
  return {
    text, country: m.country, sector: m.sector, name: m.name, role: m.role, certain: m.certain, org: m.org, code: m.code,
    kind: m.kind, provenance: m.provenance,
  };
}
