/**
 * The first schema of the SQLite store. Every table keeps an INTEGER PRIMARY KEY
 * (`seq`) so insertion order is stable across VACUUM and child rows reference a
 * small integer; public ids stay TEXT and unique. Entities carry a cached
 * `canonical` column derived from the merge history (rebuilt on merge and unmerge),
 * so reads resolve merges with one indexed lookup and nothing else is rewritten.
 */
export const SCHEMA_V1 = `
CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  title        TEXT,
  source       TEXT,
  published    TEXT,
  sha256       TEXT NOT NULL UNIQUE,
  marking      TEXT NOT NULL,
  media_type   TEXT NOT NULL,
  text         TEXT NOT NULL,
  text_length  INTEGER NOT NULL,
  ingested_at  TEXT NOT NULL,
  reliability  TEXT
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE entities (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  canonical   TEXT NOT NULL,
  type        TEXT NOT NULL,
  subtype     TEXT,
  name        TEXT NOT NULL,
  lat         REAL,
  lon         REAL,
  attributes  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX entities_canonical ON entities(canonical);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE aliases (
  seq     INTEGER PRIMARY KEY,
  entity  TEXT NOT NULL REFERENCES entities(id),
  alias   TEXT NOT NULL,
  UNIQUE (entity, alias)
);

CREATE TABLE name_keys (
  key     TEXT NOT NULL,
  entity  TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX name_keys_entity ON name_keys(entity);

CREATE TABLE mentions (
  seq         INTEGER PRIMARY KEY,
  entity      TEXT NOT NULL REFERENCES entities(id),
  document    TEXT NOT NULL REFERENCES documents(id),
  span_start  INTEGER NOT NULL CHECK (span_start >= 0),
  span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
  text        TEXT NOT NULL,
  UNIQUE (entity, document, span_start, span_end)
);
CREATE INDEX mentions_document ON mentions(document, span_start);

CREATE TABLE claims (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  subject      TEXT NOT NULL REFERENCES entities(id),
  predicate    TEXT NOT NULL,
  object       TEXT NOT NULL REFERENCES entities(id),
  valid_from   TEXT,
  valid_to     TEXT,
  former       INTEGER NOT NULL,
  negated      INTEGER NOT NULL,
  confidence   REAL NOT NULL,
  status       TEXT NOT NULL,
  marking      TEXT NOT NULL,
  credibility  INTEGER,
  extractor    TEXT NOT NULL
);
CREATE INDEX claims_subject ON claims(subject);
CREATE INDEX claims_object ON claims(object);
CREATE INDEX claims_predicate ON claims(predicate);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE claim_evidence (
  claim       INTEGER NOT NULL REFERENCES claims(seq),
  position    INTEGER NOT NULL,
  document    TEXT NOT NULL REFERENCES documents(id),
  span_start  INTEGER NOT NULL CHECK (span_start >= 0),
  span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
  quote       TEXT NOT NULL,
  PRIMARY KEY (claim, position)
) WITHOUT ROWID;
CREATE INDEX claim_evidence_document ON claim_evidence(document);

CREATE TABLE events (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL,
  date          TEXT,
  place         TEXT REFERENCES entities(id),
  killed        INTEGER,
  injured       INTEGER,
  arrested      INTEGER,
  amount_value  REAL,
  amount_unit   TEXT,
  confidence    REAL NOT NULL,
  status        TEXT NOT NULL,
  marking       TEXT NOT NULL,
  extractor     TEXT NOT NULL
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_place ON events(place);

CREATE TABLE event_participants (
  event     INTEGER NOT NULL REFERENCES events(seq),
  position  INTEGER NOT NULL,
  role      TEXT NOT NULL,
  entity    TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (event, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity);

CREATE TABLE event_evidence (
  event       INTEGER NOT NULL REFERENCES events(seq),
  position    INTEGER NOT NULL,
  document    TEXT NOT NULL REFERENCES documents(id),
  span_start  INTEGER NOT NULL CHECK (span_start >= 0),
  span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
  quote       TEXT NOT NULL,
  PRIMARY KEY (event, position)
) WITHOUT ROWID;
CREATE INDEX event_evidence_document ON event_evidence(document);

CREATE TABLE merges (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  source       TEXT NOT NULL REFERENCES entities(id),
  target       TEXT NOT NULL REFERENCES entities(id),
  actor        TEXT NOT NULL,
  reason       TEXT NOT NULL,
  at           TEXT NOT NULL,
  undone_at    TEXT,
  undone_by    TEXT,
  undo_reason  TEXT
);
CREATE INDEX merges_source ON merges(source);
CREATE INDEX merges_target ON merges(target);

CREATE TABLE same_as (
  a           TEXT NOT NULL REFERENCES entities(id),
  b           TEXT NOT NULL REFERENCES entities(id),
  score       REAL NOT NULL,
  reasons     TEXT NOT NULL,
  decision    TEXT CHECK (decision IN ('same', 'different')),
  decided_by  TEXT,
  decided_at  TEXT,
  PRIMARY KEY (a, b),
  CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX same_as_b ON same_as(b);
`;
