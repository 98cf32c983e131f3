// The relations component: partnership tiers, diplomatic relations and joint statements (extract.ts),
// dated by the time layer's `dateFor` (which parses the dates it needs on demand) and with the
// sentence as evidence.

import type { Component } from '../pipeline.js';
import { dateFor } from '../time/attach.js';
import { extractRelations } from './extract.js';

export const relationsComponent: Component = {
  name: 'relations',
  needs: ['sentences', 'mentions'],
  sets: ['relations'],
  run(doc) {
    doc.relations = extractRelations(doc, dateFor);
  },
};

export { extractRelations, candidateSentences, mainPair } from './extract.js';
