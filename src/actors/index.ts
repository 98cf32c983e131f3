// Public surface of the actors layer for the events layer, the CLI and the library.

import type { Doc } from '../text/doc.js';
import type { Mention } from './mention.js';
import { actorKey, selectMembers } from './recognise.js';

export type { Mention, MentionKind } from './mention.js';
export { actorsComponent } from './component.js';
export { resolveActor, type ResolvedActor } from './resolve.js';
export { recognise, actorKey, selectMembers, docDate, roleValidOn, type RecogniseOptions } from './recognise.js';
export { lexicon, resetLexicon } from './lexicon.js';

/**
 * The distinct actors mentioned before character offset `beforeOffset`, most recent first: one mention
 * per country / organisation / named person (its latest mention). Group and pronoun mentions are
 * skipped (their members are already in the list). `limit` caps the number returned.
 */
export function actorsInPlay(doc: Doc, beforeOffset: number, limit = Infinity): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const ms = doc.mentions;
  for (let x = ms.length - 1; x >= 0 && out.length < limit; x--) {
    const m = ms[x];
    if (m.start >= beforeOffset) continue;
    const k = actorKey(m);
    if (k === null || seen.has(k)) continue;
    seen.add(k);
    out.push(m);
  }
  return out;
}

/** The most recent `count` distinct actors before `beforeOffset`, in document order ("the two countries"). */
export function groupInPlay(doc: Doc, beforeOffset: number, count = 2, prefer: 'country' | 'person' | 'any' = 'any'): Mention[] {
  return selectMembers(doc.mentions, beforeOffset, count, prefer, null);
}

/** The actor a mention stands for: itself, or for a group/pronoun its members. */
export function referents(m: Mention): Mention[] {
  return m.members && m.members.length > 0 ? m.members : [m];
}
