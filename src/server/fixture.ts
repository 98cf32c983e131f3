// A small hand-made ledger for the server's tests and for trying the dashboard: CodedDocuments built
// in code (our own sentences), with evidence offsets computed from the texts they quote.

import type { ActorRef, CodedDocument, CodedEvent, Evidence, Relation, Topic } from '../contract.js';
import { SqliteStore } from '../ledger/sqlite/store.js';

const GOV = (text: string, country: string): ActorRef => ({ text, country, sector: 'GOV', name: null, code: country });

/** The evidence of `phrase` in `text` (sentence index given by the caller). */
function span(text: string, phrase: string, sentence: number): Evidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: '${phrase}' is not in the text`);
  return { sentence, start, end: start + phrase.length, text: phrase };
}

function event(text: string, sentence: string, sn: number, over: Partial<CodedEvent>): CodedEvent {
  return {
    type: 'CONSULT', mode: 'meet', contexts: ['diplomatic'], cameo: '040', quad: 'verbal-cooperation', goldstein: 1,
    source: GOV('Japan', 'JPN'), target: GOV('Norway', 'NOR'), reciprocal: true, negated: false,
    date: null, dateText: null, dateCertain: false, location: null, evidence: span(text, sentence, sn), confidence: 0.8, ...over,
  };
}

const TOKYO = { name: 'Tokyo', country: 'JPN', lat: 35.69, lon: 139.69 };

function summit(): CodedDocument {
  const s0 = 'Japan and Norway agreed on Thursday to raise their relationship to a Strategic Partnership.';
  const s1 = 'Prime Minister Kishida hosted his Norwegian counterpart for talks in Tokyo.';
  const s2 = 'The two leaders adopted the first joint statement between the two governments, on maritime security and clean energy.';
  const s3 = 'Both leaders condemned Russia over its aggression against Ukraine.';
  const text = [s0, s1, s2, s3].join(' ');
  const tierEv = span(text, s0, 0);
  const relations: Relation[] = [
    { kind: 'tier', countries: ['JPN', 'NOR'], tier: 'strategic partnership', rank: 5, change: 'upgrade', date: '2023-12-07', dateCertain: true, evidence: tierEv },
    { kind: 'joint-statement', countries: ['JPN', 'NOR'], first: true, date: '2023-12-07', dateCertain: true, evidence: span(text, s2, 2) },
  ];
  const topics: Topic[] = [
    { topic: 'maritime security', kind: 'issue', evidence: span(text, 'maritime security', 2) },
    { topic: 'clean energy', kind: 'issue', evidence: span(text, 'clean energy', 2) },
  ];
  return {
    doc: { id: 'jpn-nor-summit', published: '2023-12-08', title: 'Japan and Norway lift ties', url: 'https://news.example/jpn-nor', source: 'news.example' },
    events: [
      event(text, s0, 0, { type: 'AGREE', mode: 'agree', cameo: '030', goldstein: 4, date: '2023-12-07', dateText: 'on Thursday', dateCertain: true,
        trigger: { text: 'agreed', start: text.indexOf('agreed'), end: text.indexOf('agreed') + 6 } }),
      event(text, s1, 1, { date: '2023-12-07', location: TOKYO, source: { ...GOV('Prime Minister Kishida', 'JPN'), name: 'Fumio Kishida', role: 'prime minister' } }),
      event(text, s3, 3, { type: 'ACCUSE', mode: 'condemn', cameo: '111', quad: 'verbal-conflict', goldstein: -2, reciprocal: false,
        source: GOV('Both leaders', 'JPN'), target: GOV('Russia', 'RUS'), date: '2023-12-07', contexts: ['military'] }),
    ],
    relations,
    topics,
    actors: [
      { text: 'Japan', kind: 'country', country: 'JPN', sector: null, name: null, certain: true, mentions: 3 },
      { text: 'Norway', kind: 'country', country: 'NOR', sector: null, name: null, certain: true, mentions: 2 },
      { text: 'Prime Minister Kishida', kind: 'person', country: 'JPN', sector: 'GOV', name: 'Fumio Kishida', role: 'prime minister', certain: true, mentions: 1 },
      { text: 'Russia', kind: 'country', country: 'RUS', sector: null, name: null, certain: true, mentions: 1 },
    ],
  };
}

function earlier(): CodedDocument {
  const s0 = 'Japan and Norway reaffirmed their partnership on ocean industries.';
  const text = s0;
  return {
    doc: { id: 'jpn-nor-2019', published: '2019-05-20', title: 'Ocean ties', url: null, source: 'ministry.example' },
    events: [event(text, s0, 0, { type: 'SUPPORT', mode: 'praise', cameo: '051', goldstein: 3.4, date: '2019-05-20' })],
    relations: [{ kind: 'tier', countries: ['JPN', 'NOR'], tier: 'partnership', rank: 2, change: 'reaffirm', date: '2019-05-20', dateCertain: true, evidence: span(text, s0, 0) }],
    topics: [{ topic: 'ocean industries', kind: 'issue', evidence: span(text, 'ocean industries', 0) }],
    actors: [
      { text: 'Japan', kind: 'country', country: 'JPN', sector: null, name: null, certain: true, mentions: 1 },
      { text: 'Norway', kind: 'country', country: 'NOR', sector: null, name: null, certain: true, mentions: 1 },
    ],
  };
}

/** One document per month (2024-01..2024-06) with a few JPN–NOR events on distinct days. */
function monthly(): CodedDocument[] {
  const plan: [string, Partial<CodedEvent>][] = [
    ['Japanese and Norwegian officials met in Oslo to discuss shipping emissions.', {}],
    ['Norway offered Japan help with offshore wind surveys.', { type: 'AID', mode: 'technical', cameo: '073', quad: 'material-cooperation', goldstein: 7.4, reciprocal: false, source: GOV('Norway', 'NOR'), target: GOV('Japan', 'JPN') }],
    ['Japan criticised Norway over whaling quotas at the commission.', { type: 'ACCUSE', mode: 'criticize', cameo: '111', quad: 'verbal-conflict', goldstein: -2, reciprocal: false }],
    ['Japan and Norway signed a memorandum on hydrogen shipping.', { type: 'AGREE', mode: 'sign', cameo: '057', quad: 'verbal-cooperation', goldstein: 8 }],
  ];
  const docs: CodedDocument[] = [];
  for (let m = 1; m <= 6; m++) {
    const n = 1 + (m % 4);
    const sentences = plan.slice(0, n).map(([s]) => s.replace('.', ` (report ${m}).`));
    const text = sentences.join(' ');
    docs.push({
      doc: { id: `jpn-nor-2024-${m}`, published: `2024-0${m}-28`, title: `Monthly brief ${m}`, url: `https://brief.example/${m}`, source: m % 2 ? 'brief.example' : 'wire.example' },
      events: sentences.map((s, i) => event(text, s, i, { ...plan[i][1], date: `2024-0${m}-${String(3 + i * 5).padStart(2, '0')}`, dateCertain: true })),
      relations: [],
      topics: [{ topic: 'shipping', kind: 'issue', evidence: span(text, 'shipping', 0) }],
      actors: [
        { text: 'Japan', kind: 'country', country: 'JPN', sector: null, name: null, certain: true, mentions: n },
        { text: 'Norway', kind: 'country', country: 'NOR', sector: null, name: null, certain: true, mentions: n },
      ],
    });
  }
  return docs;
}

