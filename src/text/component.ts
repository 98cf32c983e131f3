// Text components: sentence segmentation (every sentence) and tagging (candidate sentences only).

import type { Component } from '../pipeline.js';
import { segment } from './segment.js';
import { tagSentences } from './tag.js';

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
    const todo: number[] = [];
    for (let i = 0; i < cand.length; i++) if (cand[i] !== 0) todo.push(i);
    tagSentences(doc, todo);
  },
};
