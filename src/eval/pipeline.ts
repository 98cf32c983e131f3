// The component list the evaluation codes gold sentences with. Until the lead wires actors and events
// into createCoder(), the evaluation assembles the pipeline itself from the components.

import type { Component } from '../pipeline.js';
import { checkPipeline, runPipeline } from '../pipeline.js';
import { segmentComponent, tagComponent } from '../text/component.js';
import { actorsComponent } from '../actors/component.js';
import { candidatesComponent } from '../events/candidates.js';
import { eventsComponent } from '../events/component.js';
import { Doc } from '../text/doc.js';
import type { EventCandidate } from '../events/candidate.js';

export function evalComponents(): Component[] {
  const list = [segmentComponent, actorsComponent, candidatesComponent, tagComponent, eventsComponent];
  checkPipeline(list);
  return list;
}

/** Code one text into event candidates (and return the Doc for inspection). */
export function analyseText(text: string, published: string | null = null, components = evalComponents()): Doc {
  const doc = new Doc(text, { id: 'eval', published, title: null });
  return runPipeline(components, doc);
}

export function eventsOf(doc: Doc): EventCandidate[] {
  return doc.events;
}
