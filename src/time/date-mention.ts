// A date expression found in the text and resolved against the publication date.

export interface DateMention {
  start: number;
  end: number;
  sentence: number;
  /** The words ("on Thursday", "last week", "December 7, 2023"). */
  text: string;
  /** Resolved day, YYYY-MM-DD, or null when it cannot be resolved (no publication date). */
  date: string | null;
  /** True when year, month and day are all stated in the text (chrono-node's `assign`). */
  certain: boolean;
}
