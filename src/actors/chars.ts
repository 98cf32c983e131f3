// Character classes and diacritic folding for the actor scanner, as flat tables indexed by UTF-16 code
// unit, built once. Folding maps a letter to its lower-case base letters: 'Ø' -> 'o', 'é' -> 'e',
// 'ğ' -> 'g', 'ı' -> 'i', 'ß' -> 'ss', 'Æ' -> 'ae'. Combining marks (decomposed text) fold to nothing.
// The same folding is applied when compiling surface forms and when scanning, so "Støre", "Store" and
// "STØRE" meet in one key.

/** Character classes. */
export const C_OTHER = 0;
export const C_LOWER = 1;
export const C_UPPER = 2;
export const C_DIGIT = 3;
/** A combining mark: part of the word, folds to nothing. */
export const C_MARK = 4;
/** A letter without case (CJK, Arabic...): part of a word, never starts a capitalised word. */
export const C_CASELESS = 5;

/** FOLD value meaning "folds to the string in FOLD_MULTI". */
const MULTI = 0xffff;

export const CLS = new Uint8Array(65536);
/** Folded code unit (lower case, no diacritic); 0 for none (marks), MULTI for a multi-char fold. */
export const FOLD = new Uint16Array(65536);
export const FOLD_MULTI = new Map<number, string>();

const SPECIAL: Record<string, string> = {
  'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd',
  'ł': 'l', 'Ł': 'l', 'ı': 'i', 'İ': 'i', 'þ': 'th', 'Þ': 'th', 'ð': 'd', 'Ð': 'd', 'ħ': 'h', 'Ħ': 'h',
  'ŧ': 't', 'Ŧ': 't', 'ŀ': 'l', 'Ŀ': 'l', 'ĳ': 'ij', 'Ĳ': 'ij', 'ŉ': 'n', 'ſ': 's', 'ƒ': 'f',
};

(function build(): void {
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const digit = /\p{Nd}/u;
  for (let c = 0; c < 65536; c++) {
    if (c < 128) {
      if (c >= 65 && c <= 90) { CLS[c] = C_UPPER; FOLD[c] = c + 32; }
      else if (c >= 97 && c <= 122) { CLS[c] = C_LOWER; FOLD[c] = c; }
      else if (c >= 48 && c <= 57) { CLS[c] = C_DIGIT; FOLD[c] = c; }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: not part of words
    // CJK unified ideographs: caseless letters that fold to themselves (set without the per-character
    // tests, which were most of this table's start-up cost).
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) { CLS[c] = C_CASELESS; FOLD[c] = c; continue; }
    const ch = String.fromCharCode(c);
    if (mark.test(ch)) { CLS[c] = C_MARK; FOLD[c] = 0; continue; }
    if (digit.test(ch)) { CLS[c] = C_DIGIT; FOLD[c] = c; continue; }
    if (!letter.test(ch)) continue;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    CLS[c] = lower !== ch ? C_UPPER : upper !== ch ? C_LOWER : C_CASELESS;
    let f = SPECIAL[ch];
    if (f === undefined) {
      f = lower.normalize('NFD').replace(/\p{M}/gu, '');
      if (f.length === 0) f = lower;
    }
    if (f.length === 1) FOLD[c] = f.charCodeAt(0);
    else { FOLD[c] = MULTI; FOLD_MULTI.set(c, f); }
  }
})();

/** Folds a whole string (used when compiling surface forms and for keys of learned names). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c];
    if (f === MULTI) out += FOLD_MULTI.get(c)!;
    else if (f !== 0) out += String.fromCharCode(f);
    else if (CLS[c] === C_OTHER) out += normPunct(s[i]);
  }
  return out;
}

/** Punctuation variants that count as the same token: curly apostrophes, unicode hyphens. */
export function normPunctCode(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4) return 39; // '
  if (c === 0x2010 || c === 0x2011) return 45; // -
  return c;
}

function normPunct(ch: string): string {
  return String.fromCharCode(normPunctCode(ch.charCodeAt(0)));
}

export function isWordCode(c: number): boolean {
  return CLS[c] !== C_OTHER;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x2009;
}

// FNV-1a over folded code units.
export const H0 = 0x811c9dc5 | 0;
export function hstep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** Hash of one code unit's fold, folded into h. */
export function hfold(h: number, c: number): number {
  const f = FOLD[c];
  if (f === 0) return h;
  if (f !== MULTI) return Math.imul(h ^ f, 16777619);
  const s = FOLD_MULTI.get(c)!;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h;
}

/** Hash of an already folded token string. */
export function hashFolded(s: string): number {
  let h = H0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** Small key for the presence bitmaps. */
export function bitKey(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

/**
 * True when the word text[start, end) folds to exactly `folded` (a folded token).
 */
export function foldEquals(text: string, start: number, end: number, folded: string): boolean {
  let k = 0;
  const n = folded.length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c];
    if (f === 0) continue;
    if (f !== MULTI) {
      if (k >= n || folded.charCodeAt(k) !== f) return false;
      k++;
    } else {
      const s = FOLD_MULTI.get(c)!;
      for (let j = 0; j < s.length; j++) {
        if (k >= n || folded.charCodeAt(k) !== s.charCodeAt(j)) return false;
        k++;
      }
    }
  }
  return k === n;
}

/** Tokenises a surface form like the scanner does: folded words and single punctuation characters. */
export function tokenize(surface: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = surface.length;
  while (i < n) {
    const c = surface.charCodeAt(i);
    if (isSpaceCode(c)) { i++; continue; }
    if (CLS[c] === C_OTHER) {
      out.push(String.fromCharCode(normPunctCode(c)));
      i++;
      continue;
    }
    let j = i;
    while (j < n && CLS[surface.charCodeAt(j)] !== C_OTHER) j++;
    const w = foldString(surface.slice(i, j));
    if (w.length > 0) out.push(w);
    i = j;
  }
  return out;
}
