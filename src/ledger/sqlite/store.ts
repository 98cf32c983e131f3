// The SQLite implementation of the ledger store (better-sqlite3, WAL). Statements are prepared once.

import type Database from 'better-sqlite3';
import type { ActorRef, CodedDocument, Quad } from '../../contract.js';
import type {
  ActorRow, DocumentState, DyadCard, EventFilter, EventMentionRow, EventRow, LedgerActor, LedgerStats,
  LedgerStore, PutResult, RelationRow,
} from '../store.js';
import { actorCode, dyadKey, eventDay, locationsCompatible, pairKeys } from '../merge.js';
import { openDatabase, type OpenOptions } from './open.js';

type Row = Record<string, unknown>;

function sourceOf(doc: CodedDocument['doc']): string | null {
  if (doc.source) return doc.source;
  if (doc.url) {
    try {
      return new URL(doc.url).hostname;
    } catch {
      return null;
    }
  }
  return null;
}

function toLedgerActor(json: string | null): LedgerActor | null {
  if (json === null) return null;
  const a = JSON.parse(json) as ActorRef;
  return {
    code: actorCode(a) ?? '',
    text: a.text,
    country: a.country,
    sector: a.sector,
    name: a.name,
    org: a.org ?? null,
    role: a.role ?? null,
  };
}

function evidenceOf(r: Row): RelationRow['evidence'] {
  return { sentence: r.sentence as number, start: r.ev_start as number, end: r.ev_end as number, text: r.ev_text as string };
}

function relationRow(r: Row): RelationRow {
  return {
    id: r.id as number,
    kind: r.kind as string,
    countries: JSON.parse(r.countries as string) as string[],
    tier: (r.tier as string | null) ?? null,
    rank: (r.rank as number | null) ?? null,
    change: (r.change as string | null) ?? null,
    first: r.first === 1,
    date: (r.date as string | null) ?? null,
    dateCertain: r.date_certain === 1,
    docId: r.doc_id as string,
    evidence: evidenceOf(r),
  };
}

const EVENT_SELECT = `
  SELECT e.*, m.source AS m_source, m.target AS m_target, m.contexts AS m_contexts, m.doc_id AS m_doc,
         m.sentence, m.ev_start, m.ev_end, m.ev_text, d.url AS d_url
  FROM events e
  JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE event_id = e.id)
  JOIN documents d ON d.id = m.doc_id`;

export class SqliteStore implements LedgerStore {
  readonly db: Database.Database;
  private readonly st: Record<string, Database.Statement>;

