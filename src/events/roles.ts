// Role assignment on a tagged sentence: the subject of a clause (actor), the recipient after a trigger,
// the agent of a passive ("by X"), the agent inside a noun phrase ("Russia's invasion", "U.S. sanctions"),
// and coordinated actors ("Japan and Norway").

import type { Mention } from '../actors/mention.js';
import { Pos } from '../text/pos.js';
import type { Grammar } from './grammar.js';
import { ClauseKind, type SentenceView } from './sentence.js';

export interface Subject {
  /** Mention indices (coordinated subjects have several). */
  mentions: number[];
  /** Inherited from an enclosing clause (speaker of reported speech, antecedent of a relative). */
  inherited: boolean;
}

/**
 * The preposition governing mention j, or null when none does. Scans back over the noun phrase the
 * mention sits in (determiners, adjectives, nouns, possessives, participle modifiers: "over China's
 * growing military activity"); a mention coordinated with an earlier one shares its preposition.
 */
export function governingPrep(sv: SentenceView, j: number, floor = sv.from, depth = 0): string | null {
  let k = sv.mStart[j] - 1;
  let steps = 0;
  // "denounced as an ugly crime Serbia's suppression": a possessive right after a noun starts a new phrase.
  const m0 = sv.mentions[j];
  if ((m0.possessive || (sv.mEnd[j] < sv.to && (sv.lower(sv.mEnd[j]) === "'s" || sv.lower(sv.mEnd[j]) === '’s'))) && k >= floor && sv.pos(k) === Pos.NOUN && sv.mentionAt(k) < 0) return null;
  while (k >= floor && steps < 8) {
    const mk = sv.mentionAt(k);
    if (mk >= 0) {
      // A possessive or modifier mention inside the same noun phrase ("China's", "U.S.").
      const m = sv.mentions[mk];
      // "of NATO peacekeeping troops": a mention followed by a noun of the same phrase modifies it.
      const nounAfter = sv.mEnd[mk] < sv.mStart[j] && sv.mentionAt(sv.mEnd[mk]) < 0 && sv.pos(sv.mEnd[mk]) === Pos.NOUN;
      if (m.possessive || m.modifier || nounAfter || sv.lower(sv.mEnd[mk]) === "'s" || sv.lower(sv.mEnd[mk]) === '’s') {
        k = sv.mStart[mk] - 1;
        steps++;
        continue;
      }
      return null;
    }
    const p = sv.pos(k);
    const low = sv.lower(k);
    if (p === Pos.DET || p === Pos.ADJ || p === Pos.NUM || p === Pos.NOUN || low === "'s" || low === '’s' || low === '-' ||
      (p === Pos.PROPN) || (p === Pos.PRON && sv.g.possessives.has(low))) {
      k--;
      steps++;
      continue;
    }
    if (p === Pos.VERB && (low.endsWith('ing') || low.endsWith('ed')) && k > floor) {
      // A participle modifier ("growing", "disputed") between a determiner/possessive and the head.
      const pp = sv.pos(k - 1);
      const pl = sv.lower(k - 1);
      if (pp === Pos.DET || pp === Pos.ADJ || pl === "'s" || pl === '’s' || pp === Pos.ADP) {
        k--;
        steps++;
        continue;
      }
      return null;
    }
    if ((low === 'and' || low === 'or' || low === ',') && depth < 4 && k - 1 >= floor) {
      const prevM = sv.mentionAt(k - 1);
      if (prevM >= 0) return governingPrep(sv, prevM, floor, depth + 1);
      return null;
    }
    if (p === Pos.ADP || low === 'to') {
      // "up to 100 Albanians", "more than 30 members": a quantity, not a preposition.
      const quantity = sv.g.quantityPreps.has(low) || (low === 'to' && k - 1 >= floor && sv.lower(k - 1) === 'up');
      if ((quantity && k + 1 < sv.to && sv.pos(k + 1) === Pos.NUM) || (low === 'up' && k + 2 < sv.to && sv.lower(k + 1) === 'to' && sv.pos(k + 2) === Pos.NUM)) {
        k--;
        steps++;
        continue;
      }
      return low;
    }
    if (p === Pos.ADV && sv.g.quantityAdverbs.has(low)) {
      k--;
      steps++;
      continue;
    }
    return null;
  }
  return null;
}

