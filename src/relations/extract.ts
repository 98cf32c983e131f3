// Relationship facts from raw text and actor mentions: partnership tiers and their changes ("agreed to
// elevate it to a Strategic Partnership"), diplomatic relations (establish / sever / restore) and joint
// statements (issuers, and whether the text calls it the first).
//
// Only sentences holding a head word of a target phrase are examined (one precompiled scan). In such a
// sentence the phrase matcher finds targets (tier, diplomatic-relations and joint-statement phrases) and
// cues (change verbs, historic markers, negations, hedges, 'first'). Rules, per target:
//  - A change cue before the target (within `window` words) claims a target: an 'upgrade' cue claims
//    the first tier after it that follows 'to'/'into' ("elevate relations from X to Y": Y), else the
//    first tier after it; a 'needsTo' cue ("take", "bring") only a tier after 'to'; other cues the
//    first target of a kind they apply to. The nearest claiming cue wins.
//  - Without a claiming cue, a cue right after the target in the passive counts ("was established").
//  - A historic marker before the target ("the 10th anniversary of", "since") makes it 'reaffirm'.
//  - A tier with no cue is a 'reaffirm' at low confidence when it names the standing tier ("their
//    strategic partnership", "are strategic partners"); a diplomatic-relations phrase with no cue is
//    nothing. A negation just before the cue drops the fact; a hedge lowers confidence.
//  - Parties: a hyphenated pair just before the target ("the Japan-Norway relationship"), else the
//    countries of the sentence's mentions (group mentions count their members); with fewer than two
//    or more than two, the document's two most-mentioned countries when they fit, at lower confidence.
//  - One fact per pair + tier + change (joint statements: per country set), the most confident first one.

import type { Evidence, Relation } from '../contract.js';
import type { Mention } from '../actors/mention.js';
import type { Doc } from '../text/doc.js';
import type { WordBuffer } from '../topics/phrases.js';
import { relationKnowledge, type Change, type RelationKnowledge, type Role, type TargetKind, type TierDef } from './knowledge.js';

export interface DateInfo {
  date: string | null;
  dateText: string | null;
  dateCertain: boolean;
}
export type DateFn = (doc: Doc, sentence: number, at?: number) => DateInfo;

interface Hit {
  roles: readonly Role[];
  start: number;
  end: number;
  w0: number;
  w1: number;
}

interface Target {
  hit: Hit;
  kind: TargetKind | 'stmt';
  tier: TierDef | null;
  pairOnly: boolean;
  /** Change implied by the phrase itself ("severed ties"). */
  implied: Change | null;
}

interface Words {
  hash: Int32Array;
  start: Int32Array;
  count: number;
}

interface Parties {
  countries: string[];
  /** Organisation parties ("ASEAN" in a U.S.-ASEAN partnership), when there are any. */
  organisations?: string[];
  confidence: number;
}

/** Every party of a relation: its countries and organisations, sorted. */
export function partiesOf(r: Pick<Relation, 'countries' | 'parties'>): string[] {
  return r.parties ?? r.countries;
}

function orgFields(p: Parties): Partial<Relation> {
  if (!p.organisations || p.organisations.length === 0) return {};
  return { organisations: p.organisations, parties: sorted([...p.countries, ...p.organisations]) };
}

/** No relation from this sentence (see orgParties). */
const NO_PAIR: Parties = { countries: [], confidence: 0 };

/**
 * "The United States and ASEAN elevated their relationship to ...": with fewer than two countries in
 * the sentence, an organisation named there is the other party (never the document's other countries).
 * Returns null when the sentence names two countries or no organisation (the country rules apply).
 */
function orgParties(t: Target, cs: CountryAt[], orgs: string[], pairs: Pair[]): Parties | null {
  if (orgs.length === 0) return null;
  if (pairs.some((p) => p.end <= t.hit.start && t.hit.start - p.end <= 80 && p.a !== null && p.b !== null)) return null;
  const countries = sorted(cs.map((c) => c.country));
  if (countries.length >= 2) return null;
  // An organisation is in play but the sentence names no pair: no tier fact (and no fallback to the
  // document's countries, which would put words in the wrong mouths).
  if (t.kind !== 'stmt' && countries.length + orgs.length !== 2) return NO_PAIR;
  return { countries, organisations: sorted(orgs), confidence: cs.some((c) => c.direct) ? 0.9 : 0.8 };
}

