// An event found in one sentence, before dates and places are attached (time/ and places/ fill them).

import type { Mention } from '../actors/mention.js';
import type { PloverType, Quad } from '../contract.js';

export interface EventCandidate {
  sentence: number;
  type: PloverType;
  mode: string | null;
  contexts: string[];
  cameo: string;
  quad: Quad;
  goldstein: number;
  source: Mention;
  target: Mention | null;
  reciprocal: boolean;
  negated: boolean;
  modality: 'asserted' | 'future' | 'intent' | 'conditional' | 'possible';
  /** Trigger span and the id of the pattern that matched. */
  triggerStart: number;
  triggerEnd: number;
  pattern: string;
  confidence: number;
  /** Evidence span (defaults to the sentence). */
  start: number;
  end: number;
}
