// Actor recognition and resolution over the raw text of a whole document (no POS tags).
//
// Phase 1 scans every sentence for lexicon hits (scan.ts). Phase 2 walks the hits of each sentence in
// order and composes mentions: a country/demonym/metonym modifier joins a following title or sector
// noun ("Israeli soldiers", "Japan's foreign ministry", "Norwegian Prime Minister Jonas Gahr Støre"); a
// title reads the capitalised name after it and an "of <country>" on either side; bare names resolve
// through the document's learned people, then the leaders table for the document date; group phrases,
// titles alone and subject pronouns resolve to actors already in play. Mentions come out sorted by
// start and non-overlapping.

import { firstPersonMentions, pickSpeaker, speakerCueEnd } from './speaker.js';
import { companyMentions } from './companies.js';
import type { Provenance } from '../contract.js';
import { Doc } from '../text/doc.js';
import { normaliseDate } from '../ingest/dates.js';
import { C_DIGIT, C_LOWER, C_OTHER, C_UPPER, CLS, foldString, isSpaceCode, tokenize } from './chars.js';
import {
  lexicon, S_BLOCK, S_CAPITAL, S_COUNTRY, S_DEMONYM, S_GROUP, S_HONORIFIC, S_METONYM, S_NOUN, S_ORG, S_PERSON,
  S_PRONOUN, S_SURNAME, S_TITLE, type Lexicon, type Person, type Role, type Sense,
} from './lexicon.js';
import type { Mention, MentionKind } from './mention.js';
import { Hits, scanRange, senseApplies } from './scan.js';

export interface RecogniseOptions {
  /** Accept ambiguous forms, capitals after prepositions and bare common surnames (resolving one actor string). */
  lenient?: boolean;
  /** Do not look for the speaker of a statement in the title (used when recognising the title itself). */
  noSpeaker?: boolean;
}

/** A person learned from the document (title + country), or resolved once through the table. */
interface Learned {
  name: string;
  country: string | null;
  org: string | null;
  code: string | null;
  sector: string | null;
  role: string | null;
  person: Person | null;
}

interface Modifier {
  start: number;
  country: string | null;
  code: string | null;
  org: string | null;
  /** Sector carried by the modifier itself (PRE for partially recognised entities). */
  sector: string | null;
}

interface Extra {
  start: number;
  end: number;
  learned: Learned;
}

interface OfActor {
  end: number;
  country: string | null;
  code: string | null;
  org: string | null;
}

interface ResolvedPerson {
  name: string | null;
  country: string | null;
  org: string | null;
  code: string | null;
  sector: string | null;
  role: string | null;
  provenance: Provenance;
  person: Person | null;
  learned: Learned | null;
}

const M_BLOCK = 1 << S_BLOCK;
const M_PERSON = 1 << S_PERSON;
const M_ORG = 1 << S_ORG;
const M_COUNTRY = 1 << S_COUNTRY;
const M_METONYM = 1 << S_METONYM;
const M_CAPITAL = 1 << S_CAPITAL;
const M_DEMONYM = 1 << S_DEMONYM;
const M_HONORIFIC = 1 << S_HONORIFIC;
const M_SURNAME = 1 << S_SURNAME;
const M_TITLE = 1 << S_TITLE;
const M_NOUN = 1 << S_NOUN;

const KIND_RANK: Record<string, number> = { 'head-of-state': 0, 'head-of-government': 1, 'foreign-minister': 2 };

/** The document date as YYYY-MM-DD (or a shorter prefix), or null. */
export function docDate(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(published.trim());
  return m ? m[0] : normaliseDate(published);
}

export function roleValidOn(r: Role, date: string): boolean {
  if (r.start !== null && r.start > date) return false;
  if (r.end !== null) {
    const end = r.end.length < 10 ? `${r.end}-99` : r.end;
    if (date > end) return false;
  }
  return true;
}

const hits = new Hits();

/** Recognise and resolve every actor mention of the document (sentences must be segmented). */
export function recognise(doc: Doc, opts: RecogniseOptions = {}): Mention[] {
  const lex = lexicon();
  const speaker = opts.noSpeaker ? null : titleSpeaker(doc, lex);
  const text = doc.text;
  hits.reset();
  const n = doc.sentStart.length;
  for (let s = 0; s < n; s++) scanRange(lex, text, doc.sentStart[s], doc.sentEnd[s], s, hits);
  let found = hits.n === 0 ? [] : new Composer(doc, lex, hits, docDate(doc.meta.published), opts.lenient === true).run();
  found = mergeMentions(dropBylines(text, found, doc.sentStart), companyMentions(text, found, doc.sentEnd, lex.refs.companySuffixes));
  if (speaker === null) return found;
  return mergeMentions(found, firstPersonMentions(text, doc.sentStart, doc.sentEnd, speaker));
}

/** The one speaker a statement's title names ("Statement from President Joe Biden on ..."), or null. */
function titleSpeaker(doc: Doc, lex: Lexicon): Mention | null {
  const title = doc.meta.title;
  if (!title) return null;
  const cue = speakerCueEnd(title, lex.refs.speaker);
  if (cue < 0) return null;
  const td = new Doc(title, { ...doc.meta, title: null });
  td.sentStart.push(0);
  td.sentEnd.push(title.length);
  return pickSpeaker(recognise(td, { noSpeaker: true }), cue);
}

/**
 * "AFP - Three Egyptian policemen ...", "Reuters - The United States ...": a news agency or paper opening
 * a sentence and followed by a dash, or credited in brackets ("(Reuters)"), is the report's byline, not
 * an actor.
 */
function dropBylines(text: string, ms: Mention[], sentStart: readonly number[]): Mention[] {
  return ms.filter((m) => {
    if (m.sector !== 'JRN') return true;
    // "... Declare Victory (Reuters).": a credit in brackets.
    if (m.start > 0 && text.charCodeAt(m.start - 1) === 40 && text.charCodeAt(m.end) === 41) return false;
    if (m.start !== sentStart[m.sentence]) return true;
    let i = m.end;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charCodeAt(i);
    return !(c === 45 || c === 0x2013 || c === 0x2014);
  });
}

/** Add first-person mentions that do not overlap a recognised one, keeping start order. */
function mergeMentions(found: Mention[], extra: Mention[]): Mention[] {
  if (extra.length === 0) return found;
  const out: Mention[] = [];
  let i = 0;
  for (const x of extra) {
    while (i < found.length && found[i].start < x.start) out.push(found[i++]);
    if (i < found.length && found[i].start < x.end) continue;
    if (out.length > 0 && out[out.length - 1].end > x.start) continue;
    out.push(x);
  }
  while (i < found.length) out.push(found[i++]);
  return out;
}

class Composer {
  readonly text: string;
  readonly mentions: Mention[] = [];
  readonly learned = new Map<string, Learned>();
  readonly learnedPeople = new Set<Person>();
  /** Gender told by an honorific or title ("Mr.", "Queen"), by canonical name. */
  readonly genderOf = new Map<string, 'm' | 'f'>();
  readonly extra: Extra[] = [];
  /** Set by tablePerson when several people remain. */
  tableTie: Person[] | null = null;
  readonly supportCountry = new Set<string>();
  readonly supportOrg = new Set<string>();
  /** Organisations whose ambiguous forms are ruled out by a phrase in the document ("Inflation Reduction Act"). */
  readonly vetoOrg = new Set<string>();
  /** Current sentence and its bounds. */
  sent = 0;
  sStart = 0;
  sEnd = 0;
  // Output of readName.
  nameStart = 0;
  nameEnd = 0;
  namePoss = false;
  nameWords = 0;
  /** End offset of each word of the name read last. */
  readonly nameEnds: number[] = [];

  constructor(readonly doc: Doc, readonly lex: Lexicon, readonly hits: Hits, readonly date: string | null,
    readonly lenient: boolean) {
    this.text = doc.text;
  }

  run(): Mention[] {
    this.computeSupport();
    const h = this.hits;
    const doc = this.doc;
    let j = 0;
    let ex = 0;
    let cursor = 0;
    for (let s = 0; s < doc.sentStart.length; s++) {
      this.sent = s;
      this.sStart = doc.sentStart[s];
      this.sEnd = doc.sentEnd[s];
      for (;;) {
        while (j < h.n && h.start[j] < cursor) j++;
        while (ex < this.extra.length && this.extra[ex].start < cursor) ex++;
        const hs = j < h.n && h.sent[j] === s ? h.start[j] : Infinity;
        const es = ex < this.extra.length && this.extra[ex].start < this.sEnd ? this.extra[ex].start : Infinity;
        if (hs === Infinity && es === Infinity) break;
        if (es < hs) {
          const e = this.extra[ex++];
          const end = this.emitLearnedAt(e);
          if (end > cursor) cursor = end;
          continue;
        }
        const end = this.handleHit(j);
        if (end > cursor) cursor = end;
        if (end <= h.start[j]) j++;
      }
      while (j < h.n && h.sent[j] === s) j++;
      if (cursor < this.sEnd) cursor = this.sEnd;
    }
    return this.mentions;
  }

  // --- context -------------------------------------------------------------------------------------

  private computeSupport(): void {
    const h = this.hits;
    for (let i = 0; i < h.n; i++) {
      for (const s of h.node[i].senses!) {
        if (s.ambiguous || !senseApplies(s, this.text, h.start[i], h.end[i], h.upper[i] === 1)) continue;
        if (s.k === S_BLOCK) {
          if (s.org !== null) this.vetoOrg.add(s.org);
          continue;
        }
        if ((s.k === S_COUNTRY || s.k === S_DEMONYM || s.k === S_CAPITAL || s.k === S_METONYM) && s.country) {
          this.supportCountry.add(s.country);
        } else if (s.k === S_ORG && s.org) {
          this.supportOrg.add(s.org);
          if (s.country) this.supportCountry.add(s.country);
        } else if (s.k === S_PERSON && s.people && s.people.length === 1 && s.people[0].country) {
          this.supportCountry.add(s.people[0].country);
        }
      }
    }
  }

  private sensesOf(i: number): Sense[] {
    return this.hits.node[i].senses!;
  }

  private applies(s: Sense, i: number): boolean {
    return senseApplies(s, this.text, this.hits.start[i], this.hits.end[i], this.hits.upper[i] === 1);
  }

