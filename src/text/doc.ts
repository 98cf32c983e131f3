// The document model. A Doc owns the text, the sentence boundaries and a flat token store; sentences,
// tokens and mentions are views (indices and offsets) into it, never copies of the text.
//
// Tokens exist only for sentences that the pipeline chose to tag (see text/tag.ts): most sentences of a
// corpus carry no international event, and tagging is the expensive step.

import type { DocMeta, Evidence } from '../contract.js';
import type { Mention } from '../actors/mention.js';
import type { EventCandidate } from '../events/candidate.js';
import type { DateMention } from '../time/date-mention.js';
import type { PlaceMention } from '../places/place-mention.js';
import type { Relation, Topic } from '../contract.js';
import { Pos } from './pos.js';

export class Doc {
  readonly text: string;
  readonly meta: DocMeta;

  /** Sentence boundaries, character offsets [start, end). */
  readonly sentStart: number[] = [];
  readonly sentEnd: number[] = [];
  /** For each sentence, the first token index and one past the last; both -1 while untagged. */
  readonly sentTokFrom: number[] = [];
  readonly sentTokTo: number[] = [];

  /** Flat token store (only tagged sentences). */
  readonly tokStart: number[] = [];
  readonly tokEnd: number[] = [];
  readonly tokPos: Pos[] = [];
  /** Lower-case lemma of each token (wink-nlp's lemmatiser). */
  readonly tokLemma: string[] = [];
  /** Lower-case surface form of each token. */
  readonly tokLower: string[] = [];

  /** Actor mentions in document order (actors/). */
  mentions: Mention[] = [];
  /** Sentences worth tagging and coding (set by the candidate filter). */
  candidate: Uint8Array = new Uint8Array(0);
  /** Event candidates before dates and places are attached (events/). */
  events: EventCandidate[] = [];
  /** Date expressions found in the text (time/). */
  dates: DateMention[] = [];
  /** Place expressions found in the text (places/). */
  places: PlaceMention[] = [];
  relations: Relation[] = [];
  topics: Topic[] = [];

  constructor(text: string, meta: DocMeta) {
    this.text = text;
    this.meta = meta;
  }

  get sentenceCount(): number {
    return this.sentStart.length;
  }

  get tokenCount(): number {
    return this.tokStart.length;
  }

  sentenceText(i: number): string {
    return this.text.slice(this.sentStart[i], this.sentEnd[i]);
  }

  isTagged(i: number): boolean {
    return this.sentTokFrom[i] >= 0;
  }

  tokenText(t: number): string {
    return this.text.slice(this.tokStart[t], this.tokEnd[t]);
  }

  /** Index of the sentence containing character offset `pos` (binary search). */
  sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentStart[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Index of the first token of the sentence whose start is >= `pos`, or the sentence end. */
  tokenAt(pos: number): number {
    const s = this.sentenceAt(pos);
    const from = this.sentTokFrom[s];
    const to = this.sentTokTo[s];
    if (from < 0) return -1;
    for (let t = from; t < to; t++) if (this.tokEnd[t] > pos) return t;
    return to;
  }

  /** Evidence for a whole sentence. */
  sentenceEvidence(i: number): Evidence {
    const start = this.sentStart[i];
    const end = this.sentEnd[i];
    return { sentence: i, start, end, text: this.text.slice(start, end) };
  }

  /** Evidence for an arbitrary span; the sentence is the one containing `start`. */
  spanEvidence(start: number, end: number): Evidence {
    return { sentence: this.sentenceAt(start), start, end, text: this.text.slice(start, end) };
  }

  /** Mentions inside sentence i (mentions are kept sorted by start). */
  mentionsIn(i: number): Mention[] {
    const s = this.sentStart[i];
    const e = this.sentEnd[i];
    const out: Mention[] = [];
    for (const m of this.mentions) {
      if (m.start >= e) break;
      if (m.start >= s) out.push(m);
    }
    return out;
  }
}
