// The dates component: every sentence through the prefilter, chrono-node on those that pass; fills
// doc.dates sorted by start. A pipeline that needs dates for a few sentences only can call
// `datesForSentences` (extract.ts) instead, or nothing at all: `dateFor` (attach.ts) parses on demand.

import type { Component } from '../pipeline.js';
import { datesForSentences } from './extract.js';

export const datesComponent: Component = {
  name: 'dates',
  needs: ['sentences'],
  sets: ['dates'],
  run(doc) {
    const all: number[] = new Array(doc.sentenceCount);
    for (let i = 0; i < all.length; i++) all[i] = i;
    doc.dates = datesForSentences(doc, all);
  },
};

export { datesForSentences } from './extract.js';
