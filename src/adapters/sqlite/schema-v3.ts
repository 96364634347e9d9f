/**
 * Schema v3: agencies and sharing. Documents, claims and events gain their owning
 * agency (rows already stored belong to the local agency), indexed with the marking
 * because that pair is what the access policy filters on. Then the access tables:
 * agencies, users, API tokens, sessions, sharing agreements, the audit log, peers,
 * foreign STIX objects, settings, and the change journal federation reads.
 *
 * The audit log is append-only and gapless in the database itself: triggers refuse
 * an UPDATE or DELETE of an entry and an entry whose seq is not the next one, so
 * only someone who drops the triggers can rewrite history (and the hash chain then
 * shows it). The journal keeps one row per record, its latest change: rewriting a
 * row (INSERT OR REPLACE) gives it a fresh AUTOINCREMENT seq, never a reused one.
 * Records stored before v3 are journaled once here, so a first full sync sees them.
 */
export const SCHEMA_V3 = `
ALTER TABLE documents ADD COLUMN agency TEXT NOT NULL DEFAULT 'local';
ALTER TABLE claims ADD COLUMN agency TEXT NOT NULL DEFAULT 'local';
ALTER TABLE events ADD COLUMN agency TEXT NOT NULL DEFAULT 'local';
CREATE INDEX documents_agency ON documents(agency, marking);
CREATE INDEX claims_agency ON claims(agency, marking);
CREATE INDEX events_agency ON events(agency, marking);

CREATE TABLE agencies (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
-- The agency a single-user store's records already belong to (see model/access.ts).
INSERT INTO agencies (id, name, created_at) VALUES ('local', 'Local agency', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));


CREATE TABLE users (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL UNIQUE,
  agency         TEXT NOT NULL REFERENCES agencies(id),
  role           TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash  TEXT,
  created_at     TEXT NOT NULL,
  disabled_at    TEXT
);
CREATE INDEX users_agency ON users(agency);

CREATE TABLE tokens (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  user_id     TEXT NOT NULL REFERENCES users(id),
  label       TEXT NOT NULL,
  hash        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  expires_at  TEXT,
  revoked_at  TEXT
);
CREATE INDEX tokens_user ON tokens(user_id);

CREATE TABLE sessions (
  hash        TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users(id),
  csrf        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE agreements (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  from_agency  TEXT NOT NULL REFERENCES agencies(id),
  to_agency    TEXT NOT NULL REFERENCES agencies(id),
  markings     TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  revoked_at   TEXT,
  CHECK (from_agency <> to_agency)
);
CREATE INDEX agreements_to ON agreements(to_agency);

CREATE TABLE audit (
  seq        INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  agency     TEXT,
  action     TEXT NOT NULL,
  target     TEXT,
  detail     TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE TRIGGER audit_in_order BEFORE INSERT ON audit
  WHEN new.seq IS NOT coalesce((SELECT max(seq) FROM audit), 0) + 1
BEGIN
  SELECT RAISE(ABORT, 'audit entries are appended in order, without gaps');
END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE peers (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  agency      TEXT NOT NULL REFERENCES agencies(id),
  url         TEXT NOT NULL,
  public_key  TEXT NOT NULL,
  token       TEXT,
  pulled_seq  INTEGER NOT NULL DEFAULT 0,
  pushed_seq  INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL
);

CREATE TABLE foreign_objects (
  seq      INTEGER PRIMARY KEY,
  id       TEXT NOT NULL UNIQUE,
  type     TEXT NOT NULL,
  json     TEXT NOT NULL,
  agency   TEXT NOT NULL,
  marking  TEXT NOT NULL
);

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE changes (
  seq   INTEGER PRIMARY KEY AUTOINCREMENT,
  kind  TEXT NOT NULL CHECK (kind IN ('document', 'entity', 'claim', 'event', 'foreign')),
  id    TEXT NOT NULL,
  UNIQUE (kind, id)
);
INSERT INTO changes (kind, id) SELECT 'document', id FROM documents ORDER BY seq;
INSERT INTO changes (kind, id) SELECT 'entity', id FROM entities ORDER BY seq;
INSERT INTO changes (kind, id) SELECT 'claim', id FROM claims ORDER BY seq;
INSERT INTO changes (kind, id) SELECT 'event', id FROM events ORDER BY seq;
`;