/** Extend mention j with mentions coordinated to it ("X and Y", "X, Y and Z"), up to token limit. */
export function coordinated(sv: SentenceView, j: number, limit: number): number[] {
  const out = [j];
  let cur = j;
  for (;;) {
    // "Libyan leader Muammar Gaddafi and ...": a title and a name found as two adjacent mentions are one actor.
    for (let a = sv.mentionAt(sv.mEnd[cur]); a >= 0 && a !== cur && sv.mStart[a] === sv.mEnd[cur] && sv.mEnd[a] <= limit &&
      sameIdentity(sv.mentions[cur], sv.mentions[a]); a = sv.mentionAt(sv.mEnd[cur])) cur = a;
    let k = sv.mEnd[cur];
    let sawConj = false;
    let steps = 0;
    while (k < limit && steps < 4) {
      const low = sv.lower(k);
      if (sv.mentionAt(k) >= 0) break;
      if (low === 'and' || low === ',' || low === '&' || low === 'as' || low === 'well') {
        if (low === 'and' || low === ',' || low === '&') sawConj = true;
        k++;
        steps++;
        continue;
      }
      if (sv.pos(k) === Pos.DET || (sv.pos(k) === Pos.PROPN && !sawConj)) {
        // determiners, and a name the actor layer did not resolve ("Libyan leader Muammar Gaddafi and ...")
        k++;
        steps++;
        continue;
      }
      if (!sawConj && (sv.pos(k) === Pos.NOUN || sv.pos(k) === Pos.ADJ) && (sv.mentions[cur].modifier || sv.mentions[cur].kind === 'demonym')) {
        // "an Israeli peace movement and the PLO": the rest of the noun phrase a demonym modifies.
        k++;
        steps++;
        continue;
      }
      break;
    }
    const nx = k < limit ? sv.mentionAt(k) : -1;
    if (!sawConj || nx < 0 || nx === cur || out.includes(nx)) break;
    // "between the United States and the Netherlands, the President ...": a list ends at its "and" member.
    if (andBefore(sv, out) && !hasAndBetween(sv, sv.mEnd[cur], sv.mStart[nx])) break;
    // "Saudi-owned": a mention inside a compound modifier is not a member.
    if (sv.mentions[nx].end < sv.doc.text.length && sv.doc.text.charCodeAt(sv.mentions[nx].end) === 45) break;
    // "the United States and Israel, a Saudi weekly reports": after "and", ", a ..." opens an apposition.
    if (andBefore(sv, out)) {
      let q = sv.mStart[nx] - 1;
      while (q > sv.mEnd[cur] && sv.pos(q) === Pos.ADJ) q--;
      const det = sv.lower(q);
      if ((det === 'a' || det === 'an') && sv.lower(q - 1) === ',') break;
    }
    // "X, the Y envoy," is apposition, not coordination: require "and" somewhere before the last member.
    out.push(nx);
    cur = nx;
  }
  if (out.length > 1) {
    // A comma-only pair without "and" is an apposition ("X, the Y envoy"): keep the first. A longer list
    // ("Iran, Libya, North Korea, Sudan, and ...") is a list.
    let hasAnd = out.length >= 3;
    for (let k = sv.mEnd[out[0]]; k < sv.mStart[out[out.length - 1]]; k++) {
      const low = sv.lower(k);
      if (low === 'and' || low === '&') hasAnd = true;
    }
    if (!hasAnd) return [j];
  }
  return out;
}

/** Is there an "and" between tokens from and to? */
function hasAndBetween(sv: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sv.lower(k) === 'and' || sv.lower(k) === '&') return true;
  return false;
}

/** Does the list so far hold an "and"? */
function andBefore(sv: SentenceView, out: number[]): boolean {
  return out.length >= 2 && hasAndBetween(sv, sv.mEnd[out[0]], sv.mStart[out[out.length - 1]]);
}

/** Two mentions that may name the same actor: same country, or one of them without any. */
function sameIdentity(a: Mention, b: Mention): boolean {
  if (a.org !== null && b.org !== null) return a.org === b.org;
  return a.country === null || b.country === null || a.country === b.country;
}

/**
 * The subject of clause c before token h: the first mention of the clause not governed by a
 * preposition; failing that, one governed by "of" ("the leaders of Japan"); failing that, the subject
 * of the enclosing clause when the clause has no subject of its own or a pronoun one.
 */
