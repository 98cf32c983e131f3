// The output contract of `entente code`: one CodedDocument per input document, as one JSON line.
// The CLI, the ledger, the HTTP API and the tests all use these types. Fields may be added; the names
// below must not change.

/** The 16 PLOVER 2.0 event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type Quad = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

/** A span of the document's text: `text === doc.text.slice(start, end)`. */
export interface Evidence {
  /** Index of the sentence in the document. */
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** How a fact was obtained: stated in the evidence span, or inferred (chrono-node's assign/imply). */
export type Provenance =
  | 'stated'        // the words are in the evidence span
  | 'title'         // resolved from a title + name ("Prime Minister Fumio Kishida")
  | 'table'         // resolved through the curated leaders table for the document date
  | 'learned'       // a person introduced earlier in the document with a title and a country
  | 'backref'       // "the two countries", "both sides", "the leaders": actors already in play
  | 'metonym'       // a capital or seat of government standing for its government ("Tokyo said")
  | 'context';      // carried from a neighbouring sentence or the document

export interface ActorRef {
  /** The words in the text that name this actor. */
  text: string;
  /** ISO 3166-1 alpha-3 of the country the actor belongs to, null when unknown or international. */
  country: string | null;
  /** PLOVER sector code (GOV, MIL, ...), null when unknown. */
  sector: string | null;
  /** Canonical person name, when the actor is a person. */
  name: string | null;
  /** Role of the person on the document's date ("prime minister"), when known. */
  role?: string | null;
  /** Organisation id ("NATO", "UN", "EU") when the actor is an international organisation or group. */
  org?: string | null;
  /** PLOVER entity code: ISO3, or IGO/UNO/EUR/NGO/ISM/IMG/MNC/KOS. */
  code?: string | null;
  /** True when country/sector are stated in the mention itself; false when inferred. */
  certain?: boolean;
  provenance?: Provenance;
  /** Character offsets of `text` in the document. */
  start?: number;
  end?: number;
}

export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** The words in the text ("in Tokyo"). */
  text?: string;
  start?: number;
  end?: number;
  /** GeoNames id, when known. */
  geonameId?: number | null;
}

export interface CodedEvent {
  /** Stable within a document: `${docId}#${n}`. */
  id?: string;
  type: PloverType;
  mode: string | null;
  contexts: string[];
  cameo: string;
  quad: Quad;
  goldstein: number;
  source: ActorRef;
  target: ActorRef | null;
  /** Both directions hold ("Japan and Norway agreed"). */
  reciprocal: boolean;
  negated: boolean;
  /** Stated future, intention or condition ("will", "plans to"); kept per PLOVER rules. */
  modality?: 'asserted' | 'future' | 'intent' | 'conditional' | 'possible' | null;
  date: string | null;
  dateText: string | null;
  dateCertain: boolean;
  location: Place | null;
  evidence: Evidence;
  /** The trigger words that selected the event type. */
  trigger?: { text: string; start: number; end: number; pattern?: string };
  confidence: number;
}

export type RelationKind = 'tier' | 'joint-statement' | 'diplomatic-relations' | 'agreement';

export interface Relation {
  kind: RelationKind;
  /** Sorted ISO3 codes of the country parties (two for a pair, more for a multilateral statement). */
  countries: string[];
  /** Organisation parties (ids from data/actors/organisations.json, e.g. "ASEAN", "EU"), when any. */
  organisations?: string[];
  /** All parties, countries and organisations, sorted (present when `organisations` is). */
  parties?: string[];
  /** For kind 'tier': the normalised tier name from data/relations/tiers.json. */
  tier?: string | null;
  /** Rank of the tier on the ladder (higher is closer). */
  rank?: number | null;
  change?: 'upgrade' | 'establish' | 'downgrade' | 'reaffirm' | 'sever' | 'restore' | null;
  /** For kind 'joint-statement': whether the text says it is the first. */
  first?: boolean;
  date: string | null;
  dateText?: string | null;
  dateCertain?: boolean;
  evidence: Evidence;
  confidence?: number;
}

export interface Topic {
  topic: string;
  /** 'issue' for named issues (Indo-Pacific, climate change), 'context' for PLOVER contexts. */
  kind: 'issue' | 'context';
  evidence: Evidence;
  /** How many times the topic's phrases occur in the document (evidence is the first). */
  mentions?: number;
}

export interface ActorSummary {
  text: string;
  kind: 'country' | 'person' | 'organisation' | 'sector';
  country: string | null;
  sector: string | null;
  name: string | null;
  role?: string | null;
  org?: string | null;
  certain: boolean;
  provenance?: Provenance;
  mentions: number;
  /** First mention. */
  evidence?: Evidence;
}

export interface DocMeta {
  id: string;
  published: string | null;
  title: string | null;
  url?: string | null;
  source?: string | null;
}

export interface CodedDocument {
  doc: DocMeta;
  events: CodedEvent[];
  relations: Relation[];
  topics: Topic[];
  actors: ActorSummary[];
}

/** An input that could not be coded: reported on stderr and in summaries, never silently dropped. */
export interface InputError {
  file: string;
  line?: number;
  message: string;
}
