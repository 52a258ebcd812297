-- 003_feeds_deals: near-duplicate fingerprints, feed subscriptions, and a
-- reference register (SIPRI layout) to compare deals with.

-- simhash is the 64-bit SimHash of the text (stored as a signed integer);
-- dup_of is the id of the first document of its near-duplicate group, NULL
-- for an original. A group counts once in totals and rankings:
-- COUNT(DISTINCT COALESCE(dup_of, id)).
ALTER TABLE documents ADD COLUMN simhash INTEGER;
ALTER TABLE documents ADD COLUMN dup_of TEXT;
CREATE INDEX documents_dup_of ON documents (dup_of);

CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE CHECK (url <> ''),
    title         TEXT,
    added_at      TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    last_polled   TEXT,
    last_ok       TEXT,
    last_error    TEXT,
    failures      INTEGER NOT NULL DEFAULT 0,
    next_poll     TEXT
);

CREATE TABLE feed_items (
    feed_id     INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,     -- guid, else link
    link        TEXT,
    title       TEXT,
    published   TEXT,
    seen_at     TEXT NOT NULL,
    document_id TEXT,              -- set once stored
    error       TEXT,
    attempts    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (feed_id, key)
);

CREATE TABLE reference_deals (
    id             TEXT PRIMARY KEY NOT NULL,
    supplier       TEXT NOT NULL COLLATE NOCASE,
    recipient      TEXT NOT NULL COLLATE NOCASE,
    designation    TEXT,
    description    TEXT,
    category       TEXT,
    order_year     INTEGER,
    body           TEXT NOT NULL CHECK (json_valid(body)), -- the whole domain.RefDeal
    imported_at    TEXT NOT NULL
);

CREATE INDEX reference_deals_pair ON reference_deals (supplier, recipient);
