// The coder: builds the pipeline once and codes documents with it. This is the library's main entry.

import type { CodedDocument, DocMeta } from './contract.js';
import { Doc } from './text/doc.js';
import { checkPipeline, runPipeline, type Component } from './pipeline.js';
import { segmentComponent, tagComponent } from './text/component.js';
import { actorsComponent } from './actors/component.js';
import { candidatesComponent } from './events/candidates.js';
import { eventsComponent } from './events/component.js';
import { datesComponent } from './time/component.js';
import { placesComponent } from './places/component.js';
import { relationsComponent } from './relations/component.js';
import { topicsComponent } from './topics/component.js';
import { assemble } from './assemble.js';
import { setExtraDataDirs } from './knowledge/data-files.js';

export interface DocInput {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
}

export interface CoderOptions {
  /** Extra data folders laid out like data/ (user extensions). */
  dataDirs?: string[];
}

export interface Coder {
  readonly components: readonly Component[];
  /** Run the pipeline and return the Doc (for inspection and tests). */
  analyse(input: DocInput): Doc;
  /** Code one document into the output contract. */
  code(input: DocInput): CodedDocument;
}

/** The ordered component list. */
export function defaultComponents(): Component[] {
  return [
    segmentComponent,     // sentences (every sentence, raw text)
    actorsComponent,      // actor mentions (raw text)
    candidatesComponent,  // sentences holding an anchoring actor and a trigger form
    tagComponent,         // tokens + POS, candidate sentences only
    eventsComponent,      // PLOVER events with roles, negation, modality
    relationsComponent,   // partnership tiers, joint statements, diplomatic relations
    datesComponent,       // date expressions of the sentences holding events or relations
    placesComponent,      // place expressions of those sentences
    topicsComponent,      // named issues and PLOVER contexts
  ];
}

export function createCoder(options: CoderOptions = {}): Coder {
  if (options.dataDirs) setExtraDataDirs(options.dataDirs);
  const components = defaultComponents();
  checkPipeline(components);
  const analyse = (input: DocInput): Doc => {
    const meta: DocMeta = {
      id: input.id,
      published: input.published ?? null,
      title: input.title ?? null,
      url: input.url ?? null,
      source: input.source ?? null,
    };
    return runPipeline(components, new Doc(input.text, meta));
  };
  return {
    components,
    analyse,
    code: (input) => assemble(analyse(input)),
  };
}
