// Refiner: drops "today" meaning "nowadays": "the challenges confronting the world today", "the
// threats we face today", "as we know it today". The sign is the word before it: a noun of the
// present state of things or a verb of facing or being.

import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const NOWADAYS_BEFORE =
  /\b(?:world|society|societies|region|age|era|economy|it|them|us|nation|country|countries|face|faces|facing|confront|confronts|confronting|exist|exists|stand|stands|remain|remains|here|live|lives|living|still)\s*,?\s*$/i;

export class NowadaysFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (r.text.trim().toLowerCase() !== 'today') return true;
      return !NOWADAYS_BEFORE.test(context.text.slice(Math.max(0, r.index - 30), r.index));
    });
  }
}