/** Sentences worth examining: those holding a head word of a target phrase. */
export function candidateSentences(doc: Doc, k: RelationKnowledge = relationKnowledge()): number[] {
  const out: number[] = [];
  if (doc.sentenceCount === 0) return out;
  const re = k.headRe;
  re.lastIndex = 0;
  const text = doc.text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = doc.sentenceAt(m.index);
    if (m.index >= doc.sentEnd[s]) { re.lastIndex = m.index + 1; continue; }
    out.push(s);
    re.lastIndex = Math.max(doc.sentEnd[s], m.index + 1);
  }
  return out;
}

/** The two most-mentioned countries of the document (ties: first mentioned), or null. */
export function mainPair(doc: Doc): [string, string] | null {
  const count = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.kind === 'group' || m.country === null) continue;
    count.set(m.country, (count.get(m.country) ?? 0) + 1);
  }
  if (count.size < 2) return null;
  const order = [...count.keys()];
  order.sort((a, b) => count.get(b)! - count.get(a)! || order.indexOf(a) - order.indexOf(b));
  return [order[0], order[1]];
}

/** Mentions inside sentence i (doc.mentions is sorted by start): binary search, then a short walk. */
function mentionsOf(doc: Doc, i: number): Mention[] {
  const ms = doc.mentions;
  const s = doc.sentStart[i];
  const e = doc.sentEnd[i];
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let x = lo; x < ms.length && ms[x].start < e; x++) out.push(ms[x]);
  return out;
}

function isDash(s: string): boolean {
  const t = s.trim();
  return t === '-' || t === '\u2013' || t === '\u2014' || t === '/' || t === '\u2010' || t === '\u2011';
}

interface CountryAt { country: string; start: number; end: number; direct: boolean }

function sentenceCountries(ms: Mention[]): CountryAt[] {
  const out: CountryAt[] = [];
  for (const m of ms) {
    if (m.kind === 'group') {
      for (const mem of m.members ?? []) if (mem.country) out.push({ country: mem.country, start: m.start, end: m.end, direct: false });
    } else if (m.country) {
      out.push({ country: m.country, start: m.start, end: m.end, direct: true });
    }
  }
  return out;
}

/** Organisations named as actors in the sentence ("ASEAN", "the European Union"), by id. */
function sentenceOrganisations(ms: Mention[]): string[] {
  const out: string[] = [];
  for (const m of ms) if (m.kind === 'org' && m.country === null && m.org !== null && !out.includes(m.org)) out.push(m.org);
  return out;
}

interface Pair { a: string | null; b: string | null; start: number; end: number }

/**
 * Hyphenated pairs ("Japan-Norway", "U.S.-ROK", "U.S.-ASEAN") among the sentence's mentions; a side
 * that is not a country (an organisation) is null.
 */
function hyphenPairs(text: string, ms: Mention[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.kind === 'group' || b.kind === 'group' || a.kind === 'pronoun' || b.kind === 'pronoun') continue;
    if (b.start < a.end || b.start - a.end > 3 || (a.country !== null && a.country === b.country)) continue;
    if (a.country === null && b.country === null) continue;
    if (isDash(text.slice(a.end, b.start))) out.push({ a: a.country, b: b.country, start: a.start, end: b.end });
  }
  return out;
}

function sorted(a: Iterable<string>): string[] {
  return [...new Set(a)].sort();
}

