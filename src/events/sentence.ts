// A tagged sentence seen by the event coder: its actor mentions mapped onto tokens, and a shallow clause
// segmentation (reported speech, relative and subordinate clauses, participle clauses, coordinated
// clauses) used to find subjects and to bound the reach of a trigger.

import type { Mention } from '../actors/mention.js';
import { Pos } from '../text/pos.js';
import type { Doc } from '../text/doc.js';
import type { Grammar } from './grammar.js';

export const enum ClauseKind {
  Main = 0,
  Reported, // complement of a speech verb or of "that"
  Relative, // "which ...", "who ..."
  Sub, // "after ...", "while ...", "as ..."
  Participle, // ", saying ...", ", killing ..."
  Coord, // ", and Y did ..."
  Paren,
}

export interface Clause {
  kind: ClauseKind;
  parent: number;
  /** First token (absolute index). */
  start: number;
  /** For relative clauses: the mention the pronoun refers to, or -1. */
  antecedent: number;
  endsAtComma: boolean;
  hasVerb: boolean;
  /** Absolute token index of the speech verb that introduced a reported clause, or -1. */
  speechVerb: number;
}

export class SentenceView {
  readonly doc: Doc;
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  readonly mentions: Mention[];
  /** Token range [mStart, mEnd) of each mention (absolute token indices). */
  readonly mStart: number[] = [];
  readonly mEnd: number[] = [];
  /** Mention index covering each token (local index), -1 for none. */
  readonly tokMention: Int32Array;
  /** Clause id of each token (local index). */
  readonly clauseOf: Int32Array;
  readonly clauses: Clause[] = [];
  /** The one country the sentence's actors belong to (computed once by the coder). */
  sole: string | null | undefined = undefined;
  /** The compiled grammar the view was segmented with (word classes for the helpers that take a view). */
  readonly g: Grammar;

  constructor(doc: Doc, sentence: number, g: Grammar) {
    this.doc = doc;
    this.sentence = sentence;
    this.g = g;
    this.from = doc.sentTokFrom[sentence];
    this.to = doc.sentTokTo[sentence];
    const n = this.to - this.from;
    this.mentions = doc.mentionsIn(sentence);
    this.tokMention = new Int32Array(n).fill(-1);
    this.clauseOf = new Int32Array(n);
    this.mapMentions();
    this.segment(g);
  }

  /**
   * Segment again, treating the speech verbs at the given tokens as content verbs: "declared a state of
   * emergency", "announced sanctions" take an object, not a reported clause.
   */
  resegment(g: Grammar, contentVerbs: ReadonlySet<number>): void {
    this.contentVerbs = contentVerbs;
    this.clauses.length = 0;
    this.clauseOf.fill(0);
    this.segment(g);
  }

  private contentVerbs: ReadonlySet<number> | null = null;

  private mapMentions(): void {
    const d = this.doc;
    let t = this.from;
    for (let j = 0; j < this.mentions.length; j++) {
      const m = this.mentions[j];
      while (t < this.to && d.tokEnd[t] <= m.start) t++;
      let s = t;
      // A mention may start inside a token ("U.S.-led"): back up to the token containing its start.
      while (s > this.from && d.tokEnd[s - 1] > m.start) s--;
      let e = s;
      while (e < this.to && d.tokStart[e] < m.end) e++;
      if (e === s) e = Math.min(s + 1, this.to);
      this.mStart.push(s);
      this.mEnd.push(e);
      for (let k = s; k < e; k++) if (this.tokMention[k - this.from] < 0) this.tokMention[k - this.from] = j;
    }
  }

  mentionAt(t: number): number {
    return t >= this.from && t < this.to ? this.tokMention[t - this.from] : -1;
  }

  clauseAt(t: number): number {
    return this.clauseOf[t - this.from];
  }

  pos(t: number): Pos {
    return this.doc.tokPos[t];
  }

  lower(t: number): string {
    return this.doc.tokLower[t];
  }

  lemma(t: number): string {
    return this.doc.tokLemma[t];
  }

  /** A finite-looking verb: past/3sg form or a verb after an auxiliary. */
  isFiniteVerb(t: number): boolean {
    const p = this.pos(t);
    if (p === Pos.AUX) return true;
    if (p !== Pos.VERB) return false;
    const l = this.lower(t);
    return l !== this.lemma(t) && !l.endsWith('ing');
  }

  private newClause(kind: ClauseKind, parent: number, start: number, endsAtComma: boolean, antecedent = -1, speechVerb = -1): number {
    this.clauses.push({ kind, parent, start, antecedent, endsAtComma, hasVerb: false, speechVerb });
    return this.clauses.length - 1;
  }

  /** Mention ending just before token t (skipping one comma), or -1. */
  private mentionBefore(t: number): number {
    let k = t - 1;
    if (k >= this.from && this.lower(k) === ',') k--;
    return k >= this.from ? this.mentionAt(k) : -1;
  }

