-- 001_init: documents, their facts, and full-text search over documents.
-- Everything is created in the current schema (the first one on search_path).

-- Parties, types, stages and languages compare case-insensitively, as
-- SQLite's COLLATE NOCASE does in the sqlite adapter.
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Full-text configuration: the 'simple' parser and dictionary (no stemming,
-- no stop words: the corpus mixes languages), with accents folded by the
-- unaccent dictionary when that extension can be installed.
DO $$
DECLARE
    dict regdictionary;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        BEGIN
            CREATE EXTENSION unaccent;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'armswatch: cannot install unaccent (%); search will not fold accents', SQLERRM;
        END;
    END IF;
    CREATE TEXT SEARCH CONFIGURATION armswatch (COPY = pg_catalog.simple);
    SELECT oid INTO dict FROM pg_ts_dict WHERE dictname = 'unaccent' LIMIT 1;
    IF dict IS NOT NULL THEN
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION armswatch
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword
            WITH %s, simple', dict);
    END IF;
END $$;

CREATE TABLE documents (
    id         TEXT COLLATE "C" PRIMARY KEY CHECK (id <> ''), -- content hash
    source     TEXT NOT NULL DEFAULT '',
    title      TEXT,
    site       TEXT,
    language   TEXT COLLATE nocase,
    published  TEXT COLLATE "C",   -- YYYY-MM-DD when known
    fetched_at TEXT,               -- RFC 3339, UTC, nanoseconds kept
    format     TEXT,
    text       TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The constant 'armswatch' is resolved to the configuration's oid here,
    -- so the column does not depend on search_path afterwards.
    tsv        TSVECTOR GENERATED ALWAYS AS (
                   setweight(to_tsvector('armswatch', coalesce(title, '')), 'A') ||
                   setweight(to_tsvector('armswatch', text), 'B')) STORED
);

CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE facts (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id     TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL CHECK (ordinal >= 0), -- position in the document's fact list
    type            TEXT COLLATE nocase NOT NULL CHECK (type <> ''),
    supplier        TEXT COLLATE nocase,  -- country code or organisation name
    recipient       TEXT COLLATE nocase,
    provider        TEXT COLLATE nocase,
    member          TEXT COLLATE nocase,
    parties         JSONB,                -- array of parties
    system_id       TEXT,
    system_name     TEXT,
    system_category TEXT COLLATE nocase,
    system_terms    TEXT,                 -- lower-cased id, name, designation, aliases, mention; one per line
    program         TEXT,
    organization    TEXT,
    name            TEXT,
    quantity        INTEGER,
    value_amount    DOUBLE PRECISION,
    value_currency  TEXT,
    value_qualifier TEXT,
    value_usd       DOUBLE PRECISION,
    stage           TEXT COLLATE nocase,
    year            INTEGER,
    duration_years  INTEGER,
    attribution     TEXT,
    confidence      DOUBLE PRECISION,
    rule            TEXT,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    evidence_text   TEXT,
    body            JSONB NOT NULL,       -- the whole domain.Fact; read back from here
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
