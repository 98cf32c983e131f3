// Test support: a Doc with hand-made actor mentions run through the event coder alone (segment,
// candidates, tagging, events), whatever the actor recogniser does.

import { Doc } from '../text/doc.js';
import { segment } from '../text/segment.js';
import { tagSentence } from '../text/tag.js';
import type { Mention, MentionKind } from '../actors/mention.js';
import { markCandidates } from './candidates.js';
import { codeEvents } from './component.js';
import type { EventCandidate } from './candidate.js';

export interface ActorSpec {
  text: string;
  country: string | null;
  kind?: MentionKind;
  sector?: string | null;
  org?: string | null;
  code?: string | null;
  modifier?: boolean;
  /** Which occurrence of `text` (default the first). */
  nth?: number;
  members?: Mention[];
}

export function handMention(doc: Doc, a: ActorSpec): Mention {
  let start = -1;
  for (let i = 0; i <= (a.nth ?? 0); i++) start = doc.text.indexOf(a.text, start + 1);
  if (start < 0) throw new Error(`actor text '${a.text}' not in the document`);
  return {
    start, end: start + a.text.length, sentence: doc.sentenceAt(start), kind: a.kind ?? 'country',
    country: a.country, sector: a.sector ?? null, name: null, role: null, org: a.org ?? null,
    code: a.code ?? a.country, certain: true, provenance: 'stated', modifier: a.modifier, members: a.members,
  };
}

export function codeHand(text: string, actors: ActorSpec[]): { doc: Doc; events: EventCandidate[] } {
  const doc = new Doc(text, { id: 't', published: null, title: null });
  segment(doc);
  doc.mentions = actors.map((a) => handMention(doc, a)).sort((x, y) => x.start - y.start);
  markCandidates(doc);
  for (let i = 0; i < doc.sentenceCount; i++) if (doc.candidate[i]) tagSentence(doc, i);
  return { doc, events: codeEvents(doc) };
}
