// Refiner: drops month names that are not dates in news prose. Months are capitalised in news, so a
// lower-case match ("a protest march", "may impose") is a verb or a noun; a month standing alone
// without a day or a year is a date only after a temporal word ("in March", "since May", "early
// June", "mid-December"), not in "the Long March", "Theresa May" or "March 1st Movement" read alone.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const TEMPORAL_BEFORE =
  /(?:\b(?:in|since|until|till|by|from|during|through|throughout|early|late|mid|end|beginning|start|middle|last|next|this|of|before|after|between)\s+|\bmid-|-)$/i;

export class MonthWordFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const s = r.start;
      if (!s.isCertain('month')) return true;
      const m = MONTH_WORD.exec(r.text);
      if (m === null) return true; // numeric month: 12/07/2023, 2023-12-07
      const first = m[0].charCodeAt(0);
      if (first >= 97 && first <= 122) return false;
      if (s.isCertain('day') || s.isCertain('year')) return true;
      // Month alone: look at the words just before it (inside the result, e.g. "in May", or before it).
      const before = context.text.slice(Math.max(0, r.index - 24), r.index) + r.text.slice(0, m.index);
      return TEMPORAL_BEFORE.test(before);
    });
  }
}