function indiaAustralia(): CodedDocument {
  const s0 = 'India and Australia held talks in New Delhi on critical minerals.';
  const s1 = 'China accused Australia of undermining trade rules.';
  const text = `${s0} ${s1}`;
  return {
    doc: { id: 'ind-aus', published: '2024-03-06', title: 'Minerals talks', url: 'https://wire.example/ind-aus', source: 'wire.example' },
    events: [
      event(text, s0, 0, { source: GOV('India', 'IND'), target: GOV('Australia', 'AUS'), date: '2024-03-05', location: { name: 'New Delhi', country: 'IND', lat: 28.6, lon: 77.2 } }),
      event(text, s1, 1, { type: 'ACCUSE', mode: 'accuse', cameo: '112', quad: 'verbal-conflict', goldstein: -2, reciprocal: false, source: GOV('China', 'CHN'), target: GOV('Australia', 'AUS'), date: '2024-03-06', contexts: ['economic'] }),
    ],
    relations: [{ kind: 'tier', countries: ['AUS', 'IND'], tier: 'comprehensive strategic partnership', rank: 7, change: 'reaffirm', date: '2024-03-05', dateCertain: true, evidence: span(text, s0, 0) }],
    topics: [{ topic: 'critical minerals', kind: 'issue', evidence: span(text, 'critical minerals', 0) }],
    actors: [
      { text: 'India', kind: 'country', country: 'IND', sector: null, name: null, certain: true, mentions: 1 },
      { text: 'Australia', kind: 'country', country: 'AUS', sector: null, name: null, certain: true, mentions: 2 },
      { text: 'China', kind: 'country', country: 'CHN', sector: null, name: null, certain: true, mentions: 1 },
    ],
  };
}

export function fixtureDocuments(): CodedDocument[] {
  return [earlier(), summit(), ...monthly(), indiaAustralia()];
}

/** Creates a ledger at `path` holding the fixture documents, and closes it. */
export function writeFixtureLedger(path: string): void {
  const s = new SqliteStore(path);
  try {
    s.transaction(() => {
      for (const d of fixtureDocuments()) s.putDocument(d, `hash-${d.doc.id}`);
    });
  } finally {
    s.close();
  }
}
