/**
 * Schema v2: each claim stores the day interval its validity covers (valid_start,
 * valid_end; see store/valid-bounds.ts), backfilled here for v1 stores, and the
 * subject/object indexes become covering as-of indexes (INCLUDE) so a neighbourhood
 * step can be answered by index-only scans. The columns use the "C" collation:
 * ISO days compare as plain bytes, whatever the database's locale.
 */
export const SCHEMA_V2 = `
ALTER TABLE claims ADD COLUMN valid_start text COLLATE "C" NOT NULL DEFAULT '0000-01-01';
ALTER TABLE claims ADD COLUMN valid_end text COLLATE "C" NOT NULL DEFAULT '9999-12-31';
UPDATE claims SET valid_start = CASE length(valid_from)
    WHEN 4 THEN valid_from || '-01-01' WHEN 7 THEN valid_from || '-01' ELSE valid_from END
  WHERE valid_from IS NOT NULL;
UPDATE claims SET valid_end = CASE length(valid_to)
    WHEN 4 THEN valid_to || '-12-31'
    WHEN 7 THEN to_char(to_date(valid_to || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day', 'YYYY-MM-DD')
    ELSE valid_to END
  WHERE valid_to IS NOT NULL;
DROP INDEX claims_subject;
DROP INDEX claims_object;
CREATE INDEX claims_subject_asof ON claims(subject, valid_start, valid_end) INCLUDE (status, negated, object, id);
CREATE INDEX claims_object_asof ON claims(object, valid_start, valid_end) INCLUDE (status, negated, subject, id);
CREATE INDEX entities_id_canonical ON entities(id) INCLUDE (canonical);
`;
