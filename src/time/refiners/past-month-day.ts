// Refiner: a month and day without a year ("on March 3"), or a month alone ("in March"), falls in the
// most recent such day on or before the reference (publication) date, unless that day of the
// reference's own or next year lies at most FUTURE_WINDOW_DAYS ahead: an announcement published on
// 2023-12-08 about a visit "on December 12" means the coming one. chrono-node's default picks the
// closest year in either direction, so "March 3" read in December would land in the next March.
// In a clause that announces something to come ("will travel on March 3", future-cue.ts) it is the
// next such day on or after publication.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber, daysInMonth } from '../calendar.js';
import { futureBefore } from './future-cue.js';

export const FUTURE_WINDOW_DAYS = 31;

export class PastMonthDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.refDate;
    const refYear = ref.getFullYear();
    const refDay = dayNumber(refYear, ref.getMonth() + 1, ref.getDate());
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month') || s.isCertain('year')) continue;
      const month = s.get('month')!;
      const day = s.isCertain('day') ? s.get('day')! : 1;
      let year = refYear - 1;
      if (futureBefore(context.text, r.index)) {
        year = dayNumber(refYear, month, Math.min(day, daysInMonth(refYear, month))) >= refDay ? refYear : refYear + 1;
      } else {
        for (const y of [refYear + 1, refYear]) {
          if (day > daysInMonth(y, month)) continue;
          if (dayNumber(y, month, day) - refDay <= FUTURE_WINDOW_DAYS) { year = y; break; }
        }
      }
      s.imply('year', year);
      if (r.end && r.end.isCertain('month') && !r.end.isCertain('year')) {
        // A range "March 3 to March 5" or "December 30 to January 2" ends on or after its start.
        const endMonth = r.end.get('month')!;
        r.end.imply('year', endMonth < month ? year + 1 : year);
      }
      r.addTag('refiner/PastMonthDayRefiner');
    }
    return results;
  }
}
