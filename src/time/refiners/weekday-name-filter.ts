// Refiner: drops weekdays that are part of a name: "Good Friday Agreement", "Bloody Sunday", "Super
// Tuesday", "Black Friday", "Easter Sunday". The sign is a capitalised word right before the weekday
// that is not a sentence-initial function word ("On Thursday", "Last Friday", "By Monday").

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const WORD_BEFORE = /([A-Za-z]+)[\s\u00a0]+$/;
const FUNCTION_WORDS = new Set([
  'on', 'by', 'since', 'until', 'till', 'last', 'next', 'this', 'that', 'early', 'late', 'before', 'after',
  'through', 'and', 'or', 'from', 'to', 'every', 'each', 'from', 'as', 'of', 'over', 'since', 'starting', 'beginning',
  'following', 'previous', 'past', 'coming', 'said', 'say', 'says', 'but', 'then', 'also', 'earlier', 'later',
]);

export class WeekdayNameFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!r.start.isOnlyWeekdayComponent()) return true;
      const first = r.text.charCodeAt(0);
      if (!(first >= 65 && first <= 90)) return true; // starts with ",", "(" or "on": not a name
      const m = WORD_BEFORE.exec(context.text.slice(Math.max(0, r.index - 30), r.index));
      if (m === null) return true;
      const c = m[1].charCodeAt(0);
      if (!(c >= 65 && c <= 90)) return true;
      return FUNCTION_WORDS.has(m[1].toLowerCase());
    });
  }
}
