/**
 * The first schema of the PostgreSQL store, table for table the SQLite one: a
 * `seq` identity key keeps insertion order and lets child rows point at a small
 * integer; public ids stay text and unique. Ids and keys compare byte-wise
 * (COLLATE "C") so ordering and the `a < b` rule of same-as pairs agree with
 * JavaScript whatever the database's locale. Dates stay text ("2014-09" is a
 * month, not a day), open attributes are jsonb, and full-text search runs on a
 * generated tsvector (title weighted above body) with a GIN index.
 */
/**
 * Folding for search, like SQLite's `remove_diacritics`: "cafe" finds "café" and
 * "Haqqani" finds "Ḥaqqānī". Decompose, then drop the combining accents. Built-ins
 * only, so it is immutable and needs no extension; search.ts folds queries with it.
 */
export function foldSql(expr: string): string {
  return `regexp_replace(normalize(${expr}, NFD), E'[\\u0300-\\u036f]', '', 'g')`;
}

export const SCHEMA_V1 = `
-- A tsvector holds at most 1 MB: a huge document with many distinct words is
-- indexed by the longest prefix of its text that fits, instead of failing to store.
CREATE FUNCTION documents_search_vector(title text, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  n integer := length(body);
BEGIN
  LOOP
    BEGIN
      RETURN setweight(to_tsvector('simple'::regconfig, ${foldSql("coalesce(title, '')")}), 'A')
        || to_tsvector('simple'::regconfig, ${foldSql('left(body, n)')});
    EXCEPTION WHEN program_limit_exceeded THEN
      n := n / 2;
    END;
  END LOOP;
END
$fn$;

CREATE TABLE documents (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text COLLATE "C" NOT NULL UNIQUE,
  title        text,
  source       text,
  published    text,
  sha256       text COLLATE "C" NOT NULL UNIQUE,
  marking      text NOT NULL,
  media_type   text NOT NULL,
  text         text NOT NULL,
  text_length  integer NOT NULL,
  ingested_at  text NOT NULL,
  reliability  text,
  search       tsvector GENERATED ALWAYS AS (documents_search_vector(title, text)) STORED
);
CREATE INDEX documents_search ON documents USING gin (search);

CREATE TABLE entities (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text COLLATE "C" NOT NULL UNIQUE,
  canonical   text COLLATE "C" NOT NULL,
  type        text COLLATE "C" NOT NULL,
  subtype     text,
  name        text NOT NULL,
  lat         double precision,
  lon         double precision,
  attributes  jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX entities_canonical ON entities(canonical);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE aliases (
  seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity  text COLLATE "C" NOT NULL REFERENCES entities(id),
  alias   text NOT NULL,
  UNIQUE (entity, alias)
);

CREATE TABLE name_keys (
  key     text COLLATE "C" NOT NULL,
  entity  text COLLATE "C" NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)
);
CREATE INDEX name_keys_entity ON name_keys(entity);

CREATE TABLE mentions (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity      text COLLATE "C" NOT NULL REFERENCES entities(id),
  document    text COLLATE "C" NOT NULL REFERENCES documents(id),
  span_start  integer NOT NULL CHECK (span_start >= 0),
  span_end    integer NOT NULL CHECK (span_end >= span_start),
  text        text NOT NULL,
  UNIQUE (entity, document, span_start, span_end)
);
CREATE INDEX mentions_document ON mentions(document, span_start);

CREATE TABLE claims (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text COLLATE "C" NOT NULL UNIQUE,
  subject      text COLLATE "C" NOT NULL REFERENCES entities(id),
  predicate    text COLLATE "C" NOT NULL,
  object       text COLLATE "C" NOT NULL REFERENCES entities(id),
  valid_from   text,
  valid_to     text,
  former       boolean NOT NULL,
  negated      boolean NOT NULL,
  confidence   double precision NOT NULL,
  status       text NOT NULL,
  marking      text NOT NULL,
  credibility  integer,
  extractor    text NOT NULL
);
CREATE INDEX claims_subject ON claims(subject);
CREATE INDEX claims_object ON claims(object);
CREATE INDEX claims_predicate ON claims(predicate);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE claim_evidence (
  claim       bigint NOT NULL REFERENCES claims(seq),
  position    integer NOT NULL,
  document    text COLLATE "C" NOT NULL REFERENCES documents(id),
  span_start  integer NOT NULL CHECK (span_start >= 0),
  span_end    integer NOT NULL CHECK (span_end >= span_start),
  quote       text NOT NULL,
  PRIMARY KEY (claim, position)
);
CREATE INDEX claim_evidence_document ON claim_evidence(document);

CREATE TABLE events (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id            text COLLATE "C" NOT NULL UNIQUE,
  type          text COLLATE "C" NOT NULL,
  date          text,
  place         text COLLATE "C" REFERENCES entities(id),
  killed        integer,
  injured       integer,
  arrested      integer,
  amount_value  double precision,
  amount_unit   text,
  confidence    double precision NOT NULL,
  status        text NOT NULL,
  marking       text NOT NULL,
  extractor     text NOT NULL
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_place ON events(place);

CREATE TABLE event_participants (
  event     bigint NOT NULL REFERENCES events(seq),
  position  integer NOT NULL,
  role      text NOT NULL,
  entity    text COLLATE "C" NOT NULL REFERENCES entities(id),
  PRIMARY KEY (event, position)
);
CREATE INDEX event_participants_entity ON event_participants(entity);

CREATE TABLE event_evidence (
  event       bigint NOT NULL REFERENCES events(seq),
  position    integer NOT NULL,
  document    text COLLATE "C" NOT NULL REFERENCES documents(id),
  span_start  integer NOT NULL CHECK (span_start >= 0),
  span_end    integer NOT NULL CHECK (span_end >= span_start),
  quote       text NOT NULL,
  PRIMARY KEY (event, position)
);
CREATE INDEX event_evidence_document ON event_evidence(document);

CREATE TABLE merges (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text COLLATE "C" NOT NULL UNIQUE,
  source       text COLLATE "C" NOT NULL REFERENCES entities(id),
  target       text COLLATE "C" NOT NULL REFERENCES entities(id),
  actor        text NOT NULL,
  reason       text NOT NULL,
  at           text NOT NULL,
  undone_at    text,
  undone_by    text,
  undo_reason  text
);
CREATE INDEX merges_source ON merges(source);
CREATE INDEX merges_target ON merges(target);

CREATE TABLE same_as (
  a           text COLLATE "C" NOT NULL REFERENCES entities(id),
  b           text COLLATE "C" NOT NULL REFERENCES entities(id),
  score       double precision NOT NULL,
  reasons     jsonb NOT NULL,
  decision    text CHECK (decision IN ('same', 'different')),
  decided_by  text,
  decided_at  text,
  PRIMARY KEY (a, b),
  CHECK (a < b)
);
CREATE INDEX same_as_b ON same_as(b);
`;
