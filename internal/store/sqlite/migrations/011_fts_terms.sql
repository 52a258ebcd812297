-- 011_fts_terms: the full-text index of a long document (over
-- rows.PassageMin = 65536 bytes of text) holds its distinct words
-- (documents.fts_terms, rows.FTSTerms) instead of its whole text. Indexing
-- a 20 MB text in one row made FTS5 hold its whole token list in memory
-- (about three times the text) until the row was done; the distinct
-- words are a small fraction of that. A search still ANDs its words over
-- the whole document, and a word typed with its hyphens or dots ("F-16")
-- is still matched as written, since each distinct word is kept whole;
-- but bm25 sees each word of a long document once. Snippets come from the
-- passages (010). A short document's fts_terms is NULL: its text is
-- indexed, as before.
ALTER TABLE documents ADD COLUMN fts_terms TEXT;

DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;

-- What the index holds, per document: FTS5 reads it (rebuild,
-- integrity-check) through this view.
CREATE VIEW documents_fts_source (seq, title, text) AS
    SELECT seq, title, coalesce(fts_terms, text) FROM documents;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title,
    text,
    content = 'documents_fts_source',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text)
    VALUES (new.seq, new.title, coalesce(new.fts_terms, new.text));
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, coalesce(old.fts_terms, old.text));
END;

-- A new text with the old words (an UPDATE of text alone) makes the words
-- stale: the new text is indexed and fts_terms is cleared (the UPDATE
-- inside does not fire this trigger again: recursive triggers are off, as
-- SQLite has them by default); the passages' backlog (010) then lists the
-- new text's words.
CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text, fts_terms ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, coalesce(old.fts_terms, old.text));
    INSERT INTO documents_fts (rowid, title, text)
    VALUES (new.seq, new.title,
            CASE WHEN new.fts_terms IS old.fts_terms AND new.text IS NOT old.text THEN new.text
                 ELSE coalesce(new.fts_terms, new.text) END);
    UPDATE documents SET fts_terms = NULL
    WHERE seq = new.seq AND new.fts_terms IS NOT NULL
      AND new.fts_terms IS old.fts_terms AND new.text IS NOT old.text;
END;

-- The long documents stored before: their words are listed when the
-- register is next opened (Register.BuildPassages), with their passages.
INSERT OR IGNORE INTO passage_backlog (doc_seq)
    SELECT seq FROM documents WHERE octet_length(text) > 65536 AND fts_terms IS NULL;
