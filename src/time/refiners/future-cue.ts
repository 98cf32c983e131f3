// Shared by the weekday and month-day refiners: does the clause before a date expression announce
// something to come ("will travel to Ireland on Tuesday", "is scheduled to meet on March 3")? Then
// the date is the next one on or after publication rather than the last one. Only the clause that
// holds the date counts: in "Biden, who met Xi on Monday, will travel ..." Monday stays in the past.

const CLAUSE_START = /[,;:—–(]|\b(?:who|which|that|after|before|when|since)\b/gi;
const FUTURE = /\b(?:will|shall|'ll|(?:is|are|was|were)\s+(?:scheduled|set|expected|due|slated|going)\s+to|plans?\s+to|planning\s+to|intends?\s+to|to\s+be\s+held|upcoming|forthcoming)\b/i;

/** True when the clause of `text` that ends at `index` states a future or scheduled event. */
export function futureBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_START.exec(before)) !== null) from = m.index + m[0].length;
  return FUTURE.test(before.slice(from));
}