  /** First applicable sense of hit i among kinds (in the lexicon's order), or null. */
  private senseOfKind(i: number, mask: number): Sense | null {
    const ss = this.sensesOf(i);
    for (let x = 0; x < ss.length; x++) {
      const s = ss[x];
      if (((1 << s.k) & mask) !== 0 && this.applies(s, i)) return s;
    }
    return null;
  }

  /** Index of the hit starting exactly at `pos` (searching forward from `from`), or -1. */
  private hitAt(pos: number, from: number): number {
    const h = this.hits;
    for (let k = from; k < h.n && h.start[k] <= pos; k++) if (h.start[k] === pos) return k;
    return -1;
  }

  // --- text helpers --------------------------------------------------------------------------------

  private skipSpace(p: number): number {
    const t = this.text;
    let nl = 0;
    while (p < this.sEnd) {
      const c = t.charCodeAt(p);
      if (c === 10) { if (++nl > 1) break; p++; }
      else if (isSpaceCode(c)) p++;
      else break;
    }
    return p;
  }

  private wordEnd(p: number): number {
    const t = this.text;
    while (p < this.sEnd && CLS[t.charCodeAt(p)] !== C_OTHER) p++;
    return p;
  }

  /** Lower-case word at [p, q) equals w (ASCII words). */
  private wordIs(p: number, q: number, w: string): boolean {
    if (q - p !== w.length) return false;
    const t = this.text;
    for (let i = 0; i < w.length; i++) if ((t.charCodeAt(p + i) | 32) !== w.charCodeAt(i)) return false;
    return true;
  }

  /** Start of the word just before position p (only white space between), or -1 (punctuation or sentence start). */
  private prevWordStart(p: number): number {
    const t = this.text;
    let i = p - 1;
    while (i >= this.sStart && isSpaceCode(t.charCodeAt(i))) i--;
    if (i < this.sStart || CLS[t.charCodeAt(i)] === C_OTHER) return -1;
    while (i > this.sStart && CLS[t.charCodeAt(i - 1)] !== C_OTHER) i--;
    return i;
  }

  private prevWordLower(p: number): string | null {
    const s = this.prevWordStart(p);
    if (s < 0) return null;
    return this.text.slice(s, this.wordEnd(s)).toLowerCase();
  }

  /** Length of a possessive ending at `end` ('s, ’s, or a bare ' after s), else 0. */
  private possLen(end: number): number {
    const t = this.text;
    const c = t.charCodeAt(end);
    if (c !== 39 && c !== 0x2019) return 0;
    const d = t.charCodeAt(end + 1);
    if ((d === 115 || d === 83) && (end + 2 >= this.sEnd || CLS[t.charCodeAt(end + 2)] === C_OTHER)) return 2;
    if (t.charCodeAt(end - 1) === 115 && (end + 1 >= this.sEnd || CLS[d] === C_OTHER)) return 1;
    return 0;
  }

  /** Next word after `p` starts with an upper-case letter, with only white space between. */
  private nextWordUpper(p: number): number {
    const q = this.skipSpace(p);
    if (q === p || q >= this.sEnd) return -1;
    return CLS[this.text.charCodeAt(q)] === C_UPPER ? q : -1;
  }

  /** Opening quotes/brackets only between the sentence start and p. */
  private atSentenceStart(p: number): boolean {
    const t = this.text;
    for (let i = this.sStart; i < p; i++) {
      const c = t.charCodeAt(i);
      if (!(isSpaceCode(c) || c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0x2014 || c === 45)) return false;
    }
    return true;
  }

  // --- hit dispatch --------------------------------------------------------------------------------

  /** Handle hit i; returns the end of the consumed text, or -1 when nothing was made of it. */
  private handleHit(i: number): number {
    for (const s of this.sensesOf(i)) {
      if (!this.applies(s, i)) continue;
      let end = -1;
      switch (s.k) {
        case S_BLOCK: return this.hits.end[i];
        case S_PERSON: end = this.handleName(i, s, null); break;
        case S_SURNAME: end = this.handleName(i, s, null); break;
        case S_ORG: end = this.handleOrg(i, s); break;
        case S_COUNTRY:
        case S_DEMONYM: end = this.handleCountry(i, s); break;
        case S_METONYM:
        case S_CAPITAL: end = this.handleMetonym(i, s); break;
        case S_GROUP: end = this.handleGroup(i, s); break;
        case S_HONORIFIC: end = this.handleHonorific(i); break;
        case S_TITLE: end = this.handleTitle(i, s, null); break;
        case S_NOUN: end = this.handleNoun(i, s, null); break;
        case S_PRONOUN: end = this.handlePronoun(i); break;
      }
      if (end >= 0) return end;
    }
    return -1;
  }

  private mention(start: number, end: number, kind: MentionKind, f: Partial<Mention>): Mention {
    const m: Mention = {
      start, end, sentence: this.sent, kind, country: f.country ?? null, sector: f.sector ?? null, name: f.name ?? null,
      role: f.role ?? null, org: f.org ?? null, code: f.code ?? null, certain: f.certain ?? false,
      provenance: f.provenance ?? 'stated',
    };
    this.mentions.push(m);
    return m;
  }

  private codeOf(country: string | null, org: string | null): string | null {
    if (org) return this.lex.orgCode.get(org) ?? null;
    if (country) return this.lex.ploverCode.get(country) ?? country;
    return null;
  }

  // --- countries, demonyms, metonyms -------------------------------------------------------------

  /** Is an ambiguous country/capital form at hit i an actor here? */
  private ambiguousOk(i: number, s: Sense): boolean {
    if (this.lenient) return true;
    const h = this.hits;
    const start = h.start[i];
    const end = h.end[i];
    const t = this.text;
    // "Michael Jordan", "Lake Chad": a capitalised word right before (not at sentence start).
    const pw = this.prevWordStart(start);
    if (pw >= 0 && CLS[t.charCodeAt(pw)] === C_UPPER && pw > this.sStart) {
      const k = this.hitEndingAt(pw, i);
      if (k < 0) return false;
    }
    // "Atlanta, Georgia".
    let b = start - 1;
    while (b >= this.sStart && isSpaceCode(t.charCodeAt(b))) b--;
    if (b >= this.sStart && t.charCodeAt(b) === 44) {
      const w = this.prevWordStart(b);
      if (w >= 0 && CLS[t.charCodeAt(w)] === C_UPPER && this.hitEndingAt(w, i) < 0) return false;
    }
    // "Georgia Tech", "Jordan Valley": a capitalised word right after, unless it starts a title or a
    // sector noun ("Georgian Foreign Minister", "German Government", "Indian Air Force").
    const poss = this.possLen(end);
    if (poss === 0) {
      const nw = this.nextWordUpper(end);
      if (nw >= 0) {
        const k = this.hitAt(nw, i + 1);
        if (k < 0 || this.senseOfKind(k, s.support ? M_TITLE : M_TITLE | M_NOUN) === null) return false;
      }
    }
    // Country names and demonyms whose other senses are ruled out by the checks above ("Turkey",
    // "Chad", "Jordan") are taken; the rest need positive support.
    if (!s.support) return true;
    if (s.country && this.supportCountry.has(s.country)) return true;
    if (s.org && this.supportOrg.has(s.org)) return true;
    // A capital opening the sentence before a lower-case word or a possessive is its subject: the
    // government ("Washington demanded ...", "Washington's allies").
    if (s.k === S_CAPITAL && s.subject && this.atSentenceStart(start)) {
      if (poss > 0) return true;
      const q = this.skipSpace(end);
      if (q > end && q < this.sEnd && CLS[t.charCodeAt(q)] === C_LOWER) return true;
    }
    // Coordinated with another country ("Georgia and Ukraine") or followed by a sector noun/title.
    if (i + 1 < h.n && h.sent[i + 1] === this.sent && this.gapIsCoordination(end, h.start[i + 1]) &&
        this.senseOfKind(i + 1, M_COUNTRY | M_DEMONYM | M_CAPITAL | M_METONYM) !== null) return true;
    if (i > 0 && h.sent[i - 1] === this.sent && this.gapIsCoordination(h.end[i - 1], start) &&
        this.senseOfKind(i - 1, M_COUNTRY | M_DEMONYM | M_CAPITAL | M_METONYM) !== null) return true;
    // Followed by a sector noun or title ("Paris officials"), unless the capital letter may be only the
    // sentence's ("Male voters").
    if (s.k === S_CAPITAL && !s.subject && this.atSentenceStart(start)) return false;
    const k = this.followingHit(i, end + poss);
    if (k >= 0 && this.senseOfKind(k, M_TITLE | M_NOUN) !== null) return true;
    return false;
  }

  /**
   * The form stands for a stance, not the actor: "pro-Russian separatists", "anti-Syria journalist"
   * (references.json stancePrefixes). ("Iranian-backed militias" keeps Iran, the sponsor, as an actor: the
   * hyphen already keeps it from the noun.)
   */
  private stanceAffix(start: number): boolean {
    const t = this.text;
    const refs = this.lex.refs;
    if (start - 2 >= this.sStart && t.charCodeAt(start - 1) === 45 && CLS[t.charCodeAt(start - 2)] !== C_OTHER) {
      let b = start - 1;
      while (b > this.sStart && CLS[t.charCodeAt(b - 1)] !== C_OTHER) b--;
      for (const w of refs.stancePrefixes) if (this.wordIs(b, start - 1, w)) return true;
    }
    return false;
  }

  /** Hit whose text starts at word start `w` (a modifier/title before), searched backward from i. */
  private hitEndingAt(w: number, i: number): number {
    const h = this.hits;
    for (let k = i - 1; k >= 0 && h.end[k] > w - 200; k--) {
      if (h.start[k] <= w && h.end[k] > w) {
        if (this.senseOfKind(k, M_TITLE | M_HONORIFIC | M_COUNTRY | M_DEMONYM | M_ORG) !== null) return k;
        return -1;
      }
    }
    return -1;
  }

  private gapIsCoordination(a: number, b: number): boolean {
    const t = this.text;
    let p = a;
    while (p < b && isSpaceCode(t.charCodeAt(p))) p++;
    if (p < b && t.charCodeAt(p) === 44) { p++; while (p < b && isSpaceCode(t.charCodeAt(p))) p++; }
    if (p === b) return p > a;
    const q = this.wordEnd(p);
    if (!(this.wordIs(p, q, 'and') || this.wordIs(p, q, 'or'))) return false;
    p = q;
    while (p < b && isSpaceCode(t.charCodeAt(p))) p++;
    return p === b;
  }

