-- 001_init: documents, their facts, and a full-text index over documents.

CREATE TABLE documents (
    id         TEXT PRIMARY KEY NOT NULL CHECK (id <> ''), -- content hash
    -- seq is a stable integer key for the full-text index. The implicit rowid
    -- of a table with a TEXT primary key may change on VACUUM; seq does not.
    seq        INTEGER NOT NULL UNIQUE,
    source     TEXT NOT NULL DEFAULT '',
    title      TEXT,
    site       TEXT,
    language   TEXT COLLATE NOCASE,
    published  TEXT,          -- YYYY-MM-DD when known
    fetched_at TEXT,          -- RFC 3339, UTC
    format     TEXT,
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);

CREATE TABLE facts (
    id              INTEGER PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL CHECK (ordinal >= 0), -- position in the document's fact list
    type            TEXT NOT NULL COLLATE NOCASE CHECK (type <> ''),
    supplier        TEXT COLLATE NOCASE,  -- country code or organisation name
    recipient       TEXT COLLATE NOCASE,
    provider        TEXT COLLATE NOCASE,
    member          TEXT COLLATE NOCASE,
    parties         TEXT,                 -- JSON array of parties
    system_id       TEXT,
    system_name     TEXT,
    system_category TEXT COLLATE NOCASE,
    system_terms    TEXT,                 -- lower-cased id, name, designation, aliases, mention; one per line
    program         TEXT,
    organization    TEXT,
    name            TEXT,
    quantity        INTEGER,
    value_amount    REAL,
    value_currency  TEXT,
    value_qualifier TEXT,
    value_usd       REAL,
    stage           TEXT COLLATE NOCASE,
    year            INTEGER,
    duration_years  INTEGER,
    attribution     TEXT,
    confidence      REAL,
    rule            TEXT,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    evidence_text   TEXT,
    body            TEXT NOT NULL CHECK (json_valid(body)), -- the whole domain.Fact; read back from here
    UNIQUE (document_id, ordinal)
);

CREATE INDEX facts_type ON facts (type);
CREATE INDEX facts_supplier ON facts (supplier);
CREATE INDEX facts_recipient ON facts (recipient);
CREATE INDEX facts_provider ON facts (provider);
CREATE INDEX facts_system_id ON facts (system_id);
CREATE INDEX facts_system_category ON facts (system_category);
CREATE INDEX facts_stage ON facts (stage);
CREATE INDEX facts_year ON facts (year);

-- External-content FTS5 index over documents, keyed by documents.seq and
-- kept in sync by the triggers below.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title,
    text,
    content = 'documents',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