export function subjectOf(sv: SentenceView, g: Grammar, c: number, h: number, depth = 0): Subject | null {
  const cl = sv.clauses[c];
  // ", a human rights group protested": an attribution after a comma has its subject right before the verb.
  {
    let k = h - 1;
    while (k >= cl.start && (sv.pos(k) === Pos.ADV || sv.pos(k) === Pos.AUX || g.timeWords.has(sv.lower(k)))) k--;
    const j = k >= cl.start ? sv.mentionAt(k) : -1;
    if (j >= 0 && sv.mEnd[j] === k + 1) {
      let q = sv.mStart[j] - 1;
      while (q >= cl.start && (sv.pos(q) === Pos.DET || sv.pos(q) === Pos.ADJ)) q--;
      if (q >= cl.start && sv.lower(q) === ',' && q > cl.start) return { mentions: [j], inherited: false };
    }
    // ", a human rights group protested": the same with a subject that names no actor; the actor is
    // unknown, not the subject of the clause before the comma.
    if (j < 0 && k > cl.start) {
      let q = k;
      let noun = false;
      while (q > cl.start && sv.mentionAt(q) < 0) {
        const p = sv.pos(q);
        if (p === Pos.NOUN || p === Pos.PROPN) noun = true;
        else if (p !== Pos.DET && p !== Pos.ADJ && p !== Pos.NUM) break;
        q--;
      }
      if (noun && q < k && q > cl.start && sv.lower(q) === ',' && sv.mentionAt(q) < 0 && !g.timeWords.has(sv.lower(k))) return null;
    }
  }
  let ofMention = -1;
  let nounSubject = false;
  let pronoun = false;
  for (let t = cl.start; t < h; t++) {
    const ct = sv.clauseAt(t);
    // A parenthesis inside the clause ("the International Labor Office (ILO)") belongs to it.
    if (ct !== c && !(sv.clauses[ct].kind === ClauseKind.Paren && sv.clauses[ct].parent === c)) continue;
    const j = sv.mentionAt(t);
    if (j >= 0) {
      if (sv.mStart[j] !== t && t !== cl.start) continue;
      if (isProAnti(sv, j)) {
        t = sv.mEnd[j] - 1;
        continue;
      }
      const prep = governingPrep(sv, j, cl.start);
      if (prep === null && asPhrase(sv, j, cl.start)) {
        // "As strong NATO Allies, they discussed ...": a predicative "as" phrase is not the subject.
        t = sv.mEnd[j] - 1;
        continue;
      }
      if (prep === null) {
        // "NATO-member Norway", "Iran's foreign minister Zarif": the head is the later mention.
        let jj = j;
        for (;;) {
          let q = sv.mEnd[jj];
          let steps = 0;
          while (q < h && steps < 3 && sv.mentionAt(q) < 0 && (sv.lower(q) === '-' || sv.lower(q) === "'s" || sv.lower(q) === '’s' || sv.pos(q) === Pos.NOUN || sv.pos(q) === Pos.ADJ)) {
            q++;
            steps++;
          }
          const nx = q < h ? sv.mentionAt(q) : -1;
          const cur = sv.mentions[jj];
          const noId = cur.country === null && cur.org === null;
          if (nx < 0 || nx === jj || (steps === 0 && !cur.possessive && !noId)) break;
          // "NATO peacekeeping troops": a head without a country or organisation keeps its modifier's.
          const nxm = sv.mentions[nx];
          if (!noId && nxm.country === null && nxm.org === null && nxm.kind === 'sector') break;
          jj = nx;
        }
        return { mentions: coordinated(sv, jj, h), inherited: false };
      }
      if (prep === 'of' && ofMention < 0) ofMention = j;
      t = sv.mEnd[j] - 1;
      continue;
    }
    const p = sv.pos(t);
    if (g.timeWords.has(sv.lower(t))) continue;
    if ((p === Pos.VERB || p === Pos.AUX) && sv.lower(t) !== 'according' && !sv.lower(t).endsWith('ing') && (nounSubject || pronoun)) {
      // The subject stands before the clause's first verb (a participle opening the clause does not count:
      // "Newly appointed Prime Minister X has ...").
      if (t !== h) break;
    }
    if ((p === Pos.NOUN || p === Pos.PROPN) && !nounSubject && !pronoun) {
      // A noun not inside a prepositional phrase is a (non-actor) subject.
      let k = t - 1;
      while (k >= cl.start && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ || sv.pos(k) === Pos.NUM || sv.pos(k) === Pos.NOUN || sv.pos(k) === Pos.PROPN)) k--;
      if (k < cl.start || sv.pos(k) !== Pos.ADP) nounSubject = true;
    }
    if (p === Pos.PRON && g.subjectPronouns.has(sv.lower(t)) && !nounSubject) pronoun = true;
  }
  if (ofMention >= 0) return { mentions: coordinated(sv, ofMention, h), inherited: false };
  if (depth > 4) return null;
  // "declared that the violence amounted to genocide and urged the world to act": a speech act joined
  // to a reported clause whose subject is no actor is the speaker's second act.
  const speakersAct = nounSubject && cl.kind === ClauseKind.Reported && cl.speechVerb >= 0 && h - 1 > cl.start &&
    g.conjunctions.has(sv.lower(h - 1)) && g.speechActs.has(sv.lemma(h));
  if (nounSubject && !pronoun && !speakersAct) return null;
  if (cl.kind === ClauseKind.Relative) {
    if (cl.antecedent >= 0) return { mentions: [cl.antecedent], inherited: true };
    return null;
  }
  if (cl.parent >= 0 && cl.kind !== ClauseKind.Coord) {
    const parent = sv.clauses[cl.parent];
    // The subject of the enclosing clause stands before this clause.
    const at = cl.kind === ClauseKind.Reported && cl.speechVerb >= 0 ? cl.speechVerb : cl.start;
    const s = subjectOf(sv, g, cl.parent, Math.max(parent.start, at), depth + 1);
    if (s) return { mentions: s.mentions, inherited: true };
  }
  return null;
}

