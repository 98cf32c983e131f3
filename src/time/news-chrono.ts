// The chrono-node configuration for news, built once at module load: English casual parsing (it reads
// "yesterday", "last week", "this morning") minus the duration parsers ("for two years", "within
// days", "two years later" are spans, not dates), plus entente's parser for "in 2019" (parsers/) and
// refiners (refiners/), one file per role.

import * as chrono from 'chrono-node';
import { PastWeekdayRefiner } from './refiners/past-weekday.js';
import { PastMonthDayRefiner } from './refiners/past-month-day.js';
import { MonthWordFilter } from './refiners/month-word-filter.js';
import { AnaphoricFilter } from './refiners/anaphoric-filter.js';
import { SlashDateFilter } from './refiners/slash-date-filter.js';
import { WeekdayNameFilter } from './refiners/weekday-name-filter.js';
import { SpanFilter } from './refiners/span-filter.js';
import { NowadaysFilter } from './refiners/nowadays-filter.js';
import { PrepositionYearParser } from './parsers/preposition-year.js';

/** chrono-node parsers left out: durations read as dates relative to the reference. */
export const DROPPED_PARSERS: readonly string[] = ['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser'];

function build(): chrono.Chrono {
  const c = chrono.en.casual.clone();
  c.parsers = c.parsers.filter((p) => !DROPPED_PARSERS.includes(p.constructor.name));
  c.parsers.push(new PrepositionYearParser());
  // Filters first (fewer results to refine), then the resolvers.
  c.refiners.push(new MonthWordFilter(), new AnaphoricFilter(), new SlashDateFilter(),
    new WeekdayNameFilter(), new SpanFilter(), new NowadaysFilter(), new PastWeekdayRefiner(), new PastMonthDayRefiner());
  return c;
}

export const newsChrono: chrono.Chrono = build();
