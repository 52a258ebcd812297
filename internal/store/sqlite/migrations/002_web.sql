-- 002_web: reviews of facts with their audit trail, and watchlists.

-- The current review of a fact. It is keyed by what identifies the fact
-- across re-ingesting and re-extracting its document (document id, position
-- in the document, key fields) and deliberately has no foreign key to facts:
-- a review outlives the rows it was made on.
CREATE TABLE fact_reviews (
    document_id TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    fact_key    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'corrected')),
    correction  TEXT CHECK (correction IS NULL OR json_valid(correction)),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, ordinal, fact_key)
);

-- Every review ever made: who, when, what.
CREATE TABLE review_audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    fact_id     INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    fact_key    TEXT NOT NULL,
    correction  TEXT,
    note        TEXT NOT NULL DEFAULT '',
    client      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX review_audit_fact ON review_audit (document_id, ordinal, fact_key);

CREATE TABLE watchlists (
    id         TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    name       TEXT NOT NULL DEFAULT '',
    query      TEXT NOT NULL DEFAULT '',
    webhook    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    last_fact  INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

-- The giving side (supplier, else provider), as the register filters it.
CREATE INDEX facts_from_to ON facts (COALESCE(supplier, provider) COLLATE NOCASE, recipient);

-- The register's default order: newest documents first.
CREATE INDEX documents_published_seq ON documents (published, seq);

-- Rank's filter for one supplier and one recipient (fact sheets).
CREATE INDEX facts_supplier_recipient ON facts (supplier, recipient);
