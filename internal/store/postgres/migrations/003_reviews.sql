-- 003_reviews: reviews of facts with their audit trail, as the sqlite
-- adapter's migration 002 has them. A review is keyed by what identifies
-- its fact across re-extraction (document id, position, key fields; the
-- key is rows.Key) and has no foreign key to facts: it outlives the rows
-- it was made on.

CREATE TABLE fact_reviews (
    document_id TEXT COLLATE "C" NOT NULL,
    ordinal     INTEGER NOT NULL,
    fact_key    TEXT COLLATE "C" NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'corrected')),
    correction  JSONB,
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, ordinal, fact_key)
);

CREATE TABLE review_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    who         TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    fact_id     BIGINT NOT NULL,
    document_id TEXT COLLATE "C" NOT NULL,
    ordinal     INTEGER NOT NULL,
    fact_key    TEXT COLLATE "C" NOT NULL,
    correction  JSONB,
    note        TEXT NOT NULL DEFAULT '',
    client      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX review_audit_fact ON review_audit (document_id, ordinal, fact_key);
