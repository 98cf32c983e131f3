// Sentence segmentation over the raw text, in one pass and without tokenising.
//
// wink-nlp also segments, but only after tokenising the whole document, which costs more than the
// rest of entente's cheap pass; segmenting by hand lets the pipeline tag only the sentences that can
// hold an event. Rules: a sentence ends at . ! ? (optionally followed by closing quotes/brackets) when
// followed by white space and an upper-case letter, digit or opening quote, unless the word before the
// period is a known abbreviation (data/text/segment.json) or a single initial; a blank line always ends a sentence; a line
// break followed by an upper-case start ends a sentence when the line looks like a heading (no
// final punctuation, short).

import type { Doc } from './doc.js';
import { readDataFile } from '../knowledge/data-files.js';

interface SegmentData { abbreviations: string[]; endingAbbreviations: string[]; sentenceOpeners: string[] }
interface SegmentKnowledge { abbrev: Set<string>; ending: Set<string>; openers: Set<string> }
let knowledge: SegmentKnowledge | null = null;

/** data/text/segment.json, compiled once. */
function segmentKnowledge(): SegmentKnowledge {
  if (knowledge === null) {
    const d = readDataFile<SegmentData>('text', 'segment.json');
    knowledge = { abbrev: new Set(d.abbreviations), ending: new Set(d.endingAbbreviations), openers: new Set(d.sentenceOpeners) };
  }
  return knowledge;
}



function isUpperStart(c: number): boolean {
  // A-Z, or any non-ASCII letter that is upper case.
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 160 || c === 0x2028 || c === 0x2029;
}

function isCloser(c: number): boolean {
  // " ' ) ] ” ’ »
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isOpener(c: number): boolean {
  // " ' ( [ “ ‘ «
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab;
}

/** The word (letters and inner periods) ending just before offset `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c > 127;
    if (!letter || isSpace(c)) break;
    i--;
  }
  return text.slice(i + 1, dot).toLowerCase();
}

/** Split `doc.text` into sentences, filling doc.sentStart/sentEnd (trimmed of surrounding space). */
export function segment(doc: Doc): void {
  const text = doc.text;
  const n = text.length;
  let start = 0;
  const wrap = longestLine(text);
  const known = segmentKnowledge();

  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      doc.sentStart.push(s);
      doc.sentEnd.push(e);
      doc.sentTokFrom.push(-1);
      doc.sentTokTo.push(-1);
    }
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Blank line: paragraph break.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        push(start, i);
        start = j + 1;
        i = j;
        continue;
      }
      // A single line break is usually hard wrapping inside a paragraph. It ends a sentence only before
      // a list item, or after a line that is clearly short for this document (a heading, a signature)
      // and has no final punctuation.
      if (j < n && isListMarker(text, j)) {
        push(start, i);
        start = i + 1;
        continue;
      }
      let k = i - 1;
      while (k >= start && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 160)) k--;
      const last = k >= start ? text.charCodeAt(k) : 0;
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const lineLen = i - lineStart;
      if (k >= start && lineLen < 100 && lineLen < wrap * 0.6 && isUpperStart(text.charCodeAt(j))) {
        const lastIsWordEnd = (last >= 65 && last <= 90) || (last >= 97 && last <= 122) || (last >= 48 && last <= 57) || last === 42;
        if (lastIsWordEnd) {
          push(start, i);
          start = i + 1;
        }
      }
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    // Swallow runs of terminators and closers: ?!  ."  .)
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) { i = j - 1; continue; }
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n) break;
    const next = text.charCodeAt(k);
    const nextOk = isUpperStart(next) || (next >= 48 && next <= 57) || isOpener(next);
    if (!nextOk) { i = j - 1; continue; }
    if (c === 46 && j === i + 1) {
      const w = wordBefore(text, i);
      // Single initials ("Jonas G. Store") and known abbreviations do not end a sentence.
      if (w.length === 1 && w >= 'a' && w <= 'z') { continue; }
      if (known.abbrev.has(w)) {
        // "U.S." at the very end of a sentence followed by a common sentence opener still splits.
        if (!known.ending.has(w) || !startsSentenceWord(text, k, known.openers)) continue;
      }
    }
    push(start, j);
    start = k;
    i = k - 1;
  }
  push(start, n);
  doc.candidate = new Uint8Array(doc.sentStart.length);
}


function startsSentenceWord(text: string, k: number, openers: Set<string>): boolean {
  let e = k;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    e++;
  }
  return openers.has(text.slice(k, e));
}

/** Length of the longest line (hard-wrapped text has a narrow, regular maximum). */
function longestLine(text: string): number {
  let max = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (end - from > max) max = end - from;
    if (nl < 0) return max;
    from = nl + 1;
  }
}

/** A list item starts at `j`: "- ", "* ", "• ", "– ", or "1. " / "1) " (after optional spaces). */
function isListMarker(text: string, j: number): boolean {
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const c = text.charCodeAt(j);
  if ((c === 45 || c === 42 || c === 0x2022 || c === 0x2013) && text.charCodeAt(j + 1) === 32) return true;
  let d = j;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  return d > j && d - j <= 3 && (text.charCodeAt(d) === 46 || text.charCodeAt(d) === 41) && text.charCodeAt(d + 1) === 32;
}
