// Name folding for gazetteer keys: lower case, no diacritics, punctuation and hyphens as single spaces,
// so "São Paulo", "Sao Paulo" and "SAO PAULO" meet, as do "Nur-Sultan" and "Nur Sultan" and
// "Washington, D.C." and "Washington DC" (after the "d c" -> "dc" join).

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^a-z0-9]+/g;
const SPECIAL = /[ßæœøđłı]/g;
const SPECIAL_MAP: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ł': 'l', 'ı': 'i' };
const INITIALS = /\b([a-z]) (?=[a-z]\b)/g;

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function foldName(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .replace(SPECIAL, (c) => SPECIAL_MAP[c])
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[’'`]/g, '')
    .replace(NON_ALNUM, ' ')
    .trim()
    .replace(INITIALS, '$1');
}
