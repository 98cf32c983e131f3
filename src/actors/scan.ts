// The raw-text scanner: one pass over a sentence with a hand-written loop over word boundaries. Each
// word's folded hash is computed while reading it; only words whose hash is present in the lexicon's
// bitmaps (upper-case words against all first tokens, lower-case words against the few lower-case
// forms: titles, sector nouns, group phrases, pronouns) go on to a trie walk. No regex, no per-word
// allocation: hits are written into reusable parallel arrays.

import { C_DIGIT, C_MARK, C_OTHER, C_UPPER, CLS, FOLD, FOLD_MULTI, foldEquals, H0, isSpaceCode, normPunctCode } from './chars.js';
import { hkey, type Lexicon, type Node, type Sense } from './lexicon.js';

const MULTI = 0xffff;

/** Hits of one document, in text order. */
export class Hits {
  start: number[] = [];
  end: number[] = [];
  node: Node[] = [];
  /** 1 when the first character of the hit is upper case (or a digit). */
  upper: number[] = [];
  sent: number[] = [];
  n = 0;

  reset(): void {
    this.n = 0;
  }

  push(start: number, end: number, node: Node, upper: boolean, sent: number): void {
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.node[i] = node;
    this.upper[i] = upper ? 1 : 0;
    this.sent[i] = sent;
  }
}

// Terminal stack of one trie walk.
const termNode: Node[] = [];
const termEnd: number[] = [];

/** True when the text span equals the sense's exact spelling, ignoring white space. */
export function exactEquals(text: string, start: number, end: number, surface: string): boolean {
  let k = 0;
  const n = surface.length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    while (k < n && surface.charCodeAt(k) === 32) k++;
    if (k >= n || normPunctCode(surface.charCodeAt(k)) !== normPunctCode(c)) return false;
    k++;
  }
  while (k < n && surface.charCodeAt(k) === 32) k++;
  return k === n;
}

/** A sense can apply to text[start, end) given the case of its first character. */
export function senseApplies(s: Sense, text: string, start: number, end: number, upper: boolean): boolean {
  if (!upper && !s.lowerOk) return false;
  if (s.cased && !exactEquals(text, start, end, s.surface)) return false;
  return true;
}

function anyApplies(senses: Sense[], text: string, start: number, end: number, upper: boolean): boolean {
  for (let i = 0; i < senses.length; i++) if (senseApplies(senses[i], text, start, end, upper)) return true;
  return false;
}

/**
 * Walk the trie from the word text[ws, we) (already hashed to h). Returns the end of the longest
 * applicable match and pushes the hit, or -1.
 */
function matchAt(lex: Lexicon, text: string, ws: number, we: number, h: number, upper: boolean, limit: number,
  hits: Hits, sent: number): number {
  let node: Node | null = lex.root.get(hkey(h)) ?? null;
  while (node !== null && !foldEquals(text, ws, we, node.tok)) node = node.next;
  if (node === null) return -1;
  let nt = 0;
  if (node.senses !== null) { termNode[nt] = node; termEnd[nt] = we; nt++; }
  let pos = we;
  while (node.kids !== null) {
    // Skip white space (at most one line break).
    let p = pos;
    let nl = 0;
    while (p < limit) {
      const c = text.charCodeAt(p);
      if (c === 10) { if (++nl > 1) break; p++; }
      else if (isSpaceCode(c)) p++;
      else break;
    }
    if (p >= limit || nl > 1) break;
    const c = text.charCodeAt(p);
    const cls = CLS[c];
    let child: Node | null;
    let tEnd: number;
    if (cls === C_OTHER) {
      const nc = normPunctCode(c);
      child = node.kids.get(hkey(Math.imul(H0 ^ nc, 16777619))) ?? null;
      while (child !== null && !(child.tok.length === 1 && child.tok.charCodeAt(0) === nc)) child = child.next;
      tEnd = p + 1;
    } else {
      // A word token: must follow white space or punctuation (always true here).
      let q = p;
      let th = H0;
      while (q < limit) {
        const d = text.charCodeAt(q);
        if (CLS[d] === C_OTHER) break;
        const f = FOLD[d];
        if (f !== 0) {
          if (f !== MULTI) th = Math.imul(th ^ f, 16777619);
          else { const s = FOLD_MULTI.get(d)!; for (let k = 0; k < s.length; k++) th = Math.imul(th ^ s.charCodeAt(k), 16777619); }
        }
        q++;
      }
      child = node.kids.get(hkey(th)) ?? null;
      while (child !== null && !foldEquals(text, p, q, child.tok)) child = child.next;
      tEnd = q;
    }
    if (child === null) break;
    node = child;
    pos = tEnd;
    if (node.senses !== null) { termNode[nt] = node; termEnd[nt] = pos; nt++; }
  }
  for (let k = nt - 1; k >= 0; k--) {
    const n = termNode[k];
    if (anyApplies(n.senses!, text, ws, termEnd[k], upper)) {
      hits.push(ws, termEnd[k], n, upper, sent);
      return termEnd[k];
    }
  }
  return -1;
}

/** Scan text[from, to) (one sentence) and append its hits. */
export function scanRange(lex: Lexicon, text: string, from: number, to: number, sent: number, hits: Hits): void {
  const allBits = lex.allBits;
  const lowerBits = lex.lowerBits;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let cls = CLS[c];
    if (cls === C_OTHER || cls === C_MARK) { i++; continue; }
    const ws = i;
    const upper = cls === C_UPPER || cls === C_DIGIT;
    let h = H0;
    for (;;) {
      const f = FOLD[c];
      if (f !== 0) {
        if (f !== MULTI) h = Math.imul(h ^ f, 16777619);
        else { const s = FOLD_MULTI.get(c)!; for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619); }
      }
      i++;
      if (i >= to) break;
      c = text.charCodeAt(i);
      cls = CLS[c];
      if (cls === C_OTHER) break;
    }
    const bk = (h ^ (h >>> 16)) & 0xffff;
    if ((upper ? allBits[bk] : lowerBits[bk]) === 1) {
      const end = matchAt(lex, text, ws, i, h, upper, to, hits, sent);
      if (end > i) i = end;
    }
  }
}
