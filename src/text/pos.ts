// Universal POS tags (as produced by wink-nlp) as small integers for the flat token store.

export const enum Pos {
  X = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, SPACE,
}

const NAMES = ['X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
  'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE'] as const;

const BY_NAME = new Map<string, Pos>(NAMES.map((n, i) => [n, i as Pos]));

export function posFromName(name: string): Pos {
  return BY_NAME.get(name) ?? Pos.X;
}

export function posName(p: Pos): string {
  return NAMES[p] ?? 'X';
}
