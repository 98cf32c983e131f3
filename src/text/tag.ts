// The wink-nlp adapter: tokenises and POS-tags one sentence and appends its tokens, with character
// offsets into the document, to the Doc's flat token store.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from './doc.js';
import { posFromName } from './pos.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let nlp: WinkNLP | null = null;

function instance(): WinkNLP {
  // 'pos' needs nothing else; sentence boundaries come from text/segment.ts.
  if (nlp === null) nlp = winkNLP(model, ['pos', 'negation']);
  return nlp;
}

/** Tag sentence `i` of `doc` (no-op if already tagged). Returns the token range [from, to). */
export function tagSentence(doc: Doc, i: number): [number, number] {
  if (doc.sentTokFrom[i] >= 0) return [doc.sentTokFrom[i], doc.sentTokTo[i]];
  const w = instance();
  const its = w.its;
  const base = doc.sentStart[i];
  const text = doc.text.slice(base, doc.sentEnd[i]);
  const wd = w.readDoc(text);
  const values = wd.tokens().out(its.value) as string[];
  const spaces = wd.tokens().out(its.precedingSpaces) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const lemma = wd.tokens().out(its.lemma as never) as unknown as string[];
  const neg = wd.tokens().out(its.negationFlag) as unknown as boolean[];
  const from = doc.tokStart.length;
  let off = base;
  for (let t = 0; t < values.length; t++) {
    off += spaces[t].length;
    let v = values[t];
    // wink-nlp keeps the original characters; guard against any normalisation by re-syncing on the text.
    if (doc.text.startsWith(v, off) === false) {
      const found = doc.text.indexOf(v, off);
      if (found >= 0 && found < off + 8) off = found;
      else v = doc.text.slice(off, off + v.length);
    }
    doc.tokStart.push(off);
    doc.tokEnd.push(off + v.length);
    doc.tokPos.push(posFromName(pos[t]));
    doc.tokLemma.push((lemma[t] ?? values[t]).toLowerCase());
    doc.tokLower.push(v.toLowerCase());
    doc.tokNeg.push(neg[t] === true);
    off += v.length;
  }
  const to = doc.tokStart.length;
  doc.sentTokFrom[i] = from;
  doc.sentTokTo[i] = to;
  return [from, to];
}

/** Warm the model (loading it takes ~100 ms; benchmarks call this before timing). */
export function warmTagger(): void {
  instance().readDoc('Warm up.');
}
