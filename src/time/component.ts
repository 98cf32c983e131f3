// The dates component: date expressions of the sentences that carry events or relations (chrono-node
// behind a cheap prefilter), into doc.dates sorted by start. Parsing every sentence would cost more
// than the rest of the pipeline, and a date matters only where there is a fact to date; `dateFor`
// (attach.ts) parses further sentences on demand (the paragraph before, the document's first date)
// and caches them per document.

import type { Component } from '../pipeline.js';
import type { Doc } from '../text/doc.js';
import { datesForSentences } from './extract.js';
import { isHistory } from './attach.js';

/** Sentences that hold an event or a relation, in order. */
export function factSentences(doc: Doc): number[] {
  const set = new Set<number>();
  for (const e of doc.events) set.add(e.sentence);
  for (const r of doc.relations) set.add(r.evidence.sentence);
  return [...set].sort((a, b) => a - b);
}

export const datesComponent: Component = {
  name: 'dates',
  needs: ['sentences', 'events', 'relations'],
  sets: ['dates', 'events'],
  run(doc) {
    doc.dates = datesForSentences(doc, factSentences(doc));
    // Background history ("In 1846, the United States declared war on Mexico") is not coded.
    if (doc.events.length > 0) doc.events = doc.events.filter((e) => !isHistory(doc, e.sentence, e.triggerStart));
  },
};

export { datesForSentences } from './extract.js';

/** Every sentence index (for tools and tests that want all dates of a document). */
export function everySentence(doc: Doc): number[] {
  const all: number[] = new Array(doc.sentenceCount);
  for (let i = 0; i < all.length; i++) all[i] = i;
  return all;
}
