// The storage interface of the ledger. The coder never touches storage and storage never re-parses
// text: a store receives CodedDocuments and answers queries. SQLite (./sqlite) is the embedded default;
// a PostgreSQL backend implements the same interface.

import type { CodedDocument, Quad } from '../contract.js';

export type DocumentState = 'new' | 'unchanged' | 'changed';

export interface PutResult {
  mentions: number;
  relations: number;
  /** Mentions that joined an event already in the ledger (duplicate reports). */
  merged: number;
}

export interface EventFilter {
  actor?: string;
  target?: string;
  type?: string;
  since?: string;
  until?: string;
  topic?: string;
  search?: string;
  limit?: number;
}

export interface LedgerActor {
  code: string;
  text: string;
  country: string | null;
  sector: string | null;
  name: string | null;
  org: string | null;
  role: string | null;
  url?: string | null;
  mentionDate?: string | null;
}

export interface EventMentionRow {
  docId: string;
  source: string | null;
  url: string | null;
  published: string | null;
  date: string | null;
  evidence: { sentence: number; start: number; end: number; text: string };
}

export interface EventRow {
  id: number;
  type: string;
  mode: string | null;
  cameo: string;
  quad: Quad;
  goldstein: number;
  source: LedgerActor;
  target: LedgerActor | null;
  reciprocal: boolean;
  date: string | null;
  dateCertain: boolean;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  contexts: string[];
  numMentions: number;
  numDocuments: number;
  numSources: number;
  confidence: number;
  /** First mention's evidence (all mentions with `mentions`). */
  evidence: EventMentionRow['evidence'];
  docId: string;
  url: string | null;
  mentions?: EventMentionRow[];
}

export interface RelationRow {
  id: number;
  kind: string;
  countries: string[];
  tier: string | null;
  rank: number | null;
  change: string | null;
  first: boolean;
  date: string | null;
  dateCertain: boolean;
  docId: string;
  evidence: { sentence: number; start: number; end: number; text: string };
}

export interface ActorRow {
  key: string;
  kind: string;
  text: string;
  name: string | null;
  country: string | null;
  sector: string | null;
  org: string | null;
  role: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  mentions: number;
  documents: number;
}

export interface MonthRow {
  month: string;
  type: string;
  quad: string;
  events: number;
  goldstein: number;
}

export interface DyadCard {
  countries: [string, string];
  currentTier: RelationRow | null;
  tierHistory: RelationRow[];
  jointStatements: RelationRow[];
  diplomaticRelations: RelationRow[];
  months: { month: string; events: number; meanGoldstein: number; byType: Record<string, number>; byQuad: Record<string, number> }[];
  latestEvents: EventRow[];
  topics: { topic: string; documents: number; evidence: string }[];
  totals: { events: number; mentions: number; documents: number };
}

export interface LedgerStats {
  documents: number;
  events: number;
  mentions: number;
  relations: number;
  actors: number;
  topics: number;
}

export interface LedgerStore {
  /** Whether a document with this id is absent, stored with this content hash, or stored differently. */
  documentState(id: string, hash: string): DocumentState;
  /** Store a coded document, replacing an earlier version with the same id (its events are removed).
   *  `known` is the caller's documentState() answer, when it has one (saves the removal of a new one). */
  putDocument(doc: CodedDocument, hash: string, file?: string | null, known?: DocumentState): PutResult;
  /** Run `fn` in one transaction (atomic: all or nothing, even if the process is killed). */
  transaction<T>(fn: () => T): T;
  stats(): LedgerStats;
  events(filter: EventFilter): EventRow[];
  eventMentions(eventId: number): EventMentionRow[];
  actors(filter: { country?: string; limit?: number }): ActorRow[];
  partnerships(filter: { tier?: string; country?: string }): RelationRow[];
  dyad(a: string, b: string): DyadCard;
  /** Every event, oldest first, for exports. */
  allEvents(): Iterable<EventRow>;
  close(): void;
}