export function extractRelations(doc: Doc, dateFn: DateFn, k: RelationKnowledge = relationKnowledge()): Relation[] {
  const out: Relation[] = [];
  const index = new Map<string, number>();
  let main: [string, string] | null | undefined;
  const getMain = (): [string, string] | null => (main === undefined ? (main = mainPair(doc)) : main);
  const text = doc.text;
  let lastSentence = -1;

  for (const i of candidateSentences(doc, k)) {
    if (i === lastSentence) continue;
    lastSentence = i;
    const hits: Hit[] = [];
    const w = k.matcher.scan(text, doc.sentStart[i], doc.sentEnd[i], (roles, start, end, w0, w1) => {
      hits.push({ roles, start, end, w0, w1 });
    });
    const words: Words = copyWords(w);
    const targets: Target[] = [];
    for (const h of hits) {
      for (const r of h.roles) {
        if (r.r === 'tier') { targets.push({ hit: h, kind: 'tier', tier: r.tier, pairOnly: r.pairOnly, implied: null }); break; }
        if (r.r === 'dip') { targets.push({ hit: h, kind: 'diplomatic-relations', tier: k.diplomatic, pairOnly: false, implied: r.change }); break; }
        if (r.r === 'stmt') { targets.push({ hit: h, kind: 'stmt', tier: null, pairOnly: false, implied: null }); break; }
      }
    }
    if (targets.length === 0) continue;

    const ms = mentionsOf(doc, i);
    const cs = sentenceCountries(ms);
    const orgs = sentenceOrganisations(ms);
    const pairs = hyphenPairs(text, ms);
    const live = targets.filter((t) => {
      // Bare 'alliance' only right after a hyphenated pair.
      if (t.pairOnly && !pairs.some((p) => p.end <= t.hit.start && t.hit.start - p.end <= 3)) return false;
      // "a strategic partnership on food security" is a programme, not a tier.
      if (t.kind === 'tier' && hits.some((h) => h.w0 === t.hit.w1 && h.roles.some((r) => r.r === 'notAfter'))) {
        const next = t.hit.w1 + 1 < words.count ? text.charCodeAt(words.start[t.hit.w1 + 1]) : 0;
        if (!(next >= 48 && next <= 57)) return false;
      }
      return true;
    });
    if (live.length === 0) continue;

    const claims = claimTargets(hits, live, words, k);
    let evidence: Evidence | null = null;
    const ev = (): Evidence => (evidence ??= doc.sentenceEvidence(i));

    for (const t of live) {
      const parties = orgParties(t, cs, orgs, pairs) ?? partiesFor(t, cs, pairs, words, k, getMain);
      if (parties === null) continue;
      if (t.kind === 'stmt') {
        if (hasBefore(hits, t.hit, 4, 'neg')) continue;
        const first = hits.some((h) => (h.roles.some((r) => r.r === 'first') && h.w1 <= t.hit.w0 && t.hit.w0 - h.w1 <= k.firstWindow)
          || h.roles.some((r) => r.r === 'firstAnywhere'));
        // Issued here ("issued a joint statement", "the joint statement released by") or only referred to.
        let weight = 0.9;
        const issued = hits.some((h) => h.roles.some((r) => r.r === 'stmtVerb')
          && ((h.w1 <= t.hit.w0 && t.hit.w0 - h.w1 <= k.nearWindow) || (h.w0 >= t.hit.w1 && h.w0 - t.hit.w1 <= 1)));
        if (!issued) weight *= 0.7;
        if (hasBefore(hits, t.hit, k.nearWindow, 'historic')) weight *= 0.7;
        const d = dateFn(doc, i, t.hit.start);
        const rel: Relation = {
          kind: 'joint-statement', countries: parties.countries, ...orgFields(parties), first, date: d.date, dateText: d.dateText,
          dateCertain: d.dateCertain, evidence: ev(), confidence: round(parties.confidence * weight),
        };
        keep(out, index, `js|${partiesOf(rel).join(',')}`, rel);
        continue;
      }
      if (parties.countries.length + (parties.organisations?.length ?? 0) !== 2) continue;
      const decided = decideChange(t, hits, words, claims.get(t) ?? null, cs, pairs, k);
      if (decided === null) continue;
      // "forge strategic partnerships" (plural, no parties named by the phrase) is a generic aim.
      if (decided.change === 'establish' && t.kind === 'tier' && isPlural(text, t.hit)) continue;
      const d = dateFn(doc, i, t.hit.start);
      const tier = t.tier!;
      const rel: Relation = {
        kind: t.kind, countries: parties.countries, ...orgFields(parties), tier: tier.id, rank: tier.rank, change: decided.change,
        date: d.date, dateText: d.dateText, dateCertain: d.dateCertain, evidence: ev(),
        confidence: round(parties.confidence * decided.confidence),
      };
      keep(out, index, `${t.kind}|${partiesOf(rel).join(',')}|${tier.id}|${decided.change}`, rel);
    }
  }
  return out;
}