  /** Is the comma at t inside a list of common nouns ("food, water and fuel")? */
  private listComma(t: number): boolean {
    if (t <= this.from || this.pos(t - 1) !== Pos.NOUN || this.mentionAt(t - 1) >= 0) return false;
    let k = t + 1;
    while (k < this.to && this.pos(k) === Pos.ADJ) k++;
    if (k >= this.to || this.pos(k) !== Pos.NOUN || this.mentionAt(k) >= 0) return false;
    k++;
    if (k >= this.to) return false;
    const nx = this.lower(k);
    return nx === ',' || nx === 'and' || nx === 'or';
  }

  /** True when a verb occurs in (t, stop) before the next comma or clause break. */
  private verbAhead(t: number, max: number): boolean {
    for (let k = t + 1; k < this.to && k <= t + max; k++) {
      const l = this.lower(k);
      if (l === ',' || l === ';' || l === '.') return false;
      if (this.mentionAt(k) >= 0) continue;
      const p = this.pos(k);
      // "as authorities in Croatia cracked down": a prepositional phrase naming an actor stays in the subject.
      if ((p === Pos.ADP && this.g.nounPhrasePreps.has(l)) && k + 1 < this.to && this.mentionAt(k + 1) >= 0) continue;
      if (p === Pos.ADP || l === 'to') return false;
      if (p === Pos.AUX || (p === Pos.VERB && !l.endsWith('ing'))) return true;
    }
    return false;
  }

  /** "TOKYO — ...", "WASHINGTON (Reuters) - ...": a dateline before the first dash of the document. */
  private datelineEnd(): number {
    if (this.doc.sentStart[this.sentence] > 2) return -1;
    const first = this.doc.tokenText(this.from);
    if (first.length < 2 || first !== first.toUpperCase() || first === first.toLowerCase()) return -1;
    for (let t = this.from + 1; t < this.to && t < this.from + 10; t++) {
      const low = this.lower(t);
      if (low === '—' || low === '--' || low === '-' || low === '–') return t + 1;
      const p = this.pos(t);
      if (!(p === Pos.PROPN || p === Pos.PUNCT || p === Pos.NOUN || this.mentionAt(t) >= 0)) return -1;
    }
    return -1;
  }

