// The events component: codes every tagged candidate sentence into EventCandidates (doc.events).

import type { Component } from '../pipeline.js';
import type { Doc } from '../text/doc.js';
import type { EventCandidate } from './candidate.js';
import { codeSentence, type ContextProvider } from './code.js';
import type { DocContext } from './identity.js';
import { grammar } from './grammar.js';
import { patterns } from './patterns.js';
import { contextsForSpan } from '../topics/component.js';
import { dateline } from '../places/extract.js';

let contextProvider: ContextProvider | null = contextsForSpan;

/** Let src/topics (or a user) add PLOVER contexts for an event's sentence. */
export function setContextProvider(fn: ContextProvider | null): void {
  contextProvider = fn;
}

/** The document's most-mentioned country (certain mentions count double), or null. */
export function mainCountry(doc: Doc): string | null {
  return countryRanking(doc).main;
}

/** The main country, and whether it dominates (at least twice the weight of the next one). */
export function countryRanking(doc: Doc): { main: string | null; dominant: boolean } {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.country === null) continue;
    counts.set(m.country, (counts.get(m.country) ?? 0) + (m.certain ? 2 : 1));
  }
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > bestN) {
      second = bestN;
      best = c;
      bestN = n;
    } else if (n > second) second = n;
  }
  return { main: best, dominant: best !== null && bestN >= 2 * second };
}

/** Code all tagged candidate sentences of a doc. */
export function codeEvents(doc: Doc): EventCandidate[] {
  const ps = patterns();
  const g = grammar();
  const ctx: DocContext = { mainCountry: null, previousActors: null };
  let ctxDone = false;
  const out: EventCandidate[] = [];
  const cand = doc.candidate;
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (cand.length > s && cand[s] === 0) continue;
    if (doc.sentTokFrom[s] < 0) continue;
    if (!ctxDone) {
      const r = countryRanking(doc);
      ctx.mainCountry = r.main;
      ctx.dominant = r.dominant;
      ctx.placeCountry = dateline(doc)?.country ?? null;
      ctxDone = true;
    }
    const before = out.length;
    codeSentence(doc, s, ps, g, { ctx, contexts: contextProvider }, out);
    // What a following "They ..." may refer to: the actors of this sentence's first event.
    if (out.length > before) {
      const first = out[before];
      ctx.previousActors = out.filter((e, i) => i >= before && e.pattern === first.pattern && e.triggerStart === first.triggerStart)
        .map((e) => e.source).filter((m, i, a) => a.indexOf(m) === i);
      if (first.reciprocal && first.target) ctx.previousActors.push(first.target);
    }
  }
  return out;
}

export const eventsComponent: Component = {
  name: 'events',
  needs: ['tokens', 'mentions'],
  sets: ['events'],
  run(doc) {
    doc.events = codeEvents(doc);
  },
};
