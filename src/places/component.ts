// The places component: every sentence through the cue prefilter, gazetteer lookups on the
// capitalised words after each cue; fills doc.places sorted by start. Needs the actor mentions (the
// countries in play disambiguate city names; person and organisation mentions are not places).
// `placesForSentences` (extract.ts) does the same for chosen sentences, and `placeFor` (attach.ts)
// parses on demand. The gazetteer loads on the first sentence with a cue.

import type { Component } from '../pipeline.js';
import { placesForSentences } from './extract.js';

export const placesComponent: Component = {
  name: 'places',
  needs: ['sentences', 'mentions'],
  sets: ['places'],
  run(doc) {
    const all: number[] = new Array(doc.sentenceCount);
    for (let i = 0; i < all.length; i++) all[i] = i;
    doc.places = placesForSentences(doc, all);
  },
};

export { placesForSentences } from './extract.js';
