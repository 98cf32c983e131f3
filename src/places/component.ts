// The places component: place expressions of the sentences that carry events or relations (a cue
// prefilter, then gazetteer lookups on the capitalised words after each cue), into doc.places sorted
// by start. Needs the actor mentions: the countries in play disambiguate city names, and person and
// organisation mentions are not places. `placeFor` (attach.ts) parses further sentences on demand.
// The gazetteer loads on the first sentence with a cue.

import type { Component } from '../pipeline.js';
import { factSentences } from '../time/component.js';
import { placesForSentences } from './extract.js';

export const placesComponent: Component = {
  name: 'places',
  needs: ['sentences', 'mentions', 'events', 'relations'],
  sets: ['places'],
  run(doc) {
    doc.places = placesForSentences(doc, factSentences(doc));
  },
};

export { placesForSentences } from './extract.js';
