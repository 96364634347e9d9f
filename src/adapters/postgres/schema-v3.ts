/**
 * Schema v3, table for table the SQLite one: the owning agency of documents, claims
 * and events (rows already stored belong to the local agency), indexed with the
 * marking for the access policy; then agencies, users, API tokens, sessions, sharing
 * agreements, the audit log, peers, foreign STIX objects, settings and the change
 * journal. Markings and audit details are JSON text, not jsonb, so an audit entry
 * reads back byte for byte as it was hashed.
 *
 * The audit log is append-only and gapless in the database itself (triggers refuse
 * UPDATE, DELETE, TRUNCATE and an out-of-order seq), as in SQLite.
 *
 * The journal differs from SQLite's on purpose. Concurrent writers here are real,
 * so it is insert-only (rewriting one row per record would make every two
 * transactions touching the same entity a serialization conflict) and readers keep
 * each record's latest seq. Seqs come from a sequence under an advisory lock each
 * writer takes at its first journal entry and holds until commit, so seq order is
 * commit order and a reader never sees seq N+1 before N. Records stored before v3
 * are journaled once here, in the order SQLite does it.
 */
export const SCHEMA_V3 = `
ALTER TABLE documents ADD COLUMN agency text COLLATE "C" NOT NULL DEFAULT 'local';
ALTER TABLE claims ADD COLUMN agency text COLLATE "C" NOT NULL DEFAULT 'local';
ALTER TABLE events ADD COLUMN agency text COLLATE "C" NOT NULL DEFAULT 'local';
CREATE INDEX documents_agency ON documents(agency, marking);
CREATE INDEX claims_agency ON claims(agency, marking);
CREATE INDEX events_agency ON events(agency, marking);

CREATE TABLE agencies (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text COLLATE "C" NOT NULL UNIQUE,
  name        text NOT NULL,
  created_at  text NOT NULL
);
-- The agency a single-user store's records already belong to (see model/access.ts).
INSERT INTO agencies (id, name, created_at)
  VALUES ('local', 'Local agency', to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));


CREATE TABLE users (
  seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id             text COLLATE "C" NOT NULL UNIQUE,
  name           text COLLATE "C" NOT NULL UNIQUE,
  agency         text COLLATE "C" NOT NULL REFERENCES agencies(id),
  role           text NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash  text,
  created_at     text NOT NULL,
  disabled_at    text
);
CREATE INDEX users_agency ON users(agency);

CREATE TABLE tokens (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text COLLATE "C" NOT NULL UNIQUE,
  user_id     text COLLATE "C" NOT NULL REFERENCES users(id),
  label       text NOT NULL,
  hash        text COLLATE "C" NOT NULL UNIQUE,
  created_at  text NOT NULL,
  expires_at  text,
  revoked_at  text
);
CREATE INDEX tokens_user ON tokens(user_id);

CREATE TABLE sessions (
  hash        text COLLATE "C" PRIMARY KEY,
  user_id     text COLLATE "C" NOT NULL REFERENCES users(id),
  csrf        text NOT NULL,
  created_at  text NOT NULL,
  expires_at  text NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE agreements (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text COLLATE "C" NOT NULL UNIQUE,
  from_agency  text COLLATE "C" NOT NULL REFERENCES agencies(id),
  to_agency    text COLLATE "C" NOT NULL REFERENCES agencies(id),
  markings     text NOT NULL,
  created_by   text NOT NULL,
  created_at   text NOT NULL,
  revoked_at   text,
  CHECK (from_agency <> to_agency)
);
CREATE INDEX agreements_to ON agreements(to_agency);

CREATE TABLE audit (
  seq        bigint PRIMARY KEY,
  at         text NOT NULL,
  actor      text NOT NULL,
  agency     text,
  action     text NOT NULL,
  target     text,
  detail     text NOT NULL,
  prev_hash  text NOT NULL,
  hash       text NOT NULL
);
CREATE FUNCTION audit_in_order() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.seq IS DISTINCT FROM (SELECT coalesce(max(seq), 0) + 1 FROM audit) THEN
    RAISE EXCEPTION 'audit entries are appended in order, without gaps' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER audit_in_order BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_in_order();
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

CREATE TABLE peers (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text COLLATE "C" NOT NULL UNIQUE,
  name        text NOT NULL,
  agency      text COLLATE "C" NOT NULL REFERENCES agencies(id),
  url         text NOT NULL,
  public_key  text NOT NULL,
  token       text,
  pulled_seq  bigint NOT NULL DEFAULT 0,
  pushed_seq  bigint NOT NULL DEFAULT 0,
  created_at  text NOT NULL
);

CREATE TABLE foreign_objects (
  seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id       text COLLATE "C" NOT NULL UNIQUE,
  type     text NOT NULL,
  json     text NOT NULL,
  agency   text COLLATE "C" NOT NULL,
  marking  text NOT NULL
);

CREATE TABLE settings (
  key    text COLLATE "C" PRIMARY KEY,
  value  text NOT NULL
);

CREATE SEQUENCE changes_seq;
CREATE TABLE changes (
  seq   bigint PRIMARY KEY DEFAULT nextval('changes_seq'),
  kind  text COLLATE "C" NOT NULL CHECK (kind IN ('document', 'entity', 'claim', 'event', 'foreign')),
  id    text COLLATE "C" NOT NULL
);
ALTER SEQUENCE changes_seq OWNED BY changes.seq;
CREATE INDEX changes_record ON changes(kind, id, seq);
INSERT INTO changes (seq, kind, id)
  SELECT row_number() OVER (ORDER BY r.k, r.s), r.kind, r.id FROM (
    SELECT 1 AS k, seq AS s, 'document' AS kind, id FROM documents
    UNION ALL SELECT 2, seq, 'entity', id FROM entities
    UNION ALL SELECT 3, seq, 'claim', id FROM claims
    UNION ALL SELECT 4, seq, 'event', id FROM events
  ) r;
SELECT setval('changes_seq', coalesce((SELECT max(seq) FROM changes), 0) + 1, false);
`;