  private segment(g: Grammar): void {
    let cur = this.newClause(ClauseKind.Main, -1, this.from, false);
    const dl = this.datelineEnd();
    if (dl > 0) {
      // The dateline is a parenthesis of its own; the sentence proper starts after the dash.
      this.clauses[cur].kind = ClauseKind.Paren;
      for (let t = this.from; t < dl; t++) this.clauseOf[t - this.from] = cur;
      cur = this.newClause(ClauseKind.Main, -1, dl, false);
    }
    let pendingReported = -1; // speech verb awaiting its complement
    for (let t = dl > 0 ? dl : this.from; t < this.to; t++) {
      const k = t - this.from;
      const inMention = this.tokMention[k] >= 0;
      if (inMention) {
        if (pendingReported >= 0) {
          cur = this.newClause(ClauseKind.Reported, cur, t, false, -1, pendingReported);
          pendingReported = -1;
        }
        this.clauseOf[k] = cur;
        continue;
      }
      const lw = this.lower(t);
      const lem = this.lemma(t);
      const p = this.pos(t);
      const prev = t > this.from ? this.lower(t - 1) : '';
      const atStart = t === this.clauses[cur].start || prev === ',';

      if (pendingReported >= 0) {
        const sv = pendingReported;
        pendingReported = -1;
        if (!(lw === 'to' || lw === ',' || lw === '.')) {
          if (g.complementizers.has(lw)) {
            cur = this.newClause(ClauseKind.Reported, cur, t + 1, false, -1, sv);
            this.clauseOf[k] = cur;
            continue;
          }
          // "said on Monday that ...": the clause opens at "that" below; here open at the verb's object.
          cur = this.newClause(ClauseKind.Reported, cur, t, false, -1, sv);
        }
      }

      if (lw === ';') {
        cur = this.newClause(ClauseKind.Main, -1, t + 1, false);
        this.clauseOf[k] = cur;
        continue;
      }
      if (lw === ':' ) {
        cur = this.newClause(ClauseKind.Reported, cur, t + 1, false);
        this.clauseOf[k] = cur;
        continue;
      }
      if (lw === '(') {
        this.clauseOf[k] = cur;
        cur = this.newClause(ClauseKind.Paren, cur, t + 1, false);
        continue;
      }
      if (lw === ')') {
        while (this.clauses[cur].kind !== ClauseKind.Paren && this.clauses[cur].parent >= 0) cur = this.clauses[cur].parent;
        if (this.clauses[cur].kind === ClauseKind.Paren) cur = this.clauses[cur].parent;
        this.clauseOf[k] = cur;
        continue;
      }
      if (lw === ',' || lw === '—' || lw === '--') {
        // Close clauses that end at a comma (relative, fronted subordinate, participle), unless the comma
        // separates the members of a list of nouns ("carrying food, water and fuel to ...").
        if (!(lw === ',' && this.listComma(t))) while (this.clauses[cur].endsAtComma && this.clauses[cur].parent >= 0) cur = this.clauses[cur].parent;
        this.clauseOf[k] = cur;
        const nx = t + 1;
        if (nx < this.to && this.mentionAt(nx) < 0 && this.pos(nx) === Pos.VERB && this.lower(nx).endsWith('ing')) {
          cur = this.newClause(ClauseKind.Participle, cur, nx, true);
        }
        continue;
      }
      if (g.relatives.has(lw) && (p === Pos.PRON || p === Pos.DET || p === Pos.ADV || p === Pos.SCONJ)) {
        // Only a subject relative ("X, which accused Y") has the antecedent for subject.
        const np = t + 1 < this.to ? this.pos(t + 1) : Pos.X;
        const subjRel = (lw === 'who' || lw === 'which') && (np === Pos.AUX || np === Pos.VERB || np === Pos.ADV);
        const ante = subjRel ? this.mentionBefore(t) : -1;
        if (lw !== 'where' || ante >= 0) {
          this.clauseOf[k] = cur;
          cur = this.newClause(ClauseKind.Relative, cur, t + 1, true, ante);
          continue;
        }
        // "in Montenegro where 28 people have been killed": a relative clause on a place; the place is not
        // the clause's subject.
        if (t > this.from && (this.mentionAt(t - 1) >= 0 || this.pos(t - 1) === Pos.PROPN || this.pos(t - 1) === Pos.NOUN || this.lower(t - 1) === ',')) {
          this.clauseOf[k] = cur;
          cur = this.newClause(ClauseKind.Relative, cur, t + 1, true, -1);
          continue;
        }
      }
      if (lw === 'that') {
        const prevPos = t > this.from ? this.pos(t - 1) : Pos.X;
        const nextPos = t + 1 < this.to ? this.pos(t + 1) : Pos.X;
        const relative = p !== Pos.SCONJ && (prevPos === Pos.NOUN || prevPos === Pos.PROPN) && (nextPos === Pos.AUX || nextPos === Pos.VERB);
        this.clauseOf[k] = cur;
        if (relative) {
          cur = this.newClause(ClauseKind.Relative, cur, t + 1, true, this.mentionBefore(t));
        } else if (p === Pos.SCONJ || prevPos === Pos.VERB || prevPos === Pos.PUNCT || prevPos === Pos.PROPN || prevPos === Pos.NOUN) {
          const c = this.clauses[cur];
          const parent = c.kind === ClauseKind.Reported && !c.hasVerb ? c.parent : cur;
          const sv = c.kind === ClauseKind.Reported && !c.hasVerb ? c.speechVerb : -1;
          cur = this.newClause(ClauseKind.Reported, parent, t + 1, false, -1, sv);
        }
        continue;
      }
      // "once again", "as well", "as soon as": a subordinator-like word opening an adverb phrase is not one.
      const advAfter = p !== Pos.SCONJ && t + 1 < this.to && this.pos(t + 1) === Pos.ADV && this.mentionAt(t + 1) < 0;
      if (g.subordinators.has(lw) && !advAfter && (p === Pos.SCONJ ? this.verbAhead(t, 12) : (p === Pos.ADP || p === Pos.ADV) && this.verbAhead(t, 7))) {
        this.clauseOf[k] = cur;
        cur = this.newClause(ClauseKind.Sub, cur, t + 1, atStart || t === this.from);
        continue;
      }
      if (p === Pos.CCONJ && g.coordinators.has(lw) && this.clauses[cur].hasVerb) {
        // A new clause when a subject precedes a finite verb: "..., and Japan imposed ...".
        let q = t + 1;
        let subj = false;
        while (q < this.to && q <= t + 8) {
          const mq = this.mentionAt(q);
          const pq = this.pos(q);
          if (mq >= 0 || pq === Pos.DET || pq === Pos.ADJ || pq === Pos.NOUN || pq === Pos.PROPN || pq === Pos.NUM || (pq === Pos.PRON && this.lower(q) !== 'their' && this.lower(q) !== 'its')) {
            if (mq >= 0 || pq === Pos.NOUN || pq === Pos.PROPN || pq === Pos.PRON) subj = true;
            q++;
            continue;
          }
          break;
        }
        if (subj && q < this.to && this.isFiniteVerb(q)) {
          this.clauseOf[k] = cur;
          cur = this.newClause(ClauseKind.Coord, -1, t + 1, false);
          continue;
        }
      }
      this.clauseOf[k] = cur;
      if (p === Pos.VERB || p === Pos.AUX) this.clauses[cur].hasVerb = true;
      if (p === Pos.VERB && g.speech.has(lem) && !(t + 1 < this.to && this.lower(t + 1) === 'to') && !(this.contentVerbs !== null && this.contentVerbs.has(t))) {
        // A speech verb followed by a noun phrase or clause: "said Sudan must", "told reporters that".
        const next = t + 1 < this.to ? this.lower(t + 1) : '.';
        if (next !== '.' && next !== ',' && next !== ';') pendingReported = t;
      }
    }
  }
}