  /**
   * The hit that follows position `p` within the sentence when only white space and up to two filler
   * words ("senior", "state") lie between; -1 otherwise.
   */
  private followingHit(i: number, p: number): number {
    const h = this.hits;
    const k = i + 1;
    if (k >= h.n || h.sent[k] !== this.sent) return -1;
    const target = h.start[k];
    let q = this.skipSpace(p);
    if (q === p && q !== target) return -1;
    let fillers = 0;
    while (q < target) {
      const e = this.wordEnd(q);
      if (e === q) return -1;
      let we = e;
      // hyphenated fillers: "high-level", "state-run"
      while (we < target && this.text.charCodeAt(we) === 45 && CLS[this.text.charCodeAt(we + 1)] !== C_OTHER) we = this.wordEnd(we + 1);
      const w = this.text.slice(q, we).toLowerCase();
      if (!this.lex.refs.fillers.has(w) || ++fillers > 2) return -1;
      const q2 = this.skipSpace(we);
      if (q2 === we) return -1;
      q = q2;
    }
    return q === target ? k : -1;
  }

  private handleCountry(i: number, s: Sense): number {
    const h = this.hits;
    let start = h.start[i];
    let end = h.end[i];
    if (s.country === null) return end; // disputed territory: no country
    if (s.ambiguous && !this.ambiguousOk(i, s)) return -1;
    if (this.stanceAffix(start)) return end; // "pro-Russian separatists": not Russia's
    let poss = this.possLen(end);
    let last = i;
    let country = s.country;
    let code = s.code;
    let certain = true;
    let provenance: Provenance = 'stated';
    let kind: MentionKind = s.k === S_DEMONYM ? 'demonym' : 'country';
    let combinable = true;
    // "Kosovo Albanians", "Croatian Serbs": a state's ethnic minority belongs to that state.
    if (poss === 0) {
      const j = this.ethnicAfter(i, end, country, s.k === S_COUNTRY);
      if (j >= 0) {
        last = j;
        end = h.end[j];
        poss = this.possLen(end);
        kind = 'demonym';
      }
    }
    if (last === i && s.k === S_DEMONYM) {
      const pw = this.prevWordStart(start);
      if (pw >= 0 && this.isEthnicMarker(pw)) {
        // "ethnic Albanians (in southern Serbia)": the country where the group lives.
        const k = this.followingHit(i, end + poss);
        const after = k >= 0 && this.senseOfKind(k, M_NOUN | M_TITLE) !== null ? h.end[k] : end;
        const loc = this.placeAfter(after, last + 1, false) ?? this.nearestOtherCountry(i, country) ?? this.otherCountryInPlay(country);
        start = pw;
        if (loc !== null && loc !== country) {
          country = loc;
          code = this.codeOf(loc, null);
          certain = false;
          provenance = 'context';
        }
      } else if (poss === 0 && this.text.charCodeAt(end - 1) === 115) {
        // "the Albanians of southern Serbia".
        const loc = this.placeAfter(end, i + 1, true);
        if (loc !== null && loc !== country) {
          country = loc;
          code = this.codeOf(loc, null);
          end = this.placeEnd;
          poss = this.possLen(end);
          combinable = false;
        }
      }
    }
    const mod: Modifier = { start, country, code, org: null, sector: s.sector };
    const k = combinable ? this.followingHit(last, end + poss) : -1;
    if (k >= 0) {
      const n = this.mentions.length;
      const r = this.combine(k, mod);
      if (r >= 0) {
        if (!certain && this.mentions.length > n) {
          const m = this.mentions[this.mentions.length - 1];
          m.certain = false;
          m.provenance = provenance;
        }
        return r;
      }
    }
    const t = this.text;
    let modifier = false;
    if (poss === 0 && (kind === 'demonym' || s.cased)) {
      const q = this.skipSpace(end);
      modifier = q > end && q < this.sEnd && CLS[t.charCodeAt(q)] === C_LOWER;
    }
    const m = this.mention(start, end, kind, { country, code, sector: s.sector, certain, provenance });
    if (modifier) m.modifier = true;
    if (poss > 0) m.possessive = true;
    return end;
  }

  private isEthnicMarker(p: number): boolean {
    const e = this.wordEnd(p);
    for (const w of this.lex.refs.ethnicMarkers) if (this.wordIs(p, e, w)) return true;
    return false;
  }

  /** Hit right after `end` (one space) that is an ethnic demonym of another country ("Kosovo Albanians"), or -1. */
  private ethnicAfter(i: number, end: number, country: string, afterName: boolean): number {
    const h = this.hits;
    const j = i + 1;
    if (j >= h.n || h.sent[j] !== this.sent) return -1;
    const q = this.skipSpace(end);
    if (q === end || h.start[j] !== q) return -1;
    const d = this.senseOfKind(j, M_DEMONYM);
    if (d === null || d.k !== S_DEMONYM || d.country === null || d.country === country) return -1;
    const first = this.senseOfKind(j, M_BLOCK | M_PERSON | M_ORG | M_COUNTRY | M_DEMONYM);
    if (first !== d) return -1;
    const key = tokenize(this.text.slice(q, h.end[j])).join(' ');
    return this.lex.refs.ethnicNouns.has(key) || afterName && this.lex.refs.ethnicDemonyms.has(key) ? j : -1;
  }

  /** End of the place read by placeAfter. */
  private placeEnd = 0;

  /**
   * "in/of/from [the] [southern] <country>" right after p: the country (placeEnd is set to the end of
   * its name), or null. `ofOnly`: only "of".
   */
  private placeAfter(p: number, from: number, ofOnly: boolean): string | null {
    const t = this.text;
    let q = this.skipSpace(p);
    if (q === p) return null;
    let e = this.wordEnd(q);
    if (!(this.wordIs(q, e, 'of') || !ofOnly && (this.wordIs(q, e, 'in') || this.wordIs(q, e, 'from') || this.wordIs(q, e, 'inside')))) return null;
    q = this.skipSpace(e);
    e = this.wordEnd(q);
    if (this.wordIs(q, e, 'the')) { q = this.skipSpace(e); e = this.wordEnd(q); }
    for (let n = 0; n < 2 && e > q; n++) {
      let we = e;
      while (we + 1 < this.sEnd && t.charCodeAt(we) === 45 && CLS[t.charCodeAt(we + 1)] !== C_OTHER) we = this.wordEnd(we + 1);
      if (!this.lex.refs.compass.has(t.slice(q, we).toLowerCase())) break;
      q = this.skipSpace(we);
      e = this.wordEnd(q);
    }
    const k = this.hitAt(q, from);
    if (k < 0) return null;
    const c = this.senseOfKind(k, M_BLOCK | M_COUNTRY | M_CAPITAL | M_METONYM);
    if (c === null || c.k === S_BLOCK || c.country === null) return null;
    this.placeEnd = this.hits.end[k];
    return c.country;
  }

  /** The country of the nearest hit in the sentence naming a country other than `own`, or null. */
  private nearestOtherCountry(i: number, own: string): string | null {
    const h = this.hits;
    const mask = M_BLOCK | M_COUNTRY | M_DEMONYM | M_CAPITAL | M_METONYM;
    let best: string | null = null;
    let dist = Infinity;
    for (let k = i - 1; k >= 0 && h.sent[k] === this.sent; k--) {
      const c = this.senseOfKind(k, mask);
      if (c === null || c.k === S_BLOCK || c.country === null || c.country === own) continue;
      best = c.country;
      dist = h.start[i] - h.end[k];
      break;
    }
    for (let k = i + 1; k < h.n && h.sent[k] === this.sent; k++) {
      if (h.start[k] - h.end[i] >= dist) break;
      const c = this.senseOfKind(k, mask);
      if (c === null || c.k === S_BLOCK || c.country === null || c.country === own) continue;
      return c.country;
    }
    return best;
  }

