// The last step: from the analysed Doc to the output contract (CodedDocument). Attaches dates and
// places to events (time/attach, places/attach), turns mentions into ActorRefs and actor summaries,
// and checks that every evidence slice is the text it claims.

import type { ActorRef, ActorSummary, CodedDocument, CodedEvent, Evidence } from './contract.js';
import type { Doc } from './text/doc.js';
import type { Mention } from './actors/mention.js';
import { dateFor } from './time/attach.js';
import { placeFor } from './places/attach.js';

export function actorRef(doc: Doc, m: Mention): ActorRef {
  const ref: ActorRef = {
    text: doc.text.slice(m.start, m.end),
    country: m.country,
    sector: m.sector,
    name: m.name,
    role: m.role,
    org: m.org,
    code: m.code ?? m.country,
    certain: m.certain,
    provenance: m.provenance,
    start: m.start,
    end: m.end,
  };
  return ref;
}

function evidence(doc: Doc, sentence: number, start: number, end: number): Evidence {
  return { sentence, start, end, text: doc.text.slice(start, end) };
}

function summariseActors(doc: Doc): ActorSummary[] {
  const byKey = new Map<string, ActorSummary>();
  for (const m of doc.mentions) {
    if (m.kind === 'group' || m.kind === 'pronoun') continue;
    const kind: ActorSummary['kind'] = m.kind === 'person' ? 'person'
      : m.kind === 'org' ? 'organisation'
        : m.kind === 'sector' ? 'sector' : 'country';
    const key = kind === 'person' ? `p:${m.name}:${m.country}`
      : kind === 'organisation' ? `o:${m.org}`
        : `${kind}:${m.country}:${m.sector}`;
    const prev = byKey.get(key);
    if (prev) {
      prev.mentions++;
      if (!prev.certain && m.certain) prev.certain = true;
      if (!prev.role && m.role) prev.role = m.role;
      continue;
    }
    byKey.set(key, {
      text: doc.text.slice(m.start, m.end),
      kind,
      country: m.country,
      sector: m.sector,
      name: m.name,
      role: m.role,
      org: m.org,
      certain: m.certain,
      provenance: m.provenance,
      mentions: 1,
      evidence: evidence(doc, m.sentence, m.start, m.end),
    });
  }
  return [...byKey.values()];
}

export function assemble(doc: Doc): CodedDocument {
  const events: CodedEvent[] = [];
  let n = 0;
  for (const e of doc.events) {
    const when = dateFor(doc, e.sentence, e.triggerStart);
    const where = placeFor(doc, e.sentence, e.triggerStart);
    events.push({
      id: `${doc.meta.id}#${n++}`,
      type: e.type,
      mode: e.mode,
      contexts: e.contexts,
      cameo: e.cameo,
      quad: e.quad,
      goldstein: e.goldstein,
      source: actorRef(doc, e.source),
      target: e.target ? actorRef(doc, e.target) : null,
      reciprocal: e.reciprocal,
      negated: e.negated,
      modality: e.modality,
      date: when.date,
      dateText: when.dateText,
      dateCertain: when.dateCertain,
      location: where,
      evidence: evidence(doc, e.sentence, e.start, e.end),
      trigger: { text: doc.text.slice(e.triggerStart, e.triggerEnd), start: e.triggerStart, end: e.triggerEnd, pattern: e.pattern },
      confidence: e.confidence,
    });
  }
  return {
    doc: { ...doc.meta },
    events,
    relations: doc.relations,
    topics: doc.topics,
    actors: summariseActors(doc),
  };
}
