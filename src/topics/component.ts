// The topics component: one Topic per named issue and per PLOVER context found in the document, with
// the sentence of its first mention as evidence and the number of mentions. `contextsForSpan` lets the
// events layer attach PLOVER contexts to an event from the words near its trigger; both share one scan
// of the document, made on first use and kept per Doc.

import type { Topic } from '../contract.js';
import type { Component } from '../pipeline.js';
import type { Doc } from '../text/doc.js';
import { topicKnowledge, type TopicKnowledge } from './knowledge.js';

/** Every phrase match of a document, in text order. */
export interface TopicMatches {
  start: number[];
  end: number[];
  /** Topic indices (into topicKnowledge().topics) of each match. */
  values: (readonly number[])[];
}

const perDoc = new WeakMap<Doc, TopicMatches>();

/** Scan text[from, to) for topic phrases. */
export function scanTopics(text: string, from = 0, to = text.length, k: TopicKnowledge = topicKnowledge()): TopicMatches {
  const out: TopicMatches = { start: [], end: [], values: [] };
  k.matcher.scan(text, from, to, (values, start, end) => {
    out.start.push(start);
    out.end.push(end);
    out.values.push(values);
  });
  return out;
}

/** The document's topic matches (scanned once per Doc). */
export function topicMatches(doc: Doc): TopicMatches {
  let m = perDoc.get(doc);
  if (m === undefined) {
    m = scanTopics(doc.text);
    perDoc.set(doc, m);
  }
  return m;
}

/** Index of the first match ending after `pos` (binary search). */
function firstEndingAfter(m: TopicMatches, pos: number): number {
  let lo = 0;
  let hi = m.end.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.end[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * PLOVER contexts named by the words in doc.text[start, end) (an issue counts for its context), in
 * order of first appearance, without repeats.
 */
export function contextsForSpan(doc: Doc, start: number, end: number): string[] {
  const k = topicKnowledge();
  const m = topicMatches(doc);
  const out: string[] = [];
  for (let i = firstEndingAfter(m, start); i < m.start.length && m.start[i] < end; i++) {
    if (m.start[i] < start) continue;
    for (const v of m.values[i]) {
      const t = k.topics[v];
      if (t.kind === 'context' && !out.includes(t.id)) out.push(t.id);
    }
  }
  return out;
}

/** The topics of a document: issues first, then contexts; each by mentions (most first), then first mention. */
export function documentTopics(doc: Doc): Topic[] {
  const k = topicKnowledge();
  const m = topicMatches(doc);
  const n = k.topics.length;
  const count = new Int32Array(n);
  const first = new Int32Array(n).fill(-1);
  for (let i = 0; i < m.start.length; i++) {
    for (const v of m.values[i]) {
      if (count[v]++ === 0) first[v] = i;
    }
  }
  const found: number[] = [];
  for (let t = 0; t < n; t++) if (count[t] > 0) found.push(t);
  found.sort((a, b) => {
    const ka = k.topics[a].kind === 'issue' ? 0 : 1;
    const kb = k.topics[b].kind === 'issue' ? 0 : 1;
    return ka - kb || count[b] - count[a] || m.start[first[a]] - m.start[first[b]];
  });
  const hasSentences = doc.sentenceCount > 0;
  return found.map((t) => {
    const at = m.start[first[t]];
    const evidence = hasSentences ? doc.sentenceEvidence(doc.sentenceAt(at)) : doc.spanEvidence(at, m.end[first[t]]);
    return { topic: k.topics[t].id, kind: k.topics[t].kind, evidence, mentions: count[t] };
  });
}

export const topicsComponent: Component = {
  name: 'topics',
  needs: ['sentences'],
  sets: ['topics'],
  run(doc) {
    doc.topics = documentTopics(doc);
  },
};