  /** The last actor in play in the previous two sentences whose country is not `own`, or null. */
  private otherCountryInPlay(own: string): string | null {
    const ms = this.mentions;
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      if (m.sentence < this.sent - 2) break;
      if (m.country !== null && m.country !== own && m.kind !== 'group' && m.kind !== 'pronoun') return m.country;
    }
    return null;
  }

  /** A modifier followed by hit k: title, sector noun or name. Returns the end, or -1. */
  private combine(k: number, mod: Modifier): number {
    for (const s of this.sensesOf(k)) {
      if (!this.applies(s, k)) continue;
      if (s.k === S_TITLE) return this.handleTitle(k, s, mod);
      if (s.k === S_NOUN) return this.handleNoun(k, s, mod);
      if (s.k === S_PERSON || s.k === S_SURNAME) return this.handleName(k, s, mod);
      if (s.k === S_BLOCK || s.k === S_ORG || s.k === S_COUNTRY || s.k === S_DEMONYM) return -1;
    }
    return -1;
  }

  private handleMetonym(i: number, s: Sense): number {
    const h = this.hits;
    const start = h.start[i];
    const end = h.end[i];
    if (s.country === null && s.org === null) return -1;
    if (s.ambiguous && !this.ambiguousOk(i, s)) return -1;
    if (this.stanceAffix(start)) return end; // "pro-Kremlin media"
    const poss = this.possLen(end);
    if (!this.lenient) {
      // "in Tokyo", "at the White House": a place, not an actor.
      let p = this.prevWordStart(start);
      if (p >= 0 && this.wordIs(p, this.wordEnd(p), 'the')) p = this.prevWordStart(p);
      if (p >= 0 && this.lex.refs.locatives.has(this.text.slice(p, this.wordEnd(p)).toLowerCase())) return -1;
      // Part of a longer name: "George Washington", "Tokyo Olympics".
      const pw = this.prevWordStart(start);
      if (s.k === S_CAPITAL && pw > this.sStart && CLS[this.text.charCodeAt(pw)] === C_UPPER && this.hitEndingAt(pw, i) < 0) return -1;
      if (poss === 0) {
        const nw = this.nextWordUpper(end);
        if (nw >= 0) {
          const k = this.hitAt(nw, i + 1);
          if (k < 0 || this.senseOfKind(k, M_TITLE | M_NOUN) === null) return -1;
        }
      }
    }
    const mod: Modifier = { start, country: s.country, code: s.code, org: s.org, sector: null };
    const k = this.followingHit(i, end + poss);
    if (k >= 0) {
      const r = this.combine(k, mod);
      if (r >= 0) return r;
    }
    const m = s.explicit
      ? this.mention(start, end, 'sector', { country: s.country, code: s.code, sector: s.sector, certain: true, provenance: 'stated' })
      : this.mention(start, end, 'metonym', {
        country: s.country, org: s.org, code: s.code, sector: s.sector, certain: false, provenance: 'metonym',
      });
    if (poss > 0) m.possessive = true;
    return end;
  }

  // --- organisations ------------------------------------------------------------------------------

  // Output of orgNow: the organisation's sector and country on the document date.
  private orgSectorNow: string | null = null;
  private orgCountryNow: string | null = null;

  /** Sector and country of an organisation on the document date (dated changes: "Taliban" REB -> GOV). */
  private orgNow(s: Sense): void {
    let sector = s.sector;
    let country = s.country;
    if (s.sectorFrom && this.date) {
      for (const c of s.sectorFrom) {
        if (c.from > this.date) continue;
        sector = c.sector;
        if (c.country) country = c.country;
      }
    }
    this.orgSectorNow = sector;
    this.orgCountryNow = country;
  }

  /**
   * Is an ambiguous organisation form ("IRA", "Solidarity", "Security Council") the organisation here?
   * Ruled out by a phrase that gives the form another meaning ("Inflation Reduction Act") or by a
   * qualifying proper name or country ("Russia's Security Council", "Kentucky General Assembly");
   * supported by an unambiguous form of the organisation, by one of its countries stated in the
   * document, or by a following sector noun or title ("IRA gunmen"). Forms marked unqualified
   * ("the Security Council") need no more than the absence of a qualifier.
   */
  private orgAmbiguousOk(i: number, s: Sense, poss: number): boolean {
    if (s.org !== null && this.vetoOrg.has(s.org)) return false;
    if (this.orgQualified(i)) return false;
    if (s.org !== null && this.supportOrg.has(s.org)) return true;
    if (s.unqualified) return true;
    if (s.supportCountries === null && !s.cased) return false;
    if (s.supportCountries !== null) for (const c of s.supportCountries) if (this.supportCountry.has(c)) return true;
    // A national group's name or an abbreviation before a sector noun or title ("IRA gunmen", "IS fighters";
    // not "the Union troops").
    const k = this.followingHit(i, this.hits.end[i] + poss);
    return k >= 0 && this.senseOfKind(k, M_TITLE | M_NOUN) !== null;
  }

  /** Hit i is qualified by a proper name or country: a capitalised word or a possessive before, "of <Country>" after. */
  private orgQualified(i: number): boolean {
    const h = this.hits;
    const t = this.text;
    const start = h.start[i];
    const pw = this.prevWordStart(start);
    if (pw >= 0) {
      const e = this.wordEnd(pw);
      const c0 = CLS[t.charCodeAt(pw)];
      if (c0 === C_UPPER || c0 === C_DIGIT) {
        const w = t.slice(pw, e);
        if (!this.lex.refs.determiners.has(w.toLowerCase()) && !this.lex.refs.nameStops.has(w)) return true;
      }
      // "Russia's Security Council": the word before is the "s" of a possessive.
      if (e - pw === 1 && (t.charCodeAt(pw) | 32) === 115 && pw - 1 >= this.sStart) {
        const a = t.charCodeAt(pw - 1);
        if (a === 39 || a === 0x2019) return true;
      }
    }
    const of = this.ofActor(h.end[i], i + 1);
    if (of !== null) return of.country !== null;
    let q = this.skipSpace(h.end[i]);
    let e = this.wordEnd(q);
    if (q > h.end[i] && this.wordIs(q, e, 'of')) {
      q = this.skipSpace(e);
      e = this.wordEnd(q);
      if (this.wordIs(q, e, 'the')) q = this.skipSpace(e);
      if (q < this.sEnd && CLS[t.charCodeAt(q)] === C_UPPER) return true;
    }
    return false;
  }

  private handleOrg(i: number, s: Sense): number {
    const h = this.hits;
    const end = h.end[i];
    const poss = this.possLen(end);
    if (s.ambiguous && !this.lenient && !this.orgAmbiguousOk(i, s, poss)) return -1;
    if (this.stanceAffix(h.start[i])) return end; // "anti-NATO protesters"
    this.orgNow(s);
    const sector = this.orgSectorNow;
    const country = this.orgCountryNow;
    const code = country === s.country ? s.code : this.codeOf(country, null);
    // A dated change of country ("SPLA" -> South Sudan) drops the organisation from compounds, whose code follows the org.
    // Members of a national group take its sector ("Hamas spokesman", "IRA gunmen", "CIA officers").
    const mod: Modifier = {
      start: h.start[i], country, code, org: country === s.country ? s.org : null, sector: country !== null ? sector : null,
    };
    const k = this.followingHit(i, end + poss);
    if (k >= 0) {
      if (this.senseOfKind(k, M_TITLE | M_NOUN | M_PERSON | M_SURNAME) !== null) {
        const r = this.combine(k, mod);
        if (r >= 0) return r;
      }
    }
    const m = this.mention(h.start[i], end, 'org', {
      country, code, org: s.org, sector, certain: true, provenance: 'stated',
    });
    if (poss > 0) m.possessive = true;
    return end;
  }

  // --- "of <country>" -----------------------------------------------------------------------------

  /** "of [the] Japan" right at p: the country/org hit after it. */
  private ofActor(p: number, from: number): OfActor | null {
    let q = this.skipSpace(p);
    if (q === p) return null;
    let e = this.wordEnd(q);
    if (!this.wordIs(q, e, 'of')) return null;
    q = this.skipSpace(e);
    e = this.wordEnd(q);
    if (this.wordIs(q, e, 'the')) q = this.skipSpace(e);
    const k = this.hitAt(q, from);
    if (k < 0) return null;
    const s = this.senseOfKind(k, M_BLOCK | M_COUNTRY | M_ORG | M_DEMONYM);
    if (s === null || s.k === S_BLOCK || s.k === S_DEMONYM) return null;
    if (s.k === S_COUNTRY && s.country === null) return null;
    return { end: this.hits.end[k], country: s.country, code: s.code, org: s.k === S_ORG ? s.org : null };
  }

  // --- people -------------------------------------------------------------------------------------

  /**
   * Reads a capitalised person name starting at (or after white space from) p. Sets nameStart/nameEnd/
   * namePoss; returns false when there is none.
   */
  private readName(p: number, fromHit: number): boolean {
    const t = this.text;
    const refs = this.lex.refs;
    let q = this.skipSpace(p);
    if (q === p && p !== this.hits.start[fromHit]) return false;
    let words = 0;
    let start = -1;
    let end = -1;
    this.namePoss = false;
    while (q < this.sEnd && words < 6) {
      const c = t.charCodeAt(q);
      const cls = CLS[c];
      if (cls !== C_UPPER && cls !== C_LOWER) break;
      // The word, with inner hyphens/apostrophes ("Jae-myung", "O'Brien", "al-Sisi").
      let e = this.wordEnd(q);
      let innerUpper = false;
      while (e + 1 < this.sEnd) {
        const d = t.charCodeAt(e);
        const n1 = t.charCodeAt(e + 1);
        if ((d === 45 || d === 39 || d === 0x2019) && (CLS[n1] === C_UPPER || CLS[n1] === C_LOWER)) {
          if ((d === 39 || d === 0x2019) && (n1 === 115 || n1 === 83) && this.possLen(e) === 2) break;
          if (CLS[n1] === C_UPPER) innerUpper = true;
          e = this.wordEnd(e + 1);
        } else break;
      }
      const raw = t.slice(q, e);
      if (cls === C_LOWER) {
        if (innerUpper) {
          // "al-Sisi": a name word.
        } else if (refs.particles.has(raw)) {
          // "von der Leyen", "bin Salman": particles before a capitalised name word.
          let n = this.skipSpace(e);
          while (n > e && n < this.sEnd && CLS[t.charCodeAt(n)] === C_LOWER) {
            const e2 = this.wordEnd(n);
            if (!refs.particles.has(t.slice(n, e2))) break;
            const n2 = this.skipSpace(e2);
            if (n2 === e2) break;
            n = n2;
          }
          if (n > e && n < this.sEnd && CLS[t.charCodeAt(n)] === C_UPPER) { q = n; continue; }
          break;
        } else break;
      }
      const hk = this.hitAt(q, fromHit);
      // A stop word ends the name unless a full name in the table starts there ("President Bill Clinton";
      // not an abbreviated honorific: "Director-General Dr. Tedros").
      if (refs.nameStops.has(raw) && (hk < 0 || t.charCodeAt(e) === 46 || this.senseOfKind(hk, M_PERSON) === null)) break;
      if (hk >= 0 && hk !== fromHit && this.blocksName(hk)) break;
      if (start < 0) start = q;
      let we = e;
      if (t.charCodeAt(we) === 46 && (e - q === 1 || refs.suffixes.has(raw))) we++; // initial "R." or "Jr."
      end = we;
      this.nameEnds[words] = we;
      words++;
      if (this.possLen(e) === 2) { this.namePoss = true; break; }
      const n = this.skipSpace(we);
      if (n === we) {
        // ", Jr."
        if (t.charCodeAt(we) === 44) {
          const n2 = this.skipSpace(we + 1);
          const e2 = this.wordEnd(n2);
          if (refs.suffixes.has(t.slice(n2, e2))) { end = t.charCodeAt(e2) === 46 ? e2 + 1 : e2; }
        }
        break;
      }
      q = n;
    }
    if (words === 0) return false;
    this.nameStart = start;
    this.nameEnd = end;
    this.nameWords = words;
    return true;
  }

  private blocksName(k: number): boolean {
    for (const s of this.sensesOf(k)) {
      if (!this.applies(s, k)) continue;
      if (s.k === S_PERSON || s.k === S_SURNAME) return false;
      if (s.ambiguous) continue;
      if (s.k === S_COUNTRY || s.k === S_DEMONYM || s.k === S_ORG || s.k === S_TITLE || s.k === S_GROUP ||
          s.k === S_BLOCK || s.k === S_HONORIFIC || s.k === S_NOUN) return true;
    }
    return false;
  }

  /** Valid role of p on the document date (preferring `role`), or null. */
  private roleOf(p: Person, role: string | null): Role | null {
    let best: Role | null = null;
    let bestRank = 99;
    for (const r of p.roles) {
      if (this.date !== null && !roleValidOn(r, this.date)) continue;
      let rank = r.role === role ? -1 : (KIND_RANK[r.kind] ?? 5);
      if (this.date === null && r.end !== null) rank += 10;
      if (rank < bestRank) { best = r; bestRank = rank; }
    }
    return best;
  }

  private personMatches(p: Person, country: string | null, org: string | null): boolean {
    if (country === null && org === null) return true;
    if (country !== null && p.country === country) return true;
    if (org !== null && p.org === org) return true;
    for (const r of p.roles) if ((country !== null && r.country === country) || (org !== null && r.org === org)) return true;
    return false;
  }

  /** Table candidates for a folded name key, narrowed by stated country/org and the date. */
  private tablePerson(cands: Person[] | undefined, country: string | null, org: string | null, role: string | null,
    bare: boolean): Person | null {
    this.tableTie = null;
    if (!cands || cands.length === 0) return null;
    let list = cands.filter((p) => this.personMatches(p, country, org));
    if (this.date !== null) {
      // Not yet in any office on the document date: another person of the same name.
      const d = this.date;
      list = list.filter((p) => p.roles.length === 0 || p.roles.some((r) => r.start === null || r.start <= d));
    }
    if (list.length === 0) return null;
    if (this.date !== null) {
      const valid = list.filter((p) => p.roles.some((r) => roleValidOn(r, this.date!)));
      if (bare) list = valid;
      else if (valid.length > 0) list = valid;
    }
    if (list.length > 1 && role !== null) {
      const withRole = list.filter((p) => p.roles.some((r) => r.role === role));
      if (withRole.length > 0) list = withRole;
    }
    if (list.length === 1) return list[0];
    if (list.length > 1) this.tableTie = list;
    return null;
  }

  /**
   * Several table people share the name ("President Bush": George H. W. and George W.): when they all
   * resolve to the same country (or organisation) and sector, that much is known without the person.
   */
  private tieResolution(tie: Person[], surface: string, role: string | null, sector: string | null): ResolvedPerson | null {
    let first: ResolvedPerson | null = null;
    for (const p of tie) {
      const r = this.fromTable(p, role, sector);
      if (r.country === null && r.org === null) return null;
      if (first === null) first = r;
      else if (r.country !== first.country || r.org !== first.org || r.sector !== first.sector) return null;
    }
    if (first === null) return null;
    return { ...first, name: surface, role: role ?? (tie.every((p) => this.roleOf(p, null)?.role === first!.role) ? first.role : null), person: null };
  }

  private fromTable(p: Person, hintRole: string | null, hintSector: string | null): ResolvedPerson {
    const r = this.roleOf(p, hintRole);
    // An IGO role ("UN Secretary-General") speaks for the organisation, not the person's own country.
    const country = r ? (r.org ? (r.country ?? null) : (r.country ?? p.country)) : p.country;
    const org = r ? (r.org ?? (r.country ? null : p.org)) : p.org;
    let sector = hintSector;
    if (sector === null) {
      if (r) sector = org && !country ? null : (this.lex.roleSector.get(r.role) ?? 'GOV');
      else if (this.date !== null && p.roles.length > 0 && p.roles.every((x) => x.end !== null && x.end < this.date!)) sector = 'ELI';
    }
    if (org && !country && sector === 'GOV') sector = null;
    return {
      name: p.name, country, org, code: this.codeOf(country, org), sector, role: hintRole ?? r?.role ?? null,
      provenance: 'table', person: p, learned: null,
    };
  }

  private fromLearned(l: Learned, hintRole: string | null, hintSector: string | null): ResolvedPerson {
    return {
      name: l.name, country: l.country, org: l.org, code: l.code, sector: hintSector ?? l.sector, role: hintRole ?? l.role,
      provenance: 'learned', person: l.person, learned: l,
    };
  }

  /**
   * Resolve a person name (text[start, end)) with what the mention states. `bare` = a lone surname
   * with no title or honorific (stricter).
   */
  private resolvePerson(start: number, end: number, country: string | null, org: string | null, role: string | null,
    sector: string | null, bare: boolean, senseCands: Person[] | null): ResolvedPerson | null {
    const toks = tokenize(this.text.slice(start, end)).filter((x) => x !== '.' && x !== ',');
    if (toks.length === 0) return null;
    const key = toks.join(' ');
    const last = toks[toks.length - 1];
    // 1. People learned from this document.
    const l = this.learned.get(key) ?? null;
    if (l && (country === null || l.country === country)) return this.fromLearned(l, role, sector);
    // 2. The leaders table.
    let p = this.tablePerson(senseCands ?? this.lex.peopleByForm.get(key), country, org, role, bare);
    const tie = this.tableTie;
    if (p === null && toks.length > 1) {
      // "Jonas Støre" for "Jonas Gahr Støre", but not "Jill Biden" for "Joe Biden".
      const byLast = this.learned.get(last);
      if (byLast && byLast.country !== null && (country === null || byLast.country === country) && !senseCands &&
          nameCompatible(byLast.name, toks[0])) {
        return this.fromLearned(byLast, role, sector);
      }
      // With a stated country or a title ("President Omar El Bashir"): the surname with a compatible
      // given name (in office by the document date, when there is one).
      if (country !== null || org !== null || role !== null || sector !== null) {
        const first = toks[0];
        p = this.tablePerson(this.lex.peopleByForm.get(last)?.filter((x) => nameCompatible(x.name, first)), country, org, role, false);
        if (p === null) {
          p = this.tablePerson(this.lex.peopleByForm.get(first)?.filter((x) => nameCompatible(x.name, last)), country, org, role, false);
        }
      }
    }
    if (p !== null) return this.fromTable(p, role, sector);
    // A titled or full name shared by people of one country: the country without the person. A bare
    // surname must be unique.
    if (tie !== null && !bare) return this.tieResolution(tie, this.text.slice(start, end), role, sector);
    return null;
  }

  private learn(r: ResolvedPerson, start: number, end: number, viaTable: boolean): void {
    if (r.name === null || r.learned !== null) return;
    // A person with neither country nor organisation is learned only from a full name ("Jake Sullivan").
    if (r.country === null && r.org === null && (r.person !== null || countWords(this.text, start, end) < 2)) return;
    if (r.person !== null) {
      if (this.learnedPeople.has(r.person)) return;
      this.learnedPeople.add(r.person);
    }
    const l: Learned = r.learned ?? {
      name: r.name, country: r.country, org: r.org, code: r.code, sector: r.sector, role: r.role, person: r.person,
    };
    const surfToks = tokenize(this.text.slice(start, end)).filter((x) => x !== '.' && x !== ',');
    const nameToks = tokenize(r.name).filter((x) => x !== '.' && x !== ',');
    const keys = new Set<string>([surfToks.join(' '), nameToks.join(' ')]);
    const familyFirst = r.country !== null && this.lex.refs.familyFirst.has(r.country);
    for (const toks of [surfToks, nameToks]) {
      if (toks.length < 2) continue;
      const sur = familyFirst ? toks[0] : toks[toks.length - 1];
      // A surname shared with someone in the leaders table ("Jill Biden") stays with the table.
      if (r.person === null && this.lex.peopleByForm.has(sur)) continue;
      keys.add(sur);
    }
    let fresh = false;
    for (const k of keys) {
      if (!this.learned.has(k)) { this.learned.set(k, l); fresh = true; }
    }
    if (!fresh || viaTable) return;
    // Not in the leaders table: find the later bare uses of the surname in the raw text.
    if (surfToks.length < 2) return;
    const sur = familyFirst ? surfToks[0] : surfToks[surfToks.length - 1];
    if (this.lex.peopleByForm.has(sur)) return;
    const raw = this.surnameRaw(start, end, familyFirst);
    if (raw.length < 2) return;
    this.findLater(raw, end, l);
    const folded = foldString(raw);
    if (folded !== raw.toLowerCase()) this.findLaterFolded(folded, end, l);
  }

  /** The surface of the surname in text[start, end). */
  private surnameRaw(start: number, end: number, familyFirst: boolean): string {
    const t = this.text;
    if (familyFirst) {
      let e = start;
      while (e < end && CLS[t.charCodeAt(e)] !== C_OTHER) e++;
      return t.slice(start, e);
    }
    let s = end;
    while (s > start && t.charCodeAt(s - 1) === 46) s--;
    let b = s;
    while (b > start && (CLS[t.charCodeAt(b - 1)] !== C_OTHER || t.charCodeAt(b - 1) === 45 || t.charCodeAt(b - 1) === 39)) b--;
    return t.slice(b, s);
  }

  private findLater(raw: string, from: number, l: Learned): void {
    const t = this.text;
    let idx = t.indexOf(raw, from);
    const added: Extra[] = [];
    while (idx >= 0) {
      const e = idx + raw.length;
      if ((idx === 0 || CLS[t.charCodeAt(idx - 1)] === C_OTHER) && (e >= t.length || CLS[t.charCodeAt(e)] === C_OTHER)) {
        added.push({ start: idx, end: e, learned: l });
      }
      idx = t.indexOf(raw, e);
    }
    this.addExtra(added);
  }

  /** Later uses spelt without diacritics ("Store" for a learned "Støre"). */
  private findLaterFolded(folded: string, from: number, l: Learned): void {
    const t = this.text;
    const first = folded.charCodeAt(0);
    const added: Extra[] = [];
    // Search case-insensitively for the ASCII spelling: only when the folded form is plain ASCII.
    if (!/^[a-z'-]+$/.test(folded)) return;
    const cap = String.fromCharCode(first - 32) + folded.slice(1);
    let idx = t.indexOf(cap, from);
    while (idx >= 0) {
      const e = idx + cap.length;
      if ((idx === 0 || CLS[t.charCodeAt(idx - 1)] === C_OTHER) && (e >= t.length || CLS[t.charCodeAt(e)] === C_OTHER)) {
        added.push({ start: idx, end: e, learned: l });
      }
      idx = t.indexOf(cap, e);
    }
    this.addExtra(added);
  }

  private addExtra(added: Extra[]): void {
    if (added.length === 0) return;
    this.extra.push(...added);
    this.extra.sort((a, b) => a.start - b.start);
  }

  /** A later bare use of a learned person's surname. */
  private emitLearnedAt(e: Extra): number {
    // Skip when it is part of a longer capitalised name ("Hunter Biden") unless sentence-initial.
    const pw = this.prevWordStart(e.start);
    if (pw > this.sStart && CLS[this.text.charCodeAt(pw)] === C_UPPER) return -1;
    const l = e.learned;
    const m = this.mention(e.start, e.end, 'person', {
      country: l.country, org: l.org, code: l.code, sector: l.sector, name: l.name, role: l.role,
      certain: false, provenance: 'learned',
    });
    if (this.possLen(e.end) > 0) m.possessive = true;
    return e.end;
  }

  private emitPerson(start: number, end: number, r: ResolvedPerson | null, fallbackName: string | null, role: string | null,
    sector: string | null, stated: Modifier | OfActor | null, poss: boolean): Mention {
    let m: Mention;
    if (r !== null) {
      const country = stated?.country ?? r.country;
      const org = stated?.org ?? r.org;
      // Officials of international organisations take the organisation's code, not a government sector.
      const sec = org !== null && country === null && sector === 'GOV' ? r.sector : (sector ?? r.sector);
      m = this.mention(start, end, 'person', {
        country, org, code: this.codeOf(country, org), sector: sec, name: r.name, role: role ?? r.role,
        certain: stated !== null, provenance: stated !== null ? 'title' : r.provenance,
      });
    } else {
      const country = stated?.country ?? null;
      const org = stated?.org ?? null;
      m = this.mention(start, end, 'person', {
        country, org, code: this.codeOf(country, org), sector, name: fallbackName, role,
        certain: stated !== null, provenance: stated !== null ? 'title' : 'stated',
      });
    }
    if (poss) m.possessive = true;
    return m;
  }

  /** A name hit (full name or single-token alias), optionally after a modifier ("Japan's Kishida"). */
  private handleName(i: number, s: Sense, mod: Modifier | null): number {
    const h = this.hits;
    const start = h.start[i];
    const end = h.end[i];
    const bare = s.k === S_SURNAME;
    if (mod === null) {
      const r = this.leaderAsModifier(i, s);
      if (r >= 0) return r;
    }
    if (bare && mod === null && !this.lenient && !this.bareNameOk(i)) return -1;
    // "Fumio Kishida of Japan": the country is stated.
    const poss = this.possLen(end) === 2;
    const of = poss ? null : this.ofActor(end, i + 1);
    const stated: Modifier | OfActor | null = mod ?? of;
    const country = stated?.country ?? null;
    const org = stated?.org ?? null;
    const folded = bare ? foldString(this.text.slice(start, end)) : '';
    const stop = bare && !this.lenient && this.lex.refs.bareStops.has(folded);
    const toks = tokenize(this.text.slice(start, end));
    const l = this.learned.get(toks.join(' '));
    let r: ResolvedPerson | null = null;
    if (l && (country === null || l.country === country)) r = this.fromLearned(l, null, null);
    else if (!stop || mod !== null) r = this.resolvePerson(start, end, country, org, null, null, bare && mod === null, s.people);
    if (r === null) return -1;
    const mEnd = of ? of.end : end;
    this.emitPerson(mod ? mod.start : start, mEnd, r, null, null, null, stated, poss);
    if (stated !== null || r.provenance === 'table') this.learn(r, start, end, r.person !== null);
    return mEnd;
  }

  /**
   * "the Bush administration", "the Assad regime", "Putin's troops": a leader's name before a government,
   * military or police noun (after a possessive, any sector noun) gives the noun the leader's country.
   * The name may be shared by several people of that country. Two mentions are made: the leader, who
   * stays in play ("the President" later), and the noun. Returns the end of the noun, or -1.
   */
  private leaderAsModifier(i: number, s: Sense): number {
    const h = this.hits;
    const start = h.start[i];
    const end = h.end[i];
    const poss = this.possLen(end) === 2;
    const k = this.followingHit(i, end + (poss ? 2 : 0));
    if (k < 0) return -1;
    const noun = this.senseOfKind(k, M_NOUN | M_TITLE);
    if (noun === null || noun.k !== S_NOUN) return -1;
    // Without a possessive only the state's own bodies ("the Bush administration", "Assad forces").
    if (!poss && !(noun.sector === 'GOV' || noun.sector === 'MIL' || noun.sector === 'COP' || noun.sector === 'SPY')) return -1;
    let r: ResolvedPerson | null = null;
    const l = this.learned.get(tokenize(this.text.slice(start, end)).join(' '));
    if (l !== undefined) r = this.fromLearned(l, null, null);
    else {
      let people = s.people ?? [];
      if (this.date !== null) {
        const d = this.date;
        const valid = people.filter((p) => p.roles.some((x) => roleValidOn(x, d)));
        if (valid.length > 0) people = valid;
      }
      if (people.length === 1) r = this.fromTable(people[0], null, null);
      else if (people.length > 1) r = this.tieResolution(people, this.text.slice(start, end), null, null);
    }
    if (r === null || r.country === null) return -1;
    this.emitPerson(start, end, r, null, null, null, null, poss);
    if (r.person !== null) this.learn(r, start, end, true);
    const n = this.mentions.length;
    const e = this.combine(k, { start: h.start[k], country: r.country, code: this.codeOf(r.country, null), org: null, sector: null });
    if (e >= 0 && this.mentions.length > n) {
      const m = this.mentions[this.mentions.length - 1];
      m.certain = false;
      m.provenance = r.provenance;
    }
    return e >= 0 ? e : end;
  }

  /** Context checks for a lone surname ("Kishida said"). */
  private bareNameOk(i: number): boolean {
    const h = this.hits;
    const t = this.text;
    const start = h.start[i];
    const end = h.end[i];
    // "Jean-Pierre", "O'Donnell": part of a longer word.
    if (start > 0) {
      const c = t.charCodeAt(start - 1);
      if ((c === 45 || c === 39 || c === 0x2019) && start > 1 && CLS[t.charCodeAt(start - 2)] !== C_OTHER) return false;
    }
    const key = foldString(t.slice(start, end));
    const learned = this.learned.has(key);
    // All capitals (transcript speaker labels, headings): only people already in the document.
    if (!learned && end - start > 1 && CLS[t.charCodeAt(start + 1)] === C_UPPER) return false;
    const pw = this.prevWordStart(start);
    if (pw >= 0) {
      // "Hunter Biden" (also at the start of a sentence, unless the word is "Yesterday", "When"...), "the Moon".
      if (CLS[t.charCodeAt(pw)] === C_UPPER && (pw > this.sStart || !this.lex.refs.nameStops.has(t.slice(pw, this.wordEnd(pw))))) return false;
      if (this.wordIs(pw, this.wordEnd(pw), 'the')) return false;
    }
    // "Henry Kissinger": a given name.
    if (this.possLen(end) === 0) {
      const nw = this.nextWordUpper(end);
      if (nw >= 0 && this.hitAt(nw, i + 1) < 0) return false;
    }
    return true;
  }

  /**
   * A lower-case sector word written with a capital inside a proper name ("Harvard University",
   * "University of Michigan", "Ford Foundation", "Executive Order").
   */
  private inProperName(i: number): boolean {
    const h = this.hits;
    if (h.upper[i] !== 1) return false;
    const t = this.text;
    const pw = this.prevWordStart(h.start[i]);
    if (pw > this.sStart && (CLS[t.charCodeAt(pw)] === C_UPPER || CLS[t.charCodeAt(pw)] === C_DIGIT)) return true;
    return this.properNameAfter(i);
  }

  /** A capitalised sector word followed by more of a proper name ("Institute of Technology", "Order 14028"). */
  private properNameAfter(i: number): boolean {
    const h = this.hits;
    if (h.upper[i] !== 1) return false;
    const t = this.text;
    const end = h.end[i];
    if (this.possLen(end) > 0) return false;
    const nw = this.nextWordUpper(end);
    if (nw >= 0) {
      const k = this.hitAt(nw, i + 1);
      if (k < 0 || this.senseOfKind(k, M_COUNTRY | M_ORG | M_PERSON | M_SURNAME) === null) return true;
    }
    // "University of Michigan" (but not "Government of Japan").
    const q = this.skipSpace(end);
    const e = this.wordEnd(q);
    if (q > end && this.wordIs(q, e, 'of')) {
      let r = this.skipSpace(e);
      const re = this.wordEnd(r);
      if (this.wordIs(r, re, 'the')) r = this.skipSpace(re);
      if (r < this.sEnd && CLS[t.charCodeAt(r)] === C_UPPER && this.ofActor(end, i + 1) === null) return true;
    }
    return false;
  }

  private handleHonorific(i: number): number {
    const h = this.hits;
    if (!this.readName(h.end[i], i)) return -1;
    const ns = this.nameStart;
    const ne = this.nameEnd;
    const poss = this.namePoss;
    // The name hit itself (if any) may carry table candidates.
    const k = this.hitAt(ns, i + 1);
    const cands = k >= 0 && h.end[k] === ne ? (this.senseOfKind(k, M_PERSON | M_SURNAME)?.people ?? null) : null;
    // "Mr. Kishida": a lone surname is resolved as strictly as a bare one (date, common surnames).
    const single = countWords(this.text, ns, ne) === 1;
    const stop = single && !this.learned.has(foldString(this.text.slice(ns, ne))) &&
      this.lex.refs.bareStops.has(foldString(this.text.slice(ns, ne)));
    const r = stop ? null : this.resolvePerson(ns, ne, null, null, null, null, single, cands);
    const m = this.emitPerson(h.start[i], ne, r, r ? null : this.text.slice(ns, ne), null, null, null, poss);
    this.noteGender(m.name, this.text.slice(h.start[i], h.end[i]));
    if (r === null && !single) {
      this.learn({ name: m.name, country: null, org: null, code: null, sector: null, role: null, provenance: 'stated', person: null, learned: null }, ns, ne, false);
    }
    return ne;
  }

  // --- titles -------------------------------------------------------------------------------------

  private handleTitle(i: number, s: Sense, mod: Modifier | null): number {
    const h = this.hits;
    const tStart = mod ? mod.start : h.start[i];
    const tEnd = h.end[i];
    let pos = tEnd;
    let sector = s.sector;
    const role = s.role;
    // "former prime minister": an elite, not the office holder.
    const pw = this.prevWordLower(tStart);
    const eli = pw !== null && this.lex.refs.eliModifiers.has(pw);
    if (eli) sector = 'ELI';
    if (mod?.org && !mod.country && sector === 'GOV') sector = null;
    let poss = this.possLen(pos) === 2;
    const c1 = poss ? null : this.ofActor(pos, i + 1);
    if (c1) { pos = c1.end; poss = this.possLen(pos) === 2; }
    const afterTitle = pos;
    const possAfterTitle = poss;
    // The name after the title, then "of <country>" after the name.
    if (!s.plural && !poss && this.readName(pos, i)) {
      const ns = this.nameStart;
      let ne = this.nameEnd;
      let nposs = this.namePoss;
      let c2: OfActor | null = null;
      if (!nposs) c2 = this.ofActor(ne, i + 1);
      const stated: Modifier | OfActor | null = mod ?? c1 ?? c2;
      const k = this.hitAt(ns, i + 1);
      const cands = k >= 0 && h.end[k] === ne ? (this.senseOfKind(k, M_PERSON | M_SURNAME)?.people ?? null) : null;
      let r = this.resolvePerson(ns, ne, stated?.country ?? null, stated?.org ?? null, role, sector, false, cands);
      if (r === null && this.nameWords > 1 && isAllCaps(this.text, ns, ne)) {
        // "PRESIDENT REAGAN SAYS", "President Biden Monday": the longest shorter name that resolves.
        for (let w = this.nameWords - 2; w >= 0 && r === null; w--) {
          r = this.resolvePerson(ns, this.nameEnds[w], mod?.country ?? c1?.country ?? null, mod?.org ?? c1?.org ?? null, role, sector, false, null);
          if (r !== null) { ne = this.nameEnds[w]; nposs = this.possLen(ne) === 2; c2 = null; }
        }
      }
      let npos = ne;
      if (c2) { npos = c2.end; nposs = this.possLen(npos) === 2; }
      // Capitals throughout ("PRESIDENT SAYS"): a name only when it resolves.
      const caps = r === null && isAllCaps(this.text, ns, ne);
      // A sector-level word before an unknown single capitalised word is a proper noun phrase
      // ("Executive Order", "General Motors"), not a title and a name.
      const nameOk = r !== null || !caps && (s.office || this.lex.refs.nameTitles.has(s.surface.toLowerCase()));
      if (nameOk) {
        const m = this.emitPerson(tStart, npos, r, r ? null : this.text.slice(ns, ne), role, sector, stated, nposs);
        this.noteGender(m.name, s.surface);
        if (r !== null) this.learn(r, ns, ne, r.person !== null);
        else {
          this.learn({
            name: m.name, country: m.country, org: m.org, code: m.code, sector: m.sector, role: m.role, provenance: 'title',
            person: null, learned: null,
          }, ns, ne, false);
        }
        return npos;
      }
      if (h.upper[i] === 1 && mod === null) return -1;
    }
    pos = afterTitle;
    poss = possAfterTitle;
    const stated: Modifier | OfActor | null = mod ?? c1;
    const det = pw !== null && this.lex.refs.determiners.has(pw);
    if (s.needsContext && stated === null && !(det && s.office)) return -1;
    if (stated === null && this.inProperName(i)) return -1;
    // No name.
    if (s.plural || !s.office && !eli) {
      const country = stated?.country ?? null;
      const m = this.mention(tStart, pos, 'sector', {
        country, org: stated?.org ?? null, code: this.codeOf(country, stated?.org ?? null), sector: mod?.sector ?? sector,
        role: s.plural ? null : role, certain: stated !== null, provenance: 'stated',
      });
      if (poss) m.possessive = true;
      return pos;
    }
    if (stated !== null) {
      // "Japan's prime minister": the holder on the document date.
      let r: ResolvedPerson | null = null;
      if (!eli && role !== null && this.date !== null) {
        const owner = stated.country ?? stated.org;
        const list = owner ? this.lex.peopleByRole.get(`${owner}|${role}`) : undefined;
        const valid = (list ?? []).filter((p) => p.roles.some((x) => x.role === role && roleValidOn(x, this.date!)));
        if (valid.length === 1) r = this.fromTable(valid[0], role, sector);
      }
      const m = this.emitPerson(tStart, pos, r, null, role, sector, stated, poss);
      if (r !== null) m.provenance = 'table';
      return pos;
    }
    // "the President": the person in play with that role.
    if (det && !eli) {
      const ref = this.personInPlay(role, tStart);
      if (ref !== null) {
        const m = this.mention(tStart, pos, 'person', {
          country: ref.country, org: ref.org, code: ref.code, sector: ref.sector ?? sector, name: ref.name, role: ref.role ?? role,
          certain: false, provenance: 'backref',
        });
        m.members = [ref];
        if (poss) m.possessive = true;
        return pos;
      }
    }
    if (s.needsContext) return -1;
    const m = this.mention(tStart, pos, det ? 'person' : 'sector', { sector, role, certain: false, provenance: 'stated' });
    if (poss) m.possessive = true;
    return pos;
  }

  // --- sector nouns -------------------------------------------------------------------------------

  private handleNoun(i: number, s: Sense, mod: Modifier | null): number {
    const h = this.hits;
    if (s.needsContext && mod === null) return -1;
    if (mod === null ? this.inProperName(i) : this.properNameAfter(i)) return -1;
    const start = mod ? mod.start : h.start[i];
    let end = h.end[i];
    let k = i;
    // "government officials", "security forces personnel": adjacent nouns/person titles extend the span.
    while (k + 1 < h.n && h.sent[k + 1] === this.sent) {
      const q = this.skipSpace(end);
      if (q === end || h.start[k + 1] !== q) break;
      const next = this.senseOfKind(k + 1, M_NOUN | M_TITLE);
      if (next === null || next.k === S_TITLE && !next.plural) break;
      k++;
      end = h.end[k];
    }
    let stated: Modifier | OfActor | null = mod;
    const poss0 = this.possLen(end);
    if (stated === null && poss0 === 0) {
      const of = this.ofActor(end, k + 1);
      if (of) { stated = of; end = of.end; }
    }
    if (stated === null) {
      // "the government", "the country": the one country in play.
      let ref: Mention | null = null;
      if (s.definiteRef && k === i && end === h.end[i]) {
        const pw = this.prevWordStart(start);
        if (pw >= 0 && this.wordIs(pw, this.wordEnd(pw), 'the')) {
          // "across the country", "in the nation": a place, not an actor; "the Republic acquisition": a name.
          const p = this.prevWordStart(pw);
          if (s.definite && (h.upper[i] === 1 || p >= 0 && this.lex.refs.locatives.has(this.text.slice(p, this.wordEnd(p)).toLowerCase()))) return -1;
          ref = this.countryInPlay(start);
        }
      }
      if (ref !== null) {
        const m = this.mention(start, end, 'sector', {
          country: ref.country, code: ref.code, sector: s.sector, certain: false, provenance: 'backref',
        });
        m.members = [ref];
        if (this.possLen(end) > 0) m.possessive = true;
        return end;
      }
      if (s.definite) return -1;
    }
    const country = stated?.country ?? null;
    const org = stated?.org ?? null;
    const m = this.mention(start, end, 'sector', {
      country, org, code: this.codeOf(country, org), sector: s.sector, certain: stated !== null, provenance: 'stated',
    });
    if (this.possLen(end) > 0) m.possessive = true;
    return end;
  }

  /**
   * The one country in play before `before`: the countries named earlier in the current sentence, else
   * in the previous two sentences; null when there are none or several. Returns its latest mention.
   */
  private countryInPlay(before: number): Mention | null {
    const ms = this.mentions;
    let found: Mention | null = null;
    let x = ms.length - 1;
    for (let pass = 0; pass < 2; pass++) {
      const floor = pass === 0 ? this.sent : this.sent - 2;
      for (; x >= 0 && ms[x].sentence >= floor; x--) {
        const m = ms[x];
        if (m.start >= before) continue;
        const list = m.members && m.members.length > 0 ? m.members : [m];
        for (const c of list) {
          if (c.country === null) continue;
          if (found === null) found = c;
          else if (found.country !== c.country) return null;
        }
      }
      if (found !== null) return found;
    }
    return null;
  }

  // --- back-references ----------------------------------------------------------------------------

  private personInPlay(role: string | null, before: number): Mention | null {
    const ms = this.mentions;
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      if (m.start >= before) continue;
      if (m.kind !== 'person' || (m.country === null && m.org === null)) continue;
      if (role !== null && m.role !== role) continue;
      return m;
    }
    return null;
  }

  private handleGroup(i: number, s: Sense): number {
    const h = this.hits;
    const members = selectMembers(this.mentions, h.start[i], s.count, s.prefer ?? 'any', s.role);
    if (members.length < 2) return -1;
    const m = this.mention(h.start[i], h.end[i], 'group', { sector: s.sector, certain: false, provenance: 'backref' });
    m.members = members;
    if (this.possLen(h.end[i]) > 0) m.possessive = true;
    return h.end[i];
  }

  private handlePronoun(i: number): number {
    const h = this.hits;
    const start = h.start[i];
    const t = this.text;
    const c0 = t.charCodeAt(start) | 32;
    if (c0 === 105 || c0 === 116) return this.handleObjectPronoun(i); // it / they
    let subject = this.atSentenceStart(start);
    if (!subject) {
      // '..." he said' / ', she added'
      let b = start - 1;
      while (b >= this.sStart && isSpaceCode(t.charCodeAt(b))) b--;
      const c = b >= this.sStart ? t.charCodeAt(b) : 0;
      if (c === 34 || c === 0x201d) subject = true;
      else if (c === 44) {
        const q = this.skipSpace(h.end[i]);
        const e = this.wordEnd(q);
        const w = t.slice(q, e);
        subject = w === 'said' || w === 'says' || w === 'added' || w === 'told' || w === 'noted' || w === 'stressed';
      }
    }
    if (!subject) return -1;
    const g = (t.charCodeAt(start) | 32) === 104 ? 'm' : 'f'; // he / she
    const ms = this.mentions;
    for (let x = ms.length - 1; x >= 0; x--) {
      let m = ms[x];
      if (m.sentence < this.sent - 1) break;
      if (m.kind === 'pronoun' && m.members && m.members.length === 1 && (t.charCodeAt(m.start) | 32) === (g === 'm' ? 104 : 115)) {
        m = m.members[0]; // a chain: "He ... He ..."
      } else {
        if (m.kind !== 'person' || m.name === null) continue;
        const mg = this.genderOf.get(m.name);
        if (mg !== undefined && mg !== g) continue;
        // Only a person in subject position (or in the pronoun's own sentence) is taken.
        if (m.sentence !== this.sent && !this.isSubject(m)) continue;
      }
      // Another (unrecognised) name between the person and the pronoun: too uncertain.
      if (this.otherNameBetween(ms[x].end, start, x + 1)) return -1;
      const p = this.mention(start, h.end[i], 'pronoun', {
        country: m.country, org: m.org, code: m.code, sector: m.sector, name: m.name, role: m.role, certain: false,
        provenance: 'backref',
      });
      p.members = [m];
      return h.end[i];
    }
    return -1;
  }

  /**
   * "it" / "they" opening a sentence: the subject of the previous sentence. "it" takes a country,
   * organisation or institution (never a person); "they" a group, a sector, a plural demonym, an
   * organisation, or two coordinated actors. Expletive "it" ("it is") is skipped. Within a sentence
   * ("Uganda said on Sunday it had paid") the event coder takes the speaker itself, with its own words
   * as evidence, so no mention is made.
   */
  private handleObjectPronoun(i: number): number {
    const h = this.hits;
    const start = h.start[i];
    const end = h.end[i];
    const t = this.text;
    const it = (t.charCodeAt(start) | 32) === 105;
    const sentence = this.sent - 1;
    if (sentence < 0 || !this.atSentenceStart(start)) return -1;
    if (it && this.itExpletive(end)) return -1;
    const ms = this.mentions;
    // The first mention of that sentence (before the pronoun), in subject position.
    let x = ms.length - 1;
    while (x >= 0 && ms[x].sentence > sentence) x--;
    while (x > 0 && ms[x - 1].sentence === sentence) x--;
    if (x < 0 || ms[x].sentence !== sentence || ms[x].start >= start || !this.isSubject(ms[x])) return -1;
    const a = ms[x];
    const identity = a.country !== null || a.org !== null;
    let members: Mention[] | null = null;
    if (it) {
      if (!identity || a.kind === 'person' || a.kind === 'demonym' || a.kind === 'group' || a.kind === 'pronoun') return -1;
      members = [a];
    } else {
      // "Japan and Norway said they ...": two coordinated actors.
      const b = x + 1 < ms.length ? ms[x + 1] : null;
      if (b !== null && b.sentence === sentence && b.start < start && identity && (b.country !== null || b.org !== null) &&
          (this.coordinatedIn(a.end, b.start, sentence) || this.partnerOf(a, b))) {
        members = [a, b];
      } else if (a.kind === 'group' && a.members && a.members.length > 0) {
        members = a.members;
      } else if (identity && (a.kind === 'sector' || a.kind === 'org' ||
          a.kind === 'demonym' && (t.charCodeAt(a.end - 1) | 32) === 115)) {
        members = [a];
      } else return -1;
    }
    if (members.length === 1) {
      const m = members[0];
      const p = this.mention(start, end, 'pronoun', {
        country: m.country, org: m.org, code: m.code, sector: m.sector, name: m.name, role: m.role, certain: false,
        provenance: 'backref',
      });
      p.members = [m];
    } else {
      const g = this.mention(start, end, 'group', { certain: false, provenance: 'backref' });
      g.members = members;
    }
    return end;
  }

  /** "it is", "it would be", "it's": an expletive or predicative "it". */
  private itExpletive(end: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(end);
    if (c === 39 || c === 0x2019) return true;
    const q = this.skipSpace(end);
    if (q === end) return false;
    const e = this.wordEnd(q);
    const w1 = t.slice(q, e).toLowerCase();
    const ex = this.lex.refs.itExpletive;
    if (ex.has(w1)) return true;
    const q2 = this.skipSpace(e);
    if (q2 === e) return false;
    return ex.has(`${w1} ${t.slice(q2, this.wordEnd(q2)).toLowerCase()}`);
  }

  /** Only "and" (or a comma) lies between a and b, within sentence `sentence`. */
  private coordinatedIn(a: number, b: number, sentence: number): boolean {
    const saveS = this.sStart;
    const saveE = this.sEnd;
    this.sStart = this.doc.sentStart[sentence];
    this.sEnd = this.doc.sentEnd[sentence];
    const ok = this.gapIsCoordination(a, b) && !this.wordIs(this.skipSpace(a), this.wordEnd(this.skipSpace(a)), 'or');
    this.sStart = saveS;
    this.sEnd = saveE;
    return ok;
  }

  /**
   * "President Biden spoke with Prime Minister Kishida of Japan. They discussed ...": two actors of
   * different countries joined by "with" (after a short verb phrase) are the "they" that follows.
   */
  private partnerOf(a: Mention, b: Mention): boolean {
    if (a.kind !== 'person' && a.kind !== 'country' && a.kind !== 'metonym') return false;
    if (b.kind !== 'person' && b.kind !== 'country') return false;
    if (a.country === null || b.country === null || a.country === b.country) return false;
    if (b.start - a.end > 60) return false;
    return /^[\s\S]*\bwith\s+$/.test(this.text.slice(a.end, b.start)) && !/[.;:]/.test(this.text.slice(a.end, b.start));
  }

  /** Mention m opens its sentence (after quotes, "The", or a short phrase and a comma). */
  private isSubject(m: Mention): boolean {
    const t = this.text;
    const from = this.doc.sentStart[m.sentence];
    let words = 0;
    let firstWordThe = false;
    let lastNonSpace = 0;
    let p = from;
    while (p < m.start) {
      const c = t.charCodeAt(p);
      if (CLS[c] !== C_OTHER) {
        const e = this.wordEndIn(p, m.start);
        if (words === 0) firstWordThe = this.wordIs(p, e, 'the');
        words++;
        lastNonSpace = 65;
        p = e;
        continue;
      }
      if (!isSpaceCode(c)) lastNonSpace = c;
      p++;
    }
    if (words === 0) return true;
    if (words === 1 && firstWordThe) return true;
    return lastNonSpace === 44 && words <= 4;
  }

  private wordEndIn(p: number, limit: number): number {
    const t = this.text;
    while (p < limit && CLS[t.charCodeAt(p)] !== C_OTHER) p++;
    return p;
  }

  /** A run of two or more capitalised words in [a, b) outside the mentions from index `from` on. */
  private otherNameBetween(a: number, b: number, from: number): boolean {
    const t = this.text;
    const ms = this.mentions;
    let k = from;
    let run = 0;
    let p = a;
    while (p < b) {
      const c = t.charCodeAt(p);
      const cls = CLS[c];
      if (cls === C_OTHER) {
        // Only white space (or an initial's period) keeps a run going.
        if (!isSpaceCode(c) && c !== 46) run = 0;
        p++;
        continue;
      }
      let e = p;
      while (e < b && CLS[t.charCodeAt(e)] !== C_OTHER) e++;
      while (k < ms.length && ms[k].end <= p) k++;
      const inMention = k < ms.length && ms[k].start <= p && ms[k].end > p;
      if (cls === C_UPPER && !inMention) {
        if (++run >= 2) return true;
      } else run = 0;
      p = e;
    }
    return false;
  }

  private noteGender(name: string | null, surface: string): void {
    if (name === null) return;
    const g = this.lex.refs.gender.get(tokenize(surface).join(' '));
    if (g !== undefined && !this.genderOf.has(name)) this.genderOf.set(name, g);
  }
}

