// The candidate filter: a sentence is worth tagging and coding when it names at least one actor and
// contains a word that can start an event trigger. The test runs on the raw text with a character trie of
// every inflected first word of every pattern (no tokenising, no string slicing), so only candidate
// sentences reach the tagger.

import type { Component } from '../pipeline.js';
import type { Doc } from '../text/doc.js';
import { patterns, type FormTrie } from './patterns.js';

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127 || c === 39 || c === 0x2019;
}

/** True when text[start, end) contains a word (ASCII letters, any case) that the trie holds. */
export function hasTriggerWord(text: string, start: number, end: number, trie: FormTrie): boolean {
  let node = 0; // -1: current word cannot be a form
  let inWord = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter) {
      if (!inWord) {
        inWord = true;
        node = 0;
      }
      if (node >= 0) {
        if (c <= 90) c |= 32;
        node = trie.step(node, c);
      }
      continue;
    }
    if (inWord) {
      if (isLetter(c) || c === 45 /* - */) {
        // A hyphen ends a form ("test-fired" holds "test" and "fired"); other letters spoil the word.
        if (c === 45) {
          if (node >= 0 && trie.isTerminal(node)) return true;
          inWord = false;
        } else node = -1;
        continue;
      }
      if (node >= 0 && trie.isTerminal(node)) return true;
      inWord = false;
    }
  }
  return inWord && node >= 0 && trie.isTerminal(node);
}

/**
 * Longest span the segmenter may hand over that is still treated as a sentence. Longer spans with no
 * sentence boundary are tables, lists and markup (on the White House corpus: nine such spans held 7% of
 * the text that would otherwise be tagged, and no event).
 */
export const MAX_CANDIDATE_CHARS = 2000;

/** Mark doc.candidate[i] = 1 for sentences with an actor mention and a trigger word. */
export function markCandidates(doc: Doc): void {
  const n = doc.sentenceCount;
  const cand = new Uint8Array(n);
  const trie = patterns().headForms;
  const ms = doc.mentions;
  let mi = 0;
  for (let s = 0; s < n; s++) {
    const start = doc.sentStart[s];
    const end = doc.sentEnd[s];
    while (mi < ms.length && ms[mi].end <= start) mi++;
    if (end - start > MAX_CANDIDATE_CHARS) continue;
    // An actor that can anchor an international event: a country, organisation, person, group or
    // reference. A bare sector word ("officials", "communities") with no country is not enough: on
    // the White House corpus such sentences held no international event, and they were 43% of the
    // tagging work.
    let anchored = false;
    for (let k = mi; k < ms.length && ms[k].start < end; k++) {
      const m = ms[k];
      if (m.kind !== 'sector' || m.country !== null || m.org !== null) { anchored = true; break; }
    }
    if (anchored && hasTriggerWord(doc.text, start, end, trie)) cand[s] = 1;
  }
  doc.candidate = cand;
}

export const candidatesComponent: Component = {
  name: 'candidates',
  needs: ['sentences', 'mentions'],
  sets: ['candidates'],
  run: markCandidates,
};
