// A compiled phrase matcher over raw text: words are hashed while the text is walked once, and phrases
// are found through a hash map keyed by their first word (behind a 64K-bit filter, so most words cost
// one array read). No regex, no per-word string. Used by topics/ (issues, PLOVER contexts) and by
// relations/ (tiers, change verbs, joint statements).
//
// Words: runs of letters and digits (any script; Latin letters folded to lower case without accents),
// with an inner apostrophe kept ("Russia's", "didn't"). Everything else separates words, so
// "Indo-Pacific" and "Indo Pacific" are the same two words; URLs ("https://...") are skipped whole. A
// phrase's words must be adjacent, with only spaces, hyphens, dashes or slashes between them (never
// . , ; : ! ? or brackets).
//
// The word buffer is shared by all matchers: read it (or copy what you need) before the next scan,
// and do not scan from inside an onMatch callback.
//
// Phrase syntax (data files): "supply chain(|s)" expands to "supply chain" and "supply chains"; a
// leading "=" makes the phrase case-sensitive ("=WHO" is not "who").

/** Folded code of each character below 0x2000 (0 = not a word character). */
const FOLD = new Uint16Array(0x2000);
(() => {
  const letter = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x2000; c++) {
    if (c >= 0xd800) break;
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    const base = ch.toLowerCase().normalize('NFD');
    FOLD[c] = base.length > 0 ? base.charCodeAt(0) : c;
  }
})();

const APOS = 39;
const RSQUO = 0x2019;

/** Folded code of `c`, or 0 when `c` does not belong to a word (apostrophes are handled by the caller). */
function foldOf(c: number): number {
  if (c < 0x2000) return FOLD[c];
  // CJK and other scripts without case: word characters as they are; symbols and surrogates: not.
  return c >= 0x3040 && c < 0xd800 ? c : (c >= 0xf900 && c < 0xfff0 ? c : 0);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const KEY_MASK = 0x3fffffff;
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** Words of the last scan (shared buffers: read them before the next scan of any matcher). */
export interface WordBuffer {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
}

const words: WordBuffer = { count: 0, start: new Int32Array(4096), end: new Int32Array(4096), hash: new Int32Array(4096) };

function grow(): void {
  const n = words.start.length * 2;
  const s = new Int32Array(n); s.set(words.start); words.start = s;
  const e = new Int32Array(n); e.set(words.end); words.end = e;
  const h = new Int32Array(n); h.set(words.hash); words.hash = h;
}

function urlEnd(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 41 || c === 93 || c === 62 || c === 34 || c === 160 || c === 0x201d;
}

/** Split text[from, to) into words, filling the shared buffer; returns it. */
export function tokenize(text: string, from: number, to: number): WordBuffer {
  let n = 0;
  let i = from;
  while (i < to) {
    let f = foldOf(text.charCodeAt(i));
    if (f === 0) { i++; continue; }
    const s = i;
    let h = FNV_OFFSET;
    for (;;) {
      h = Math.imul(h ^ f, FNV_PRIME);
      i++;
      if (i >= to) break;
      const c = text.charCodeAt(i);
      f = foldOf(c);
      if (f === 0) {
        // Inner apostrophe: "Russia's", "didn't" (not "workers' rights").
        if ((c === APOS || c === RSQUO) && i + 1 < to && foldOf(text.charCodeAt(i + 1)) !== 0) { f = APOS; continue; }
        break;
      }
    }
    // A URL ("https://...", "mailto:..."): skip it whole, scheme included (its slugs are not prose).
    if (i + 2 < to && text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
      i += 3;
      while (i < to && !urlEnd(text.charCodeAt(i))) i++;
      continue;
    }
    if (n === words.start.length) grow();
    words.start[n] = s;
    words.end[n] = i;
    words.hash[n] = h & KEY_MASK;
    n++;
  }
  words.count = n;
  return words;
}

/** Hash of one word as `tokenize` computes it ("" when the string holds no word). */
export function wordHash(word: string): number {
  const w = tokenize(word, 0, word.length);
  return w.count > 0 ? w.hash[0] : -1;
}

/** True when the characters between two words of a phrase keep them in one phrase. */
function softGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 45 || c === 9 || c === 10 || c === 13 || c === 160 || c === 47 || c === 92 ||
      c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x202f) continue;
    return false;
  }
  return true;
}

/** Expand "chain(|s)" alternations: every combination, as separate strings. */
export function expandPhrase(phrase: string): string[] {
  const open = phrase.indexOf('(');
  if (open < 0) return [phrase];
  const close = phrase.indexOf(')', open);
  if (close < 0) throw new Error(`phrase '${phrase}': unbalanced '('`);
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  const out: string[] = [];
  for (const alt of phrase.slice(open + 1, close).split('|')) {
    for (const rest of expandPhrase(tail)) out.push(head + alt + rest);
  }
  return out;
}