function isPlural(text: string, h: Hit): boolean {
  const last = text.charCodeAt(h.end - 1) | 32;
  return last === 115; // partnerships, partners, allies, alliances
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function copyWords(w: WordBuffer): Words {
  return { hash: w.hash.slice(0, w.count), start: w.start.slice(0, w.count), count: w.count };
}

/** Keep the first fact per key; a later one replaces it only when more confident (or says 'first'). */
function keep(out: Relation[], index: Map<string, number>, key: string, rel: Relation): void {
  const at = index.get(key);
  if (at === undefined) {
    index.set(key, out.length);
    out.push(rel);
    return;
  }
  const prev = out[at];
  if (rel.kind === 'joint-statement' && rel.first !== prev.first) {
    // The evidence of a joint statement is the sentence that says it is the first, when one does.
    const best = rel.first ? rel : prev;
    out[at] = { ...best, confidence: Math.max(rel.confidence ?? 0, prev.confidence ?? 0) };
    return;
  }
  if ((rel.confidence ?? 0) > (prev.confidence ?? 0) || ((rel.confidence ?? 0) === (prev.confidence ?? 0) && rel.dateCertain && !prev.dateCertain)) {
    out[at] = rel;
  }
}

function hasBefore(hits: Hit[], target: Hit, within: number, role: Role['r']): boolean {
  for (const h of hits) {
    if (h.w1 > target.w0) break;
    if (target.w0 - h.w1 <= within && h.roles.some((r) => r.r === role)) return true;
  }
  return false;
}

/** Word index of the nearest non-filler word before word `w`, or -1. */
function prevContent(words: Words, w: number, k: RelationKnowledge): number {
  let j = w - 1;
  while (j >= 0 && k.fillers.has(words.hash[j])) j--;
  return j;
}

function followsTo(words: Words, t: Target, k: RelationKnowledge): boolean {
  const j = prevContent(words, t.hit.w0, k);
  return j >= 0 && k.toWords.has(words.hash[j]);
}

/** "... to new heights", "to a higher level" within a few words after the target. */
function toNewLevel(words: Words, t: Target, k: RelationKnowledge): boolean {
  const end = Math.min(words.count - 1, t.hit.w1 + 8);
  for (let j = t.hit.w1; j < end; j++) {
    if (!k.toWords.has(words.hash[j])) continue;
    let q = j + 1;
    while (q < words.count && k.articles.has(words.hash[q])) q++;
    if (q < words.count && k.levelWords.has(words.hash[q])) return true;
  }
  return false;
}

interface Claim { role: Extract<Role, { r: 'cue' }>; cue: Hit }

function applies(role: Extract<Role, { r: 'cue' }>, kind: TargetKind): boolean {
  return role.kinds === null || role.kinds.includes(kind);
}

/** For each tier / diplomatic target, the nearest cue before it that claims it. */
function claimTargets(hits: Hit[], targets: Target[], words: Words, k: RelationKnowledge): Map<Target, Claim> {
  const claims = new Map<Target, Claim>();
  for (const cue of hits) {
    const roles = cue.roles.filter((r): r is Extract<Role, { r: 'cue' }> => r.r === 'cue');
    if (roles.length === 0) continue;
    const after = targets.filter((t) => t.kind !== 'stmt' && t.hit.w0 >= cue.w1 && t.hit.w0 - cue.w1 <= k.window);
    if (after.length === 0) continue;
    const near = after.filter((t) => t.hit.w0 - cue.w1 <= k.nearWindow);
    let best: { t: Target; role: Extract<Role, { r: 'cue' }> } | null = null;
    for (const role of [...roles].sort((a, b) => a.order - b.order)) {
      let t: Target | undefined;
      if (role.change === 'upgrade') {
        t = after.find((x) => x.kind === 'tier' && applies(role, 'tier') && followsTo(words, x, k));
        if (t === undefined && !role.needsTo) t = near.find((x) => x.kind === 'tier' && applies(role, 'tier'));
      } else {
        t = near.find((x) => applies(role, x.kind as TargetKind));
      }
      if (t !== undefined) { best = { t, role }; break; }
    }
    if (best === null) continue;
    const prev = claims.get(best.t);
    if (prev === undefined || prev.cue.w1 <= cue.w1) claims.set(best.t, { role: best.role, cue });
  }
  return claims;
}

function decideChange(t: Target, hits: Hit[], words: Words, claim: Claim | null, cs: CountryAt[], pairs: Pair[], k: RelationKnowledge): { change: Change; confidence: number } | null {
  const historic = hits.some((h) => h.w1 <= t.hit.w0 && t.hit.w0 - h.w1 <= k.window && h.roles.some((r) => r.r === 'historic'));
  if (claim !== null) {
    if (hasBefore(hits, claim.cue, 3, 'neg')) return null;
    let confidence = claim.role.needsTo ? 0.85 : 0.95;
    if (hasBefore(hits, claim.cue, 6, 'hedge')) confidence *= 0.6;
    if (historic) return { change: 'reaffirm', confidence: confidence * 0.8 };
    let change = claim.role.change;
    if (t.implied !== null && change !== 'reaffirm') change = t.implied;
    // "elevate the strategic partnership (between ...) to new heights": the tier stays.
    if (change === 'upgrade' && !followsTo(words, t, k) && toNewLevel(words, t, k)) return { change: 'reaffirm', confidence: 0.6 };
    return { change, confidence };
  }
  // A cue right after the target, in the passive: "a strategic partnership was established"; a
  // historic marker there ("the partnership established in 2015") makes it a reaffirmation.
  // The parties may come between: "a strategic partnership between India and Vietnam was established".
  let j = t.hit.w1;
  let aux = false;
  for (; j < words.count && j - t.hit.w1 <= 10; j++) {
    const h = words.hash[j];
    if (k.passive.has(h)) { aux = true; continue; }
    if (k.between.has(h) || cs.some((c) => c.start <= words.start[j] && words.start[j] < c.end)) continue;
    break;
  }
  const post = hits.find((h) => h.w0 === j);
  if (post !== undefined) {
    if (post.roles.some((r) => r.r === 'historic')) return { change: 'reaffirm', confidence: 0.6 };
    const role = post.roles.find((r): r is Extract<Role, { r: 'cue' }> => r.r === 'cue' && !r.needsTo && applies(r, t.kind as TargetKind));
    if (role !== undefined && aux) {
      if (hasBefore(hits, t.hit, 3, 'neg')) return null;
      return { change: historic ? 'reaffirm' : (t.implied ?? role.change), confidence: 0.8 };
    }
  }
  if (t.implied !== null) {
    if (hasBefore(hits, t.hit, 3, 'neg')) return null;
    let confidence = 0.9;
    if (hasBefore(hits, t.hit, 6, 'hedge')) confidence *= 0.6;
    return { change: historic ? 'reaffirm' : t.implied, confidence };
  }
  if (historic) return { change: 'reaffirm', confidence: 0.6 };
  if (t.kind !== 'tier') return null;
  // A cue-less tier: the standing tier ("their strategic partnership", "are strategic partners").
  const p = t.hit.w0 - 1;
  if (p >= 0 && words.hash[p] === k.from) return null;
  if (p >= 0 && k.standing.has(words.hash[p])) return { change: 'reaffirm', confidence: 0.45 };
  if (pairs.some((q) => q.end <= t.hit.start && t.hit.start - q.end <= 3)) return { change: 'reaffirm', confidence: 0.45 };
  return null;
}

function partiesFor(t: Target, cs: CountryAt[], pairs: Pair[], words: Words, k: RelationKnowledge,
  getMain: () => [string, string] | null): Parties | null {
  // A hyphenated pair just before the phrase ("the Japan-Norway relationship to a ...", "U.S.-ROK
  // Alliance"); with an organisation on one side ("U.S.-ASEAN") the fact is not between two countries.
  let near: Pair | null = null;
  for (const p of pairs) if (p.end <= t.hit.start && t.hit.start - p.end <= 80) near = p;
  if (near !== null) {
    if (near.a === null || near.b === null) return null;
    return { countries: sorted([near.a, near.b]), confidence: 1 };
  }
  // "... between X and Y" right after the phrase names the parties.
  for (let j = t.hit.w1; j < words.count && j <= t.hit.w1 + 2; j++) {
    if (words.hash[j] !== k.betweenWord) continue;
    const at = words.start[j];
    const after = sorted(cs.filter((c) => c.start >= at && c.start - at <= 100).map((c) => c.country));
    if (after.length >= 2 && (t.kind === 'stmt' || after.length === 2)) return { countries: after, confidence: 1 };
    if (t.kind !== 'stmt') return null;
    break;
  }
  const distinct = sorted(cs.map((c) => c.country));
  const direct = cs.some((c) => c.direct);
  const main = getMain();
  if (t.kind === 'stmt') {
    if (distinct.length >= 2) return { countries: distinct, confidence: direct ? 1 : 0.9 };
    if (main !== null && distinct.every((c) => main.includes(c))) return { countries: sorted(main), confidence: distinct.length === 1 ? 0.8 : 0.65 };
    return null;
  }
  if (distinct.length === 2) return { countries: distinct, confidence: direct ? 1 : 0.9 };
  if (main === null) return null;
  if (distinct.length > 2) {
    return main.every((c) => distinct.includes(c)) ? { countries: sorted(main), confidence: 0.7 } : null;
  }
  if (distinct.length === 1) return main.includes(distinct[0]) ? { countries: sorted(main), confidence: 0.8 } : null;
  return { countries: sorted(main), confidence: 0.65 };
}
