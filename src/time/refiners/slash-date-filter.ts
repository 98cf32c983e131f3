// Refiner: drops slash dates without a year. In news they are rarely dates and often something else:
// "9/11", "24/7", scores and fractions ("3/4"). Slash dates with a year ("12/07/2023") stay.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const SLASH_NO_YEAR = /^\D*\d{1,2}\s*\/\s*\d{1,2}\D*$/;

export class SlashDateFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !(r.start.isCertain('month') && !r.start.isCertain('year') && SLASH_NO_YEAR.test(r.text)));
  }
}
