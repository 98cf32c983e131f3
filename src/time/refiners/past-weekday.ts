// Refiner: a bare weekday ("on Thursday", "Thursday") is the most recent such day on or before the
// reference (publication) date. News reports past events this way: an article published on Friday
// 2023-12-08 that says "on Thursday" means 2023-12-07, and a weekday equal to the publication weekday
// is the publication day itself. chrono-node's default picks the closest day in either direction.
// Weekdays with a modifier ("next Tuesday", "last Friday", "this Thursday") keep chrono's reading.
// In a clause that announces something to come ("will travel to Ireland on Tuesday", future-cue.ts)
// the weekday is the next such day on or after publication instead.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber, isoOfDayNumber } from '../calendar.js';
import { futureBefore } from './future-cue.js';

const MODIFIER = /\b(?:this|last|past|next|coming)\b/i;

export class PastWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.refDate;
    const refDay = dayNumber(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
    const refWeekday = ref.getDay();
    for (const r of results) {
      const s = r.start;
      if (!s.isOnlyWeekdayComponent() || s.isCertain('year')) continue;
      if (MODIFIER.test(r.text)) continue;
      const weekday = s.get('weekday');
      if (weekday === null) continue;
      const shift = futureBefore(context.text, r.index) ? (weekday - refWeekday + 7) % 7 : -((refWeekday - weekday + 7) % 7);
      const iso = isoOfDayNumber(refDay + shift);
      s.imply('year', +iso.slice(0, 4));
      s.imply('month', +iso.slice(5, 7));
      s.imply('day', +iso.slice(8, 10));
      r.addTag('refiner/PastWeekdayRefiner');
    }
    return results;
  }
}
