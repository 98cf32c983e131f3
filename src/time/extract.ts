// Date mentions of a sentence: a cheap precompiled prefilter, then chrono-node (news-chrono.ts) on the
// sentences that pass, resolved against the publication date. Results are cached per document, so the
// component (all sentences), `datesForSentences` (chosen sentences) and the attach policy (which
// looks at neighbouring sentences on demand) share the work.

import { gatherSentences } from '../text/gather.js';
import type { ParsedResult } from 'chrono-node';
import type { Doc } from '../text/doc.js';
import type { DateGranularity, DateMention } from './date-mention.js';
import { iso, parseIsoDay } from './calendar.js';
import { newsChrono } from './news-chrono.js';

// Words that can start a date expression. Month and weekday names must be capitalised (news style;
// lower-case "may"/"march" are verbs and nouns); the relative words may be either.
const PREFILTER = new RegExp(
  '\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?' +
    '|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day' +
    '|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ww]eekend|ago' +
    '|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Ee]arlier|[Ll]ater)\\s+(?:week|month|year|morning|afternoon|evening|night))\\b' +
    "|\\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough(?:out)?|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(?:(?:early|late|mid-?)\\s*)?(?:19|20)\\d\\d" +
    '|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d\\s?[ap]\\.?m\\b|\\d:\\d\\d',
);

/** True when the sentence text may contain a date expression (no false negatives for what chrono reads
 *  and entente keeps, few false positives). */
export function mayHaveDate(text: string): boolean {
  return PREFILTER.test(text);
}

interface DocDates {
  /** Reference for chrono: the publication day at local noon, or null. */
  ref: Date | null;
  perSentence: (DateMention[] | undefined)[];
}

const cache = new WeakMap<Doc, DocDates>();

function docDates(doc: Doc): DocDates {
  let dd = cache.get(doc);
  if (dd === undefined) {
    const p = parseIsoDay(doc.meta.published);
    dd = { ref: p ? new Date(p.y, p.m - 1, p.d, 12) : null, perSentence: new Array(doc.sentenceCount) };
    cache.set(doc, dd);
  }
  return dd;
}

const TRAILING = /[\s,;:(]+$/;
const WEEK = /\bweek(?:s|end)?\b/i;
const MONTH_UNIT = /\bmonths?\b/i;
const YEAR_UNIT = /\byears?\b/i;
const HAS_DIGIT = /\d/;

function granularityOf(r: ParsedResult, tags: Set<string>): DateGranularity {
  const s = r.start;
  if (s.isCertain('weekday')) return 'day'; // "on Tuesday next week"
  if (WEEK.test(r.text)) return 'week'; // "last week", "two weeks ago" (chrono assigns a day)
  if (s.isCertain('day')) return 'day';
  if (MONTH_UNIT.test(r.text)) return 'month';
  if (YEAR_UNIT.test(r.text)) return 'year';
  if (s.isCertain('month')) return 'month';
  if (s.isCertain('year')) return 'year';
  for (const t of tags) if (t.startsWith('casualReference/')) return 'day';
  return 'time';
}

function isRelative(tags: Set<string>): boolean {
  for (const t of tags) if (t === 'result/relativeDate' || t.startsWith('casualReference/')) return true;
  return false;
}

/** True when [start, end) lies inside a URL or path ("https://x.gov/2023/03/27/readout"). */
function inUrl(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 47 || text.charCodeAt(end) === 47) return true; // '/'
  let p = start;
  while (p > 0 && p > start - 200) {
    const c = text.charCodeAt(p - 1);
    if (c === 32 || c === 10 || c === 9 || c === 40 || c === 91) break;
    p--;
  }
  const token = text.slice(p, end);
  return token.includes('://') || token.includes('www.');
}

/** Parse one sentence (no cache). */
function parseSentence(doc: Doc, i: number, ref: Date | null): DateMention[] {
  const text = doc.sentenceText(i);
  if (!PREFILTER.test(text)) return [];
  const base = doc.sentStart[i];
  const results = newsChrono.parse(text, ref ?? undefined);
  const out: DateMention[] = [];
  for (const r of results) {
    const s = r.start;
    const tags = r.tags();
    const granularity = granularityOf(r, tags);
    const phrase = r.text.replace(TRAILING, '');
    if (phrase.length === 0) continue;
    const certain = s.isCertain('day') && s.isCertain('month') && s.isCertain('year') && !isRelative(tags) && HAS_DIGIT.test(phrase);
    let date: string | null = null;
    if (ref !== null || certain) {
      const y = s.get('year')!;
      const m = granularity === 'year' && !s.isCertain('day') ? 1 : s.get('month')!;
      // Month- and year-level expressions resolve to the first day of the period, unless chrono
      // counted an exact day back ("one year ago").
      const d = (granularity === 'year' || granularity === 'month') && !s.isCertain('day') ? 1 : s.get('day')!;
      date = iso(y, m, d);
    }
    const start = base + r.index;
    if (inUrl(doc.text, start, start + phrase.length)) continue;
    out.push({ start, end: start + phrase.length, sentence: i, text: phrase, date, certain, granularity });
  }
  // A time of day alone ("at 3 p.m.") counts only when the sentence has no other date.
  if (out.length > 1 && out.some((m) => m.granularity === 'time')) {
    const dated = out.filter((m) => m.granularity !== 'time');
    if (dated.length > 0) return dated;
  }
  return out;
}

/** Date mentions of sentence i (cached per document). */
export function sentenceDates(doc: Doc, i: number): DateMention[] {
  const dd = docDates(doc);
  let m = dd.perSentence[i];
  if (m === undefined) {
    m = parseSentence(doc, i, dd.ref);
    dd.perSentence[i] = m;
  }
  return m;
}

/** Date mentions of the given sentences, sorted by start. */
export function datesForSentences(doc: Doc, sentenceIndices: Iterable<number>): DateMention[] {
  return gatherSentences(doc, sentenceIndices, sentenceDates);
}
