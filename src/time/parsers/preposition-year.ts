// Parser: a year after a temporal preposition ("in 2019", "since 2015", "by 2030", "in early 2022")
// as a year-precise date. chrono-node reads bare years only inside full dates; in news prose a year
// alone after such a word dates the clause ("In 2019, the two countries signed ..."). Bare numbers,
// decades ("the 1990s") and years in names ("Vision 2030") are left alone.

import type { Parser, ParsingContext } from 'chrono-node';

const PATTERN = /\b(?:in|during|since|by|until|through|throughout|from|early|late|mid-?)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d{2})(?![\w/-]|,\d|\.\d)/i;

export class PrepositionYearParser implements Parser {
  pattern(_context: ParsingContext): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = +match[1];
    const c = context.createParsingComponents();
    c.assign('year', year);
    c.imply('month', 1);
    c.imply('day', 1);
    c.addTag('parser/PrepositionYearParser');
    return c;
  }
}
