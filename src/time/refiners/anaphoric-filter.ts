// Refiner: drops expressions whose day is relative to something other than the publication date or
// which name no day at all: "now", "the next day", "the following day", "the day before". Resolving
// them against the publication date would give a confident wrong day; the attach policy falls back to
// the neighbouring sentences instead.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const ANAPHORIC = /^(?:right\s+)?now$|\b(?:next|following|previous|prior)\s+(?:day|morning|evening|night)\b|\bday\s+(?:before|after)\b/i;

export class AnaphoricFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !ANAPHORIC.test(r.text.trim()));
  }
}
