// Versioned schema migrations for the SQLite ledger. PRAGMA user_version holds the applied version;
// each migration runs once, in order, inside a transaction. Never edit a released migration: add one.

export const MIGRATIONS: readonly string[] = [
  // 1: initial schema
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT, url TEXT, source TEXT, published TEXT,
    hash TEXT NOT NULL,
    file TEXT,
    ingested_at TEXT NOT NULL,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    n_relations INTEGER NOT NULL DEFAULT 0
  );

  -- One row per real-world event: duplicate reports (mentions) are clustered into it.
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL, quad TEXT NOT NULL, goldstein REAL NOT NULL,
    dyad TEXT NOT NULL,
    source_code TEXT NOT NULL, target_code TEXT,
    reciprocal INTEGER NOT NULL,
    date TEXT, date_certain INTEGER NOT NULL,
    loc_name TEXT, loc_country TEXT, lat REAL, lon REAL,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    n_documents INTEGER NOT NULL DEFAULT 0,
    n_sources INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL
  );
  CREATE INDEX events_merge ON events(type, dyad, date);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_source ON events(source_code);
  CREATE INDEX events_target ON events(target_code);

  -- One row per coded event in one document, with its evidence.
  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    doc_id TEXT NOT NULL REFERENCES documents(id),
    ord INTEGER NOT NULL,
    type TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL, contexts TEXT NOT NULL,
    source TEXT NOT NULL, target TEXT,
    source_code TEXT NOT NULL, target_code TEXT,
    reciprocal INTEGER NOT NULL, negated INTEGER NOT NULL,
    date TEXT, date_text TEXT, date_certain INTEGER NOT NULL,
    loc_name TEXT, loc_country TEXT, lat REAL, lon REAL,
    sentence INTEGER NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL,
    confidence REAL NOT NULL
  );
  CREATE INDEX mentions_event ON mentions(event_id);
  CREATE INDEX mentions_doc ON mentions(doc_id);

  CREATE VIRTUAL TABLE mention_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

  CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    country_a TEXT, country_b TEXT,
    countries TEXT NOT NULL,
    tier TEXT, rank INTEGER, change TEXT, first INTEGER NOT NULL DEFAULT 0,
    date TEXT, date_certain INTEGER NOT NULL,
    sentence INTEGER NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL,
    confidence REAL
  );
  CREATE INDEX relations_pair ON relations(country_a, country_b);
  CREATE INDEX relations_doc ON relations(doc_id);

  CREATE TABLE topics (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    topic TEXT NOT NULL, kind TEXT NOT NULL,
    sentence INTEGER NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL,
    PRIMARY KEY (doc_id, topic)
  ) WITHOUT ROWID;
  CREATE INDEX topics_topic ON topics(topic);

  -- Actors seen in documents (people learned from text included), per document, so a replaced
  -- document's contribution can be withdrawn.
  CREATE TABLE actor_docs (
    key TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL, text TEXT NOT NULL, name TEXT, country TEXT, sector TEXT, org TEXT, role TEXT,
    published TEXT, mentions INTEGER NOT NULL,
    PRIMARY KEY (key, doc_id)
  ) WITHOUT ROWID;
  CREATE INDEX actor_docs_doc ON actor_docs(doc_id);
  CREATE VIEW actors AS
    SELECT key, min(kind) AS kind, min(text) AS text, min(name) AS name, min(country) AS country,
           min(sector) AS sector, min(org) AS org, max(role) AS role,
           min(published) AS first_seen, max(published) AS last_seen,
           sum(mentions) AS mentions, count(*) AS documents
    FROM actor_docs GROUP BY key;
  `,
];
