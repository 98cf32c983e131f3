// A date expression found in the text and resolved against the publication date.

/** How precise the resolved date is: a day, a week ("last week"), a month ("in March"), a year
 *  ("last year"), or only a time of day ("at 3 p.m.", resolved to the publication day). */
export type DateGranularity = 'day' | 'week' | 'month' | 'year' | 'time';

export interface DateMention {
  start: number;
  end: number;
  sentence: number;
  /** The words ("on Thursday", "last week", "December 7, 2023"). */
  text: string;
  /** Resolved day, YYYY-MM-DD, or null when it cannot be resolved (no publication date).
   *  Month- and year-level expressions resolve to the first day of the period. */
  date: string | null;
  /** True when year, month and day are all stated in the text (chrono-node's `assign`), not computed
   *  from the publication date ("yesterday", "on Thursday" and "March 3" are not certain). */
  certain: boolean;
  granularity?: DateGranularity;
}
