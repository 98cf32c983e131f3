// Refiner: drops spans read as dates: "over the past two years", "the last few months", "in the next
// 25 years", "the coming weeks". chrono-node resolves them to the far end of the span; they say how
// long something lasted, not when an event happened. Singular units stay ("last week", "next year").

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const SPAN = /\b(?:past|last|next|coming|previous|recent)\s+(?:(?:few|several|couple(?:\s+of)?|\d+|[a-z]+)\s+)?(?:days|weeks|months|years|decades)\b/i;

export class SpanFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !SPAN.test(r.text));
  }
}
