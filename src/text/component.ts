// Text components: sentence segmentation (every sentence) and tagging (candidate sentences only).

import type { Component } from '../pipeline.js';
import { segment } from './segment.js';
import { tagSentence } from './tag.js';

export const segmentComponent: Component = {
  name: 'segment',
  needs: ['text'],
  sets: ['sentences'],
  run: segment,
};

export const tagComponent: Component = {
  name: 'tag',
  needs: ['sentences', 'candidates'],
  sets: ['tokens'],
  run(doc) {
    const cand = doc.candidate;
    for (let i = 0; i < cand.length; i++) if (cand[i] !== 0) tagSentence(doc, i);
  },
};
