// Inflections generated from a lemma: the candidate filter scans raw text for every form of every trigger's
// first word, and the coder maps a token's surface form back to trigger lemmas when wink-nlp's lemma or
// tag is off ("voicing"/NOUN). Regular forms come from spelling rules; irregular ones from
// data/events/grammar/inflections.json. Over-generation is harmless (a form that never occurs costs nothing).

import { readDataFile } from '../knowledge/data-files.js';

interface InflectionsJson {
  verbs: Record<string, string[]>;
  nouns: Record<string, string[]>;
}

let irregular: InflectionsJson | null = null;

function irregulars(): InflectionsJson {
  if (irregular === null) irregular = readDataFile<InflectionsJson>('events/grammar', 'inflections.json');
  return irregular;
}

const VOWELS = 'aeiou';

function isVowel(c: string): boolean {
  return VOWELS.includes(c);
}

/** Consonant-vowel-consonant ending (not w, x, y): candidates for doubling ("stop" -> "stopped"). */
function cvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const a = w[n - 3];
  const b = w[n - 2];
  const c = w[n - 1];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxy'.includes(c);
}

function sibilant(w: string): boolean {
  return /(?:s|x|z|ch|sh)$/.test(w);
}

/** Third person singular / plural. */
function sForm(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (sibilant(w) || /[^aeiou]o$/.test(w)) return w + 'es';
  return w + 's';
}

function edForms(w: string): string[] {
  if (w.endsWith('e')) return [w + 'd'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ied'];
  if (w.endsWith('c')) return [w + 'ked', w + 'ed'];
  const out = [w + 'ed'];
  if (cvc(w)) out.push(w + w[w.length - 1] + 'ed');
  return out;
}

function ingForms(w: string): string[] {
  if (w.endsWith('ie')) return [w.slice(0, -2) + 'ying'];
  if (w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe')) return [w + 'ing'];
  if (w.endsWith('e')) return [w.slice(0, -1) + 'ing', w + 'ing'];
  if (w.endsWith('c')) return [w + 'king', w + 'ing'];
  const out = [w + 'ing'];
  if (cvc(w)) out.push(w + w[w.length - 1] + 'ing');
  return out;
}

/** Every form of a verb lemma (base, -s, -ed, -ing and irregular forms). */
export function verbForms(lemma: string): string[] {
  const out = new Set<string>([lemma, sForm(lemma), ...edForms(lemma), ...ingForms(lemma)]);
  const irr = irregulars().verbs[lemma];
  if (irr) for (const f of irr) out.add(f);
  if (lemma.endsWith('ise')) for (const f of verbForms0(lemma.slice(0, -3) + 'ize')) out.add(f);
  else if (lemma.endsWith('ize')) for (const f of verbForms0(lemma.slice(0, -3) + 'ise')) out.add(f);
  return [...out];
}

function verbForms0(lemma: string): string[] {
  return [lemma, sForm(lemma), ...edForms(lemma), ...ingForms(lemma)];
}

/** Every form of a noun lemma (singular, plural, irregular plural). */
export function nounForms(lemma: string): string[] {
  const out = new Set<string>([lemma, sForm(lemma)]);
  if (lemma.endsWith('s')) out.add(lemma.slice(0, -1));
  const irr = irregulars().nouns[lemma];
  if (irr) for (const f of irr) out.add(f);
  return [...out];
}

/** Forms of a word used in a trigger with the given part of speech ('V', 'N' or '*'). */
export function formsOf(lemma: string, pos: 'V' | 'N' | 'A' | '*'): string[] {
  if (lemma.includes("'") || lemma.includes('-')) return [lemma];
  if (pos === 'V') return verbForms(lemma);
  if (pos === 'N') return nounForms(lemma);
  if (pos === 'A') return [lemma];
  return [...new Set([...verbForms(lemma), ...nounForms(lemma)])];
}
