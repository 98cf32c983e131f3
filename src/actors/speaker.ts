// First-person references in a statement: "I congratulate Turkey", "We welcome the agreement". The
// speaker is named by the document's title ("Statement from President Joe Biden on ...", "Statement by
// the Prime Minister of Japan"); "I" stands for that person and "we" for the speaker's country (or
// organisation). Nothing is resolved for joint statements (whose "we" is several parties), readouts
// or transcripts (whose "I" changes with the turn), or when the title names no single speaker.
//
// The words that introduce a speaker and the title openers that rule one out are data
// (data/actors/references.json: speakerTitles, speakerCues, noSpeakerTitles).

import type { Mention } from './mention.js';

export interface SpeakerRules {
  /** Title openers that mark a statement with one speaker ("statement", "message"). Lower case. */
  titles: readonly string[];
  /** Words after which the speaker is named ("from", "by"). Lower case. */
  cues: readonly string[];
  /** Title openers that rule a single speaker out ("joint statement", "readout"). Lower case. */
  excluded: readonly string[];
}

/**
 * Where in the title the speaker is named: the offset right after "Statement from", or -1 when the
 * title does not introduce one speaker.
 */
export function speakerCueEnd(title: string, rules: SpeakerRules): number {
  const low = title.toLowerCase().trimStart();
  if (rules.excluded.some((x) => low.startsWith(x))) return -1;
  if (!rules.titles.some((x) => low.startsWith(x))) return -1;
  const offset = title.length - low.length;
  // The first cue word ("from", "by") standing alone, followed by a space.
  for (const cue of rules.cues) {
    for (let at = low.indexOf(cue); at >= 0; at = low.indexOf(cue, at + 1)) {
      const before = at === 0 ? ' ' : low[at - 1];
      if ((before === ' ' || before === '\t') && low[at + cue.length] === ' ') return offset + at + cue.length + 1;
    }
  }
  return -1;
}

/** The speaker among the title's mentions: the first person (or country/organisation) after the cue. */
export function pickSpeaker(titleMentions: readonly Mention[], cueEnd: number): Mention | null {
  for (const m of titleMentions) {
    if (m.start < cueEnd) continue;
    if (m.kind === 'person' && (m.country !== null || m.org !== null)) return m;
    if ((m.kind === 'country' || m.kind === 'org' || m.kind === 'metonym') && m.start <= cueEnd + 4) return m;
    if (m.kind === 'sector' && m.country !== null && m.start <= cueEnd + 4) return m;
    return null;
  }
  return null;
}

const FIRST_PERSON = /(?<![\p{L}\p{N}'’-])(I|[Ww]e)(?![\p{L}\p{N}-])/gu;

/**
 * Pronoun mentions for "I" and "we" in sentences [sentStart, sentEnd), standing for the speaker ("I")
 * and the speaker's country or organisation ("we"). Quoted speech is left alone (someone else may speak).
 */
export function firstPersonMentions(text: string, sentStart: readonly number[], sentEnd: readonly number[], speaker: Mention): Mention[] {
  const out: Mention[] = [];
  const group: Mention | null = speaker.country !== null || speaker.org !== null
    ? { ...speaker, kind: speaker.kind === 'person' ? 'country' : speaker.kind, name: null, role: null, sector: speaker.sector ?? 'GOV' }
    : null;
  for (let s = 0; s < sentStart.length; s++) {
    const from = sentStart[s];
    const to = sentEnd[s];
    let quotes = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
    }
    if (quotes > 0) continue;
    FIRST_PERSON.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = FIRST_PERSON.exec(text)) !== null && m.index < to) {
      const we = m[1] !== 'I';
      const who = we ? group : speaker;
      if (who === null) continue;
      out.push({
        start: m.index, end: m.index + m[1].length, sentence: s, kind: 'pronoun', country: who.country, sector: who.sector,
        name: who.name, role: who.role, org: who.org, code: who.code, certain: false, provenance: 'backref', firstPerson: true,
      });
    }
  }
  return out;
}
