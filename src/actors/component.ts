// The actors pipeline component: recognises and resolves actor mentions in every sentence of the
// document from the raw text (no POS tags needed), filling doc.mentions sorted by start.

import type { Component } from '../pipeline.js';
import { recognise } from './recognise.js';

export const actorsComponent: Component = {
  name: 'actors',
  needs: ['sentences'],
  sets: ['mentions'],
  run(doc) {
    doc.mentions = recognise(doc);
  },
};
