/**
 * Schema v2: each claim stores the day interval its validity covers (valid_start,
 * valid_end; see store/valid-bounds.ts), backfilled here for v1 stores, and the
 * subject/object indexes become covering as-of indexes so a neighbourhood step reads
 * the index alone. `entities(id, canonical)` lets the step resolve merges the same way.
 */
export const SCHEMA_V2 = `
ALTER TABLE claims ADD COLUMN valid_start TEXT NOT NULL DEFAULT '0000-01-01';
ALTER TABLE claims ADD COLUMN valid_end TEXT NOT NULL DEFAULT '9999-12-31';
UPDATE claims SET valid_start = CASE length(valid_from)
    WHEN 4 THEN valid_from || '-01-01' WHEN 7 THEN valid_from || '-01' ELSE valid_from END
  WHERE valid_from IS NOT NULL;
UPDATE claims SET valid_end = CASE length(valid_to)
    WHEN 4 THEN valid_to || '-12-31' WHEN 7 THEN date(valid_to || '-01', '+1 month', '-1 day') ELSE valid_to END
  WHERE valid_to IS NOT NULL;
DROP INDEX claims_subject;
DROP INDEX claims_object;
CREATE INDEX claims_subject_asof ON claims(subject, valid_start, valid_end, status, negated, object, id);
CREATE INDEX claims_object_asof ON claims(object, valid_start, valid_end, status, negated, subject, id);
CREATE INDEX entities_id_canonical ON entities(id, canonical);
`;