/** The folded token `tok` (a given name or an initial) fits the person name `name`. */
function nameCompatible(name: string, tok: string): boolean {
  const toks = tokenize(name);
  if (tok.length === 1) return toks.some((t) => t.charCodeAt(0) === tok.charCodeAt(0));
  return toks.includes(tok);
}

/** No lower-case letter in text[start, end) and at least two upper-case ones. */
function isAllCaps(text: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = CLS[text.charCodeAt(i)];
    if (c === C_LOWER) return false;
    if (c === C_UPPER) upper++;
  }
  return upper >= 2;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = !isSpaceCode(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Key of an actor for "distinct actors in play": its country, else its organisation, else its name. */
export function actorKey(m: Mention): string | null {
  if (m.kind === 'group' || m.kind === 'pronoun') return null;
  if (m.country !== null) return m.country;
  if (m.org !== null) return `org:${m.org}`;
  if (m.kind === 'person' && m.name !== null) return `name:${m.name}`;
  return null;
}

/** Sentences looked back over for "the leaders" (count -1). */
const GROUP_WINDOW = 8;

/**
 * The most recent `count` distinct actors mentioned before offset `before`, in document order.
 * prefer 'person': people first (with `role` when given), then any actors; 'country': actors with a
 * country; 'any': countries or organisations. count -1: every distinct actor of the preferred kind
 * mentioned in the last few sentences (at least two, topped up with other actors).
 */
export function selectMembers(mentions: readonly Mention[], before: number, count: number,
  prefer: 'country' | 'person' | 'any', role: string | null): Mention[] {
  const out: Mention[] = [];
  const keys = new Set<string>();
  let lastSentence = -1;
  for (let x = mentions.length - 1; x >= 0; x--) if (mentions[x].start < before) { lastSentence = mentions[x].sentence; break; }
  const open = count < 0;
  let want = open ? Infinity : count;
  const take = (pred: (m: Mention) => boolean, windowed: boolean): void => {
    for (let x = mentions.length - 1; x >= 0 && out.length < want; x--) {
      const m = mentions[x];
      if (m.start >= before) continue;
      if (windowed && m.sentence < lastSentence - GROUP_WINDOW) break;
      const k = actorKey(m);
      if (k === null || keys.has(k) || !pred(m)) continue;
      keys.add(k);
      out.push(m);
    }
  };
  const person = (m: Mention): boolean => m.kind === 'person';
  const hasCountry = (m: Mention): boolean => m.country !== null;
  if (prefer === 'person') {
    if (role !== null) take((m) => person(m) && m.role === role, open);
    take(person, open);
  } else {
    take(prefer === 'country' ? hasCountry : () => true, open);
  }
  if (open) want = Math.max(2, out.length);
  if (out.length < want) take(prefer === 'country' ? hasCountry : () => true, false);
  return out.sort((a, b) => a.start - b.start);
}