interface Compiled<V> {
  len: number;
  hashes: Int32Array;
  /** Folded words, for verification. */
  folded: string[];
  /** Exact words when case-sensitive, else null. */
  exact: string[] | null;
  values: V[];
  text: string;
}

function foldWord(text: string, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const f = foldOf(c);
    out += String.fromCharCode(f === 0 ? APOS : f);
  }
  return out;
}

function sameFolded(text: string, s: number, e: number, w: string): boolean {
  if (e - s !== w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const f = foldOf(text.charCodeAt(s + i));
    if ((f === 0 ? APOS : f) !== w.charCodeAt(i)) return false;
  }
  return true;
}

function sameExact(text: string, s: number, e: number, w: string): boolean {
  if (e - s !== w.length) return false;
  for (let i = 0; i < w.length; i++) {
    let c = text.charCodeAt(s + i);
    if (c === RSQUO) c = APOS;
    if (c !== w.charCodeAt(i)) return false;
  }
  return true;
}

/** Called for each match: the values of the phrase, its character span and its word span [w0, w1). */
export type OnMatch<V> = (values: readonly V[], start: number, end: number, w0: number, w1: number) => void;

export class PhraseMatcher<V> {
  private readonly byText = new Map<string, Compiled<V>>();
  private first = new Map<number, Compiled<V>[]>();
  private filter = new Uint8Array(1 << (FILTER_BITS - 3));
  private compiled = false;

  get size(): number {
    return this.byText.size;
  }

  /** Add a phrase (with "(a|b)" alternations and an optional leading "="); identical phrases merge values. */
  add(phrase: string, value: V): void {
    let p = phrase.trim();
    let exact = false;
    if (p.startsWith('=')) { exact = true; p = p.slice(1); }
    for (const variant of expandPhrase(p)) {
      const w = tokenize(variant, 0, variant.length);
      if (w.count === 0) continue;
      const hashes = new Int32Array(w.count);
      const folded: string[] = [];
      const exactWords: string[] = [];
      for (let k = 0; k < w.count; k++) {
        hashes[k] = w.hash[k];
        folded.push(foldWord(variant, w.start[k], w.end[k]));
        exactWords.push(variant.slice(w.start[k], w.end[k]).replace(/\u2019/g, "'"));
      }
      const key = (exact ? '=' : '') + folded.join(' ') + (exact ? `|${exactWords.join(' ')}` : '');
      const prev = this.byText.get(key);
      if (prev) {
        if (!prev.values.includes(value)) prev.values.push(value);
        continue;
      }
      this.byText.set(key, { len: w.count, hashes, folded, exact: exact ? exactWords : null, values: [value], text: variant });
      this.compiled = false;
    }
  }

  private compile(): void {
    this.first = new Map();
    this.filter = new Uint8Array(1 << (FILTER_BITS - 3));
    for (const c of this.byText.values()) {
      const h = c.hashes[0];
      let list = this.first.get(h);
      if (!list) { list = []; this.first.set(h, list); }
      list.push(c);
      this.filter[(h & FILTER_MASK) >> 3] |= 1 << (h & 7);
    }
    // Longest phrase first, so the first that matches at a position is the longest.
    for (const list of this.first.values()) list.sort((a, b) => b.len - a.len);
    this.compiled = true;
  }

  /**
   * Find phrases in text[from, to), leftmost-longest and without overlap. Returns the word buffer
   * of the scan (valid until the next scan).
   */
  scan(text: string, from: number, to: number, onMatch: OnMatch<V>): WordBuffer {
    if (!this.compiled) this.compile();
    const w = tokenize(text, from, to);
    const n = w.count;
    const hash = w.hash;
    const filter = this.filter;
    let k = 0;
    while (k < n) {
      const h = hash[k];
      if ((filter[(h & FILTER_MASK) >> 3] & (1 << (h & 7))) === 0) { k++; continue; }
      const list = this.first.get(h);
      if (list === undefined) { k++; continue; }
      let hit: Compiled<V> | null = null;
      for (const c of list) {
        if (k + c.len > n) continue;
        if (this.matchesAt(text, w, k, c)) { hit = c; break; }
      }
      if (hit === null) { k++; continue; }
      onMatch(hit.values, w.start[k], w.end[k + hit.len - 1], k, k + hit.len);
      k += hit.len;
    }
    return w;
  }

  private matchesAt(text: string, w: WordBuffer, k: number, c: Compiled<V>): boolean {
    for (let j = 1; j < c.len; j++) if (w.hash[k + j] !== c.hashes[j]) return false;
    for (let j = 0; j < c.len; j++) {
      const s = w.start[k + j];
      const e = w.end[k + j];
      if (c.exact !== null ? !sameExact(text, s, e, c.exact[j]) : !sameFolded(text, s, e, c.folded[j])) return false;
      if (j > 0 && !softGap(text, w.end[k + j - 1], s)) return false;
    }
    return true;
  }
}
