// Gathering per-sentence span lists (dates, places) for chosen sentences into one list sorted by start.

import type { Doc } from './doc.js';

export function gatherSentences<T extends { start: number }>(doc: Doc, sentences: Iterable<number>, perSentence: (doc: Doc, i: number) => T[]): T[] {
  const out: T[] = [];
  for (const i of sentences) {
    if (i < 0 || i >= doc.sentenceCount) continue;
    for (const x of perSentence(doc, i)) out.push(x);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