/** Is mention j the head of an "as" phrase ("As strong NATO Allies, ...")? */
function asPhrase(sv: SentenceView, j: number, from: number): boolean {
  let k = sv.mStart[j] - 1;
  while (k >= from && sv.lower(k) !== 'as' && (sv.pos(k) === Pos.DET || sv.pos(k) === Pos.ADJ || sv.pos(k) === Pos.ADV)) k--;
  return k >= from && sv.lower(k) === 'as' && (k === from || sv.lower(k - 1) === ',');
}

/** "pro-Iranian", "anti-American": the mention names whom a group favours or opposes, not the group. */
export function isProAnti(sv: SentenceView, j: number): boolean {
  const m = sv.mentions[j];
  const text = sv.doc.text;
  if (m.start < 2 || text.charCodeAt(m.start - 1) !== 45) return false;
  const before = text.slice(Math.max(0, m.start - 5), m.start - 1).toLowerCase();
  return before.endsWith('pro') || before.endsWith('anti') || before.endsWith('non');
}

/** The mention governed by "by" right after token `after` (passive agent), or -1. */
export function agentAfter(sv: SentenceView, after: number, limit: number): number {
  for (let k = after; k < limit && k <= after + 10; k++) {
    const low = sv.lower(k);
    if (low === ',' || low === ';' || (sv.pos(k) === Pos.VERB && k > after) || sv.pos(k) === Pos.AUX) return -1;
    if (low !== 'by') continue;
    for (let q = k + 1; q < limit && q <= k + 4; q++) {
      const j = sv.mentionAt(q);
      if (j >= 0) return j;
      const p = sv.pos(q);
      if (p !== Pos.DET && p !== Pos.ADJ && p !== Pos.NUM) break;
    }
    return -1;
  }
  return -1;
}

/** The mention(s) inside the noun phrase ending at head: "Russia's invasion", "U.S. and British air strikes". */
export function nounAgent(sv: SentenceView, head: number): number[] | null {
  let k = head - 1;
  let steps = 0;
  while (k >= sv.from && steps < 5) {
    const j = sv.mentionAt(k);
    if (j >= 0) {
      // Collect coordinated premodifiers ("U.S. and British").
      const out = [j];
      let q = sv.mStart[j] - 1;
      while (q >= sv.from) {
        const low = sv.lower(q);
        if (low === 'and' || low === ',') {
          const jj = sv.mentionAt(q - 1);
          if (jj >= 0 && !out.includes(jj)) {
            out.unshift(jj);
            q = sv.mStart[jj] - 1;
            continue;
          }
        }
        break;
      }
      return out;
    }
    const p = sv.pos(k);
    const low = sv.lower(k);
    if (p === Pos.ADJ || p === Pos.NOUN || p === Pos.NUM || low === "'s" || low === '’s' || low === '-' || low === "'") {
      k--;
      steps++;
      continue;
    }
    break;
  }
  return null;
}

/** The light verb governing a noun trigger ("launched an attack"), or -1. */
export function lightVerbBefore(sv: SentenceView, g: Grammar, head: number): number {
  let k = head - 1;
  let steps = 0;
  while (k >= sv.from && steps < 8) {
    const p = sv.pos(k);
    if (p === Pos.VERB) return g.lightVerbs.has(sv.lemma(k)) ? k : -1;
    // "held the first India-Australia Annual Summit": proper nouns inside the noun phrase.
    if (p === Pos.DET || p === Pos.ADJ || p === Pos.NUM || p === Pos.NOUN || p === Pos.PROPN || p === Pos.PART || p === Pos.PRON || p === Pos.ADV || sv.lower(k) === '-' || sv.mentionAt(k) >= 0) {
      k--;
      steps++;
      continue;
    }
    // "held a first round of talks", "speeded up the withdrawal"
    if (p === Pos.ADP && (sv.lower(k) === 'of' || (k - 1 >= sv.from && sv.pos(k - 1) === Pos.VERB))) {
      k--;
      steps++;
      continue;
    }
    return -1;
  }
  return -1;
}
