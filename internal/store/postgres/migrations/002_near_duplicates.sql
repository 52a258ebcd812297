-- 002_near_duplicates: near-duplicate fingerprints, as the sqlite adapter's
-- migration 003 has them.

-- simhash is the 64-bit SimHash of the text (stored as a signed integer);
-- dup_of is the id of the first document of its near-duplicate group, NULL
-- for an original. A group counts once in rankings:
-- COUNT(DISTINCT COALESCE(dup_of, id)).
ALTER TABLE documents ADD COLUMN simhash BIGINT;
ALTER TABLE documents ADD COLUMN dup_of TEXT COLLATE "C";
CREATE INDEX documents_dup_of ON documents (dup_of);
