// PLOVER JSONL export: one record per ledger event with the fields of the PLOVER manual's record
// format (Table 6.1: id, has event, date, actor, recipient, event, event loc, event text, quad code,
// event scale, mode, context, text, cite info, coder, coded date), entity objects per Table 6.2.

import type { EventRow, LedgerActor } from '../store.js';

const QUAD: Record<string, number> = {
  'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4,
};

function entity(a: LedgerActor) {
  return {
    code: a.country ?? a.code,
    sector: a.sector,
    entity_text: a.text,
    identifier_text: a.name ?? a.org ?? null,
    office: a.role ?? null,
  };
}

export function ploverRecord(e: EventRow, codedDate: string) {
  return {
    id: `entente-${e.id}`,
    has_event: true,
    date: e.date,
    actor: [entity(e.source)],
    recipient: e.target ? [entity(e.target)] : [],
    event: [e.type],
    event_loc: e.location ? { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon } : null,
    event_text: [e.evidence.text],
    quad_code: QUAD[e.quad] ?? null,
    event_scale: e.goldstein,
    mode: e.mode ? [e.mode] : [],
    context: e.contexts,
    link: null,
    text: e.evidence.text,
    text_info: { sentence: e.evidence.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: { doc_id: e.docId, url: e.url, num_mentions: e.numMentions, num_sources: e.numSources, num_articles: e.numDocuments },
    coder: 'entente 0.1.0',
    coded_date: codedDate,
    cameo: e.cameo,
    reciprocal: e.reciprocal,
  };
}