  constructor(readonly path: string, options: OpenOptions = {}) {
    this.db = openDatabase(path, options);
    const p = (sql: string) => this.db.prepare(sql);
    this.st = options.readonly ? {} : {
      docHash: p('SELECT hash FROM documents WHERE id = ?'),
      insertDoc: p(`INSERT INTO documents (id, title, url, source, published, hash, file, ingested_at, n_mentions, n_relations)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
      docMentions: p('SELECT id, event_id FROM mentions WHERE doc_id = ?'),
      deleteMentions: p('DELETE FROM mentions WHERE doc_id = ?'),
      deleteFts: p('DELETE FROM mention_fts WHERE rowid = ?'),
      deleteRelations: p('DELETE FROM relations WHERE doc_id = ?'),
      deleteTopics: p('DELETE FROM topics WHERE doc_id = ?'),
      deleteActors: p('DELETE FROM actor_docs WHERE doc_id = ?'),
      mergeCandidates: p(`SELECT id, loc_name, loc_country FROM events
                          WHERE type = ? AND dyad = ? AND date BETWEEN date(?, '-1 day') AND date(?, '+1 day')
                          ORDER BY id`),
      insertEvent: p(`INSERT INTO events (type, mode, cameo, quad, goldstein, dyad, source_code, target_code, reciprocal,
                        date, date_certain, loc_name, loc_country, lat, lon, confidence)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertMention: p(`INSERT INTO mentions (event_id, doc_id, ord, type, mode, cameo, contexts, source, target, source_code,
                          target_code, reciprocal, negated, date, date_text, date_certain, loc_name, loc_country, lat, lon,
                          sentence, ev_start, ev_end, ev_text, confidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertFts: p('INSERT INTO mention_fts (rowid, text) VALUES (?, ?)'),
      recount: p(`UPDATE events SET
                    n_mentions = (SELECT count(*) FROM mentions WHERE event_id = @id),
                    n_documents = (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id = @id),
                    n_sources = (SELECT count(DISTINCT coalesce(d.source, d.id)) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = @id),
                    confidence = coalesce((SELECT max(confidence) FROM mentions WHERE event_id = @id), 0)
                  WHERE id = @id`),
      refill: p(`UPDATE events SET (date, date_certain, loc_name, loc_country, lat, lon) =
                   (SELECT date, date_certain, loc_name, loc_country, lat, lon FROM mentions WHERE event_id = @id ORDER BY id LIMIT 1)
                 WHERE id = @id`),
      deleteEmptyEvent: p('DELETE FROM events WHERE id = ? AND n_mentions = 0'),
      insertRelation: p(`INSERT INTO relations (doc_id, kind, country_a, country_b, countries, tier, rank, change, first, date,
                           date_certain, sentence, ev_start, ev_end, ev_text, confidence)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertTopic: p(`INSERT OR IGNORE INTO topics (doc_id, topic, kind, sentence, ev_start, ev_end, ev_text) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      insertActor: p(`INSERT INTO actor_docs (key, doc_id, kind, text, name, country, sector, org, role, published, mentions)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                      ON CONFLICT (key, doc_id) DO UPDATE SET mentions = mentions + excluded.mentions`),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  documentState(id: string, hash: string): DocumentState {
    const r = this.st.docHash.get(id) as { hash: string } | undefined;
    if (!r) return 'new';
    return r.hash === hash ? 'unchanged' : 'changed';
  }

  private removeDocument(id: string): void {
    const ms = this.st.docMentions.all(id) as { id: number; event_id: number }[];
    const touched = new Set<number>();
    for (const m of ms) {
      this.st.deleteFts.run(m.id);
      touched.add(m.event_id);
    }
    this.st.deleteMentions.run(id);
    for (const e of touched) {
      this.st.recount.run({ id: e });
      this.st.deleteEmptyEvent.run(e);
      this.st.refill.run({ id: e });
    }
    this.st.deleteRelations.run(id);
    this.st.deleteTopics.run(id);
    this.st.deleteActors.run(id);
    this.st.deleteDoc.run(id);
  }

  putDocument(coded: CodedDocument, hash: string, file: string | null = null, known?: DocumentState): PutResult {
    const d = coded.doc;
    // A document the caller knows to be new has nothing to remove.
    if (known !== 'new') this.removeDocument(d.id);
    const touched = new Set<number>();
    const result: PutResult = { mentions: 0, relations: 0, merged: 0 };
    this.st.insertDoc.run(d.id, d.title, d.url ?? null, sourceOf(d), d.published, hash, file, new Date().toISOString(), 0, 0);
    coded.events.forEach((e, ord) => {
      if (e.negated) return;
      const src = actorCode(e.source);
      if (src === null) return;
      const tgt = actorCode(e.target);
      const dyad = dyadKey(src, tgt, e.reciprocal);
      const day = eventDay(e, d.published);
      const loc = { name: e.location?.name ?? null, country: e.location?.country ?? null };
      let eventId: number | null = null;
      if (day !== null) {
        for (const c of this.st.mergeCandidates.all(e.type, dyad, day, day) as Row[]) {
          if (locationsCompatible(loc, { name: c.loc_name as string | null, country: c.loc_country as string | null })) {
            eventId = c.id as number;
            break;
          }
        }
      }
      if (eventId === null) {
        eventId = Number(this.st.insertEvent.run(e.type, e.mode, e.cameo, e.quad, e.goldstein, dyad, src, tgt, e.reciprocal ? 1 : 0,
          day, e.dateCertain ? 1 : 0, loc.name, loc.country, e.location?.lat ?? null, e.location?.lon ?? null, e.confidence).lastInsertRowid);
      } else {
        result.merged++;
      }
      const mid = Number(this.st.insertMention.run(eventId, d.id, ord, e.type, e.mode, e.cameo, JSON.stringify(e.contexts),
        JSON.stringify(e.source), e.target ? JSON.stringify(e.target) : null, src, tgt, e.reciprocal ? 1 : 0, e.negated ? 1 : 0,
        day, e.dateText, e.dateCertain ? 1 : 0, loc.name, loc.country, e.location?.lat ?? null, e.location?.lon ?? null,
        e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.text, e.confidence).lastInsertRowid);
      this.st.insertFts.run(mid, e.evidence.text);
      touched.add(eventId);
      result.mentions++;
    });
    for (const id of touched) this.st.recount.run({ id });
    for (const r of coded.relations) {
      // The stored pair is every party, organisations included ("ASEAN"-"USA"), so `dyad USA ASEAN` finds it.
      const cs = [...(r.parties ?? r.countries)].sort();
      this.st.insertRelation.run(d.id, r.kind, cs[0] ?? null, cs[1] ?? null, JSON.stringify(cs), r.tier ?? null, r.rank ?? null,
        r.change ?? null, r.first ? 1 : 0, r.date ?? d.published, r.dateCertain ? 1 : 0, r.evidence.sentence, r.evidence.start,
        r.evidence.end, r.evidence.text, r.confidence ?? null);
      result.relations++;
    }
    for (const t of coded.topics) {
      this.st.insertTopic.run(d.id, t.topic, t.kind, t.evidence.sentence, t.evidence.start, t.evidence.end, t.evidence.text);
    }
    for (const a of coded.actors) {
      const key = a.kind === 'person' ? `person:${a.name}:${a.country ?? ''}`
        : a.kind === 'organisation' ? `org:${a.org}`
          : `${a.kind}:${a.country ?? ''}:${a.sector ?? ''}`;
      this.st.insertActor.run(key, d.id, a.kind, a.text, a.name, a.country, a.sector, a.org ?? null, a.role ?? null, d.published, a.mentions);
    }
    this.db.prepare('UPDATE documents SET n_mentions = ?, n_relations = ? WHERE id = ?').run(result.mentions, result.relations, d.id);
    return result;
  }

  stats(): LedgerStats {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      events: n('SELECT count(*) AS n FROM events'),
      mentions: n('SELECT count(*) AS n FROM mentions'),
      relations: n('SELECT count(*) AS n FROM relations'),
      actors: n('SELECT count(DISTINCT key) AS n FROM actor_docs'),
      topics: n('SELECT count(*) AS n FROM topics'),
    };
  }

  private eventRow(r: Row): EventRow {
    return {
      id: r.id as number,
      type: r.type as string,
      mode: (r.mode as string | null) ?? null,
      cameo: r.cameo as string,
      quad: r.quad as Quad,
      goldstein: r.goldstein as number,
      source: toLedgerActor(r.m_source as string)!,
      target: toLedgerActor((r.m_target as string | null) ?? null),
      reciprocal: r.reciprocal === 1,
      date: (r.date as string | null) ?? null,
      dateCertain: r.date_certain === 1,
      location: r.loc_name ? { name: r.loc_name as string, country: (r.loc_country as string | null) ?? null, lat: (r.lat as number | null) ?? null, lon: (r.lon as number | null) ?? null } : null,
      contexts: JSON.parse(r.m_contexts as string) as string[],
      numMentions: r.n_mentions as number,
      numDocuments: r.n_documents as number,
      numSources: r.n_sources as number,
      confidence: r.confidence as number,
      evidence: evidenceOf(r),
      docId: r.m_doc as string,
      url: (r.d_url as string | null) ?? null,
    };
  }

  events(f: EventFilter): EventRow[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.actor) {
      where.push('(e.source_code = ? OR (e.reciprocal = 1 AND e.target_code = ?))');
      args.push(f.actor, f.actor);
    }
    if (f.target) {
      where.push('(e.target_code = ? OR (e.reciprocal = 1 AND e.source_code = ?))');
      args.push(f.target, f.target);
    }
    if (f.type) {
      where.push('(e.type = ? OR e.cameo = ?)');
      args.push(f.type.toUpperCase(), f.type);
    }
    if (f.since) { where.push('e.date >= ?'); args.push(f.since); }
    if (f.until) { where.push('e.date <= ?'); args.push(f.until); }
    if (f.topic) {
      where.push(`EXISTS (SELECT 1 FROM mentions mt JOIN topics t ON t.doc_id = mt.doc_id WHERE mt.event_id = e.id AND lower(t.topic) = lower(?))`);
      args.push(f.topic);
    }
    if (f.search) {
      where.push('e.id IN (SELECT event_id FROM mentions WHERE id IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?))');
      args.push(ftsQuery(f.search));
    }
    const sql = `${EVENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.date DESC, e.id DESC LIMIT ?`;
    args.push(f.limit ?? 50);
    return (this.db.prepare(sql).all(...args) as Row[]).map((r) => this.eventRow(r));
  }

  eventMentions(eventId: number): EventMentionRow[] {
    const rows = this.db.prepare(`SELECT m.*, d.source AS d_source, d.url AS d_url, d.published AS d_published
      FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY m.id`).all(eventId) as Row[];
    return rows.map((r) => ({
      docId: r.doc_id as string,
      source: (r.d_source as string | null) ?? null,
      url: (r.d_url as string | null) ?? null,
      published: (r.d_published as string | null) ?? null,
      date: (r.date as string | null) ?? null,
      evidence: evidenceOf(r),
    }));
  }

  *allEvents(): Iterable<EventRow> {
    for (const r of this.db.prepare(`${EVENT_SELECT} ORDER BY e.date, e.id`).iterate() as Iterable<Row>) yield this.eventRow(r);
  }

  actors(f: { country?: string; limit?: number }): ActorRow[] {
    const rows = this.db.prepare(`SELECT * FROM actors ${f.country ? 'WHERE country = ?' : ''} ORDER BY mentions DESC, key LIMIT ?`)
      .all(...(f.country ? [f.country, f.limit ?? 100] : [f.limit ?? 100])) as Row[];
    return rows.map((r) => ({
      key: r.key as string,
      kind: r.kind as string,
      text: r.text as string,
      name: (r.name as string | null) ?? null,
      country: (r.country as string | null) ?? null,
      sector: (r.sector as string | null) ?? null,
      org: (r.org as string | null) ?? null,
      role: (r.role as string | null) ?? null,
      firstSeen: (r.first_seen as string | null) ?? null,
      lastSeen: (r.last_seen as string | null) ?? null,
      mentions: r.mentions as number,
      documents: r.documents as number,
    }));
  }

  partnerships(f: { tier?: string; country?: string }): RelationRow[] {
    const where = ["kind = 'tier'"];
    const args: unknown[] = [];
    if (f.tier) { where.push('lower(tier) = lower(?)'); args.push(f.tier); }
    if (f.country) { where.push('(country_a = ? OR country_b = ?)'); args.push(f.country, f.country); }
    const rows = (this.db.prepare(`SELECT * FROM relations WHERE ${where.join(' AND ')} ORDER BY country_a, country_b, date, id`).all(...args) as Row[])
      .map(relationRow);
    // Current tiers first: the latest fact of each pair, then the history.
    const latest = new Map<string, RelationRow>();
    for (const r of rows) latest.set(r.countries.join('-'), r);
    const current = new Set(latest.values());
    return [...current, ...rows.filter((r) => !current.has(r)).reverse()];
  }

  dyad(a: string, b: string): DyadCard {
    const [x, y] = [a, b].sort() as [string, string];
    const rel = (this.db.prepare(`SELECT * FROM relations
        WHERE (country_a = ? AND country_b = ?) OR (countries LIKE ? AND countries LIKE ?)
        ORDER BY date, id`).all(x, y, `%"${x}"%`, `%"${y}"%`) as Row[]).map(relationRow);
    const tierHistory = rel.filter((r) => r.kind === 'tier' && r.countries.length === 2);
    const keys = pairKeys(x, y);
    const ph = keys.map(() => '?').join(',');
    const monthRows = this.db.prepare(`SELECT substr(date, 1, 7) AS month, type, quad, count(*) AS n, avg(goldstein) AS g
        FROM events WHERE dyad IN (${ph}) AND date IS NOT NULL GROUP BY month, type, quad ORDER BY month`).all(...keys) as Row[];
    const months = new Map<string, DyadCard['months'][number] & { gsum: number }>();
    for (const r of monthRows) {
      const m = r.month as string;
      let slot = months.get(m);
      if (!slot) { slot = { month: m, events: 0, meanGoldstein: 0, byType: {}, byQuad: {}, gsum: 0 }; months.set(m, slot); }
      const n = r.n as number;
      slot.events += n;
      slot.gsum += (r.g as number) * n;
      slot.byType[r.type as string] = (slot.byType[r.type as string] ?? 0) + n;
      slot.byQuad[r.quad as string] = (slot.byQuad[r.quad as string] ?? 0) + n;
    }
    const latestEvents = (this.db.prepare(`${EVENT_SELECT} WHERE e.dyad IN (${ph}) ORDER BY e.date DESC, e.id DESC LIMIT 10`).all(...keys) as Row[])
      .map((r) => this.eventRow(r));
    const topics = this.db.prepare(`SELECT t.topic, count(DISTINCT t.doc_id) AS n, min(t.ev_text) AS ev FROM topics t
        WHERE t.kind = 'issue' AND t.doc_id IN (
          SELECT doc_id FROM mentions WHERE event_id IN (SELECT id FROM events WHERE dyad IN (${ph}))
          UNION SELECT doc_id FROM relations WHERE country_a = ? AND country_b = ?)
        GROUP BY t.topic ORDER BY n DESC, t.topic LIMIT 10`).all(...keys, x, y) as Row[];
    const totals = this.db.prepare(`SELECT count(DISTINCT e.id) AS events, count(m.id) AS mentions, count(DISTINCT m.doc_id) AS documents
        FROM events e JOIN mentions m ON m.event_id = e.id WHERE e.dyad IN (${ph})`).get(...keys) as Row;
    return {
      countries: [x, y],
      currentTier: currentTier(tierHistory),
      tierHistory,
      jointStatements: rel.filter((r) => r.kind === 'joint-statement'),
      diplomaticRelations: rel.filter((r) => r.kind === 'diplomatic-relations'),
      months: [...months.values()].map(({ gsum, ...m }) => ({ ...m, meanGoldstein: Math.round((gsum / m.events) * 100) / 100 })),
      latestEvents,
      topics: topics.map((t) => ({ topic: t.topic as string, documents: t.n as number, evidence: t.ev as string })),
      totals: { events: totals.events as number, mentions: totals.mentions as number, documents: totals.documents as number },
    };
  }

  close(): void {
    this.db.close();
  }
}

/**
 * The current tier of a pair: the latest reported change (upgrade, establish, downgrade, restore;
 * ties on a day go to the higher rank), so that later passing references to an older label do not
 * override it; with no reported change, the latest reference. A severance ends any tier.
 */
export function currentTier(history: RelationRow[]): RelationRow | null {
  let change: RelationRow | null = null;
  let mention: RelationRow | null = null;
  for (const r of history) {
    const isChange = r.change !== null && r.change !== 'reaffirm';
    const slot = isChange ? change : mention;
    const better = slot === null || (r.date ?? '') > (slot.date ?? '')
      || ((r.date ?? '') === (slot.date ?? '') && (r.rank ?? 0) >= (slot.rank ?? 0));
    if (!better) continue;
    if (isChange) change = r;
    else mention = r;
  }
  if (change?.change === 'sever') return null;
  return change ?? mention;
}

/** Turns user words into a safe FTS5 query: each word quoted, all required. */
export function ftsQuery(words: string): string {
  const terms = words.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`);
  return terms.length ? terms.join(' ') : '""';
}
