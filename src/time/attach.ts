// Which date an event in a sentence gets. Policy, in order:
//  1. A date mention in the same sentence: its date; dateCertain = the mention's `certain` (year,
//     month and day written out). With several, the most precise one (day > week > month > year)
//     wins, and among equals the one nearest to `at` (the trigger's offset) when given, else the first.
//  2. Else the nearest date mention in the previous sentences of the same paragraph (no blank line
//     between them): that date, dateCertain false.
//  3. Else the first day-precise date mention of the document before the event's sentence (or in the
//     first two sentences), on or before
//     the publication date (a dateline "TOKYO, Dec 8 (Reuters)", "On Thursday, ..."): that date,
//     dateCertain false. Without a
//     publication date, the first day-precise mention with a date (only explicit dates have one).
//  4. Else a time of day alone in the same sentence ("at 3 p.m."): the publication date with that
//     text, dateCertain false.
// A month- or year-level date later than publication ("by 2030") is a target and is never attached.
//  5. Else the publication date, dateText null, dateCertain false; else all null.
// Mentions whose date is null (no publication date to resolve them against) are skipped.

import type { Doc } from '../text/doc.js';
import type { DateGranularity, DateMention } from './date-mention.js';
import { sentenceDates } from './extract.js';
import { parseIsoDay, iso } from './calendar.js';

export interface DateAttachment {
  date: string | null;
  dateText: string | null;
  dateCertain: boolean;
}

/** Sentences at the start of a document whose date may stand for the lede's. */
const LEDE_SENTENCES = 2;

const RANK: Record<DateGranularity, number> = { day: 4, week: 3, month: 2, year: 1, time: 0 };

function rank(m: DateMention): number {
  return RANK[m.granularity ?? 'day'];
}

/** True when a blank line separates the end of sentence a from the start of sentence b (a < b). */
export function paragraphBreakBetween(doc: Doc, a: number, b: number): boolean {
  const text = doc.text;
  for (let s = a; s < b; s++) {
    let sawNewline = false;
    for (let p = doc.sentEnd[s]; p < doc.sentStart[s + 1]; p++) {
      const c = text.charCodeAt(p);
      if (c === 10) {
        if (sawNewline) return true;
        sawNewline = true;
      } else if (c !== 32 && c !== 9 && c !== 13) {
        sawNewline = false;
      }
    }
  }
  return false;
}

/** A month- or year-level date after publication is a target ("by 2030", "in 2045"), not when the
 *  event happened: it is never attached. Day-level future dates are kept (scheduled meetings). */
function usable(m: DateMention, published: string | null): boolean {
  if (m.date === null || m.granularity === 'time') return false;
  const g = m.granularity ?? 'day';
  return g === 'day' || published === null || m.date <= published;
}

function pick(mentions: DateMention[], at: number | undefined, published: string | null): DateMention | null {
  let best: DateMention | null = null;
  for (const m of mentions) {
    if (!usable(m, published)) continue;
    if (best === null || rank(m) > rank(best)) { best = m; continue; }
    if (rank(m) === rank(best) && at !== undefined && Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  }
  return best;
}



export function dateFor(doc: Doc, sentence: number, at?: number): DateAttachment {
  const p = parseIsoDay(doc.meta.published);
  const published = p ? iso(p.y, p.m, p.d) : null;
  const own = sentenceDates(doc, sentence);
  const same = pick(own, at, published);
  if (same !== null) return { date: same.date, dateText: same.text, dateCertain: same.certain };

  for (let j = sentence - 1; j >= 0; j--) {
    if (paragraphBreakBetween(doc, j, sentence)) break;
    const ms = sentenceDates(doc, j);
    let last: DateMention | null = null;
    for (const m of ms) if (usable(m, published)) last = m;
    if (last !== null) return { date: last.date, dateText: last.text, dateCertain: false };
  }

  // Only the sentences before the event's own, or the lede's next sentence ("... agreed to elevate ties.
  // This decision was made during their meeting in Tokyo on Thursday"): a date told later belongs to
  // later news.
  for (let j = 0; j < Math.max(sentence, LEDE_SENTENCES); j++) {
    let found: DateMention | null = null;
    for (const m of sentenceDates(doc, j)) {
      if (m.date === null || (m.granularity ?? 'day') !== 'day') continue;
      if (published !== null && m.date > published) continue;
      found = m;
      break;
    }
    if (found !== null) return { date: found.date, dateText: found.text, dateCertain: false };
  }

  if (published !== null) {
    for (const m of own) if (m.granularity === 'time') return { date: published, dateText: m.text, dateCertain: false };
    return { date: published, dateText: null, dateCertain: false };
  }
  return { date: null, dateText: null, dateCertain: false };
}

/** How far before publication a date written out in the event's own sentence makes the event history. */
export const HISTORY_DAYS = 366;

const YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/**
 * Is the event at offset `at` of the sentence history: dated by its own sentence, with a written-out
 * date more than a year before publication ("In May 1846, the United States declared war on Mexico")?
 * Such background is not news and is not coded.
 */
export function isHistory(doc: Doc, sentence: number, at: number): boolean {
  const p = parseIsoDay(doc.meta.published);
  if (!p) return false;
  const published = iso(p.y, p.m, p.d);
  const m = pick(sentenceDates(doc, sentence), at, published);
  // Written out: a full date, or a year in figures ("in 2019", "in May 2019"), not "last year".
  if (m === null || m.date === null || !(m.certain || YEAR.test(m.text))) return false;
  const d = parseIsoDay(m.date);
  if (!d) return false;
  const days = (Date.UTC(p.y, p.m - 1, p.d) - Date.UTC(d.y, d.m - 1, d.d)) / 86400000;
  return days > HISTORY_DAYS;
}
