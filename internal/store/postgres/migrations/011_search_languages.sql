-- 011_search_languages: full-text search with each document's language,
-- and the passages of long documents.
--
-- Each document is indexed twice in its tsvector: with 'armswatch' (the
-- 'simple' dictionary after unaccent: every word as written, lower case,
-- accents folded; the same words SQLite's FTS5 index holds) and, for
-- English, French, Spanish and German documents, with that language's
-- configuration (unaccent, then the language's Snowball stemmer, without
-- stop words). Arabic and unknown languages have the first half only. A
-- query is parsed with every configuration and the results ORed
-- (armswatch_tsquery): a document matches the words as written, as
-- SQLite finds them, and also their other forms in its own language
-- ("missiles" finds "missile", "frégates" finds "frégate"). The stemmers
-- keep stop words, so that every word stays searchable.
DO $$
DECLARE
    dict regdictionary;
    lang text;
BEGIN
    SELECT oid INTO dict FROM pg_ts_dict WHERE dictname = 'unaccent' LIMIT 1;
    FOREACH lang IN ARRAY ARRAY['english', 'french', 'spanish', 'german'] LOOP
        EXECUTE format('CREATE TEXT SEARCH DICTIONARY armswatch_%s_stem (TEMPLATE = snowball, Language = %s)', lang, lang);
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION armswatch_%s (COPY = armswatch)', lang);
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION armswatch_%s
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH %s armswatch_%s_stem',
            lang, CASE WHEN dict IS NOT NULL THEN dict::text || ',' ELSE '' END, lang);
    END LOOP;
END $$;

-- The query of user words (sqlreg's TextQuery) in every configuration.
CREATE FUNCTION armswatch_tsquery(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsquery('armswatch', q) || to_tsquery('armswatch_english', q) || to_tsquery('armswatch_french', q) ||
        to_tsquery('armswatch_spanish', q) || to_tsquery('armswatch_german', q)
$$;

-- The configuration names below are resolved to their oids here, so the
-- column does not depend on search_path afterwards.
ALTER TABLE documents DROP COLUMN tsv;
ALTER TABLE documents ADD COLUMN tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('armswatch', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('armswatch', text), 'B') ||
    CASE split_part(lower(language COLLATE "C"), '-', 1)
        WHEN 'en' THEN setweight(to_tsvector('armswatch_english', coalesce(title, '')), 'A') ||
                       setweight(to_tsvector('armswatch_english', text), 'B')
        WHEN 'fr' THEN setweight(to_tsvector('armswatch_french', coalesce(title, '')), 'A') ||
                       setweight(to_tsvector('armswatch_french', text), 'B')
        WHEN 'es' THEN setweight(to_tsvector('armswatch_spanish', coalesce(title, '')), 'A') ||
                       setweight(to_tsvector('armswatch_spanish', text), 'B')
        WHEN 'de' THEN setweight(to_tsvector('armswatch_german', coalesce(title, '')), 'A') ||
                       setweight(to_tsvector('armswatch_german', text), 'B')
        ELSE ''::tsvector
    END) STORED;
CREATE INDEX documents_tsv ON documents USING gin (tsv);

-- Long documents (over rows.PassageMin = 65536 bytes of text) are also
-- kept in passages of about 4 KiB, with each distinct word of the
-- document (folded: lower case, no diacritics) and the first passage that
-- holds it, so that a search hit's snippet reads one passage instead of
-- the whole text (internal/store/sqlreg/passages.go). The adapter writes
-- them with the document; the long documents stored before this migration
-- wait on passage_backlog and are cut when the register is next opened
-- (Register.BuildPassages).
CREATE TABLE passages (
    doc_seq BIGINT NOT NULL,  -- documents.seq
    ord     INTEGER NOT NULL, -- 0, 1, … in the document
    head    BOOLEAN NOT NULL, -- text starts at the document's start
    tail    BOOLEAN NOT NULL, -- text ends at the document's end
    text    TEXT NOT NULL,    -- the passage with a margin of its neighbours
    PRIMARY KEY (doc_seq, ord)
);

CREATE TABLE passage_terms (
    doc_seq BIGINT NOT NULL,
    term    TEXT COLLATE "C" NOT NULL, -- rows.FoldWord of a word of the document
    ord     INTEGER NOT NULL,          -- the first passage that holds it
    PRIMARY KEY (doc_seq, term)
);

-- Documents whose passages are to be (re)built.
CREATE TABLE passage_backlog (doc_seq BIGINT PRIMARY KEY);

INSERT INTO passage_backlog (doc_seq) SELECT seq FROM documents WHERE octet_length(text) > 65536;

CREATE FUNCTION documents_passages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM passages WHERE doc_seq = OLD.seq;
    DELETE FROM passage_terms WHERE doc_seq = OLD.seq;
    DELETE FROM passage_backlog WHERE doc_seq = OLD.seq;
    -- A changed text drops its passages (a search then reads the whole
    -- text) and queues the document to be cut again.
    IF TG_OP = 'UPDATE' AND octet_length(NEW.text) > 65536 THEN
        INSERT INTO passage_backlog (doc_seq) VALUES (NEW.seq) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER documents_passages_delete AFTER DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_passages();
CREATE TRIGGER documents_passages_update AFTER UPDATE OF seq, text ON documents
    FOR EACH ROW WHEN (OLD.seq IS DISTINCT FROM NEW.seq OR OLD.text IS DISTINCT FROM NEW.text)
    EXECUTE FUNCTION documents_passages();
