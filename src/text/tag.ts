// The wink-nlp adapter: tokenises and POS-tags sentences and appends their tokens, with character
// offsets into the document, to the Doc's flat token store. All the sentences a document needs are
// tagged in one readDoc call (joined by blank lines, which no sentence contains), which saves
// wink-nlp's per-document overhead; only the 'pos' step runs (no sentence splitting, no negation).

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from './doc.js';
import { posFromName } from './pos.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let nlp: WinkNLP | null = null;

function instance(): WinkNLP {
  if (nlp === null) nlp = winkNLP(model, ['pos']);
  return nlp;
}

const SEPARATOR = '\n\n';
const WRAP = /[\n\r\t]/g;

/** Tag the given sentences of `doc` (already tagged ones are skipped), in one wink-nlp call. */
export function tagSentences(doc: Doc, sentences: readonly number[]): void {
  const todo = sentences.filter((i) => doc.sentTokFrom[i] < 0).sort((a, b) => a - b);
  if (todo.length === 0) return;
  const w = instance();
  const its = w.its;
  const parts: string[] = [];
  // Start of each sentence in the joined string.
  const joinedStart: number[] = [];
  let len = 0;
  for (const i of todo) {
    joinedStart.push(len);
    // Line breaks inside a sentence (hard-wrapped text) become spaces of the same length: wink-nlp
    // would make each one a token of its own, which costs time and breaks the tagger's context.
    const s = doc.sentenceText(i);
    parts.push(s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\t') >= 0 ? s.replace(WRAP, ' ') : s);
    len += s.length + SEPARATOR.length;
  }
  const wd = w.readDoc(parts.join(SEPARATOR));
  const tokens = wd.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemma = tokens.out(its.lemma as never) as unknown as string[];
  let k = 0; // index into todo
  let off = 0; // offset in the joined string
  for (let t = 0; t < values.length; t++) {
    off += spaces[t].length;
    const v = values[t];
    if (v.trim().length === 0) {
      // wink-nlp emits line breaks as tokens of their own: they are not words.
      off += v.length;
      continue;
    }
    while (k + 1 < todo.length && off >= joinedStart[k + 1]) {
      doc.sentTokTo[todo[k]] = doc.tokStart.length;
      k++;
    }
    const i = todo[k];
    if (doc.sentTokFrom[i] < 0) doc.sentTokFrom[i] = doc.tokStart.length;
    const base = doc.sentStart[i] - joinedStart[k];
    let start = base + off;
    // wink-nlp keeps the original characters; guard against any normalisation by re-syncing on the text.
    if (!doc.text.startsWith(v, start)) {
      const found = doc.text.indexOf(v, start);
      if (found >= 0 && found < start + 8) start = found;
    }
    const end = Math.min(start + v.length, doc.sentEnd[i]);
    doc.tokStart.push(start);
    doc.tokEnd.push(end);
    doc.tokPos.push(posFromName(pos[t]));
    doc.tokLemma.push((lemma[t] ?? v).toLowerCase());
    doc.tokLower.push(v.toLowerCase());
    off += v.length;
  }
  doc.sentTokTo[todo[k]] = doc.tokStart.length;
  // A sentence that produced no token still counts as tagged (empty range).
  for (const i of todo) {
    if (doc.sentTokFrom[i] < 0) {
      doc.sentTokFrom[i] = doc.tokStart.length;
      doc.sentTokTo[i] = doc.tokStart.length;
    }
  }
}

/** Tag sentence `i` of `doc` (no-op if already tagged). Returns the token range [from, to). */
export function tagSentence(doc: Doc, i: number): [number, number] {
  tagSentences(doc, [i]);
  return [doc.sentTokFrom[i], doc.sentTokTo[i]];
}

/** Warm the model (loading it takes ~100 ms; benchmarks call this before timing). */
export function warmTagger(): void {
  instance().readDoc('Warm up.');
}
