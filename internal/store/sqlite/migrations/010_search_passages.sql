-- 010_search_passages: long documents (over rows.PassageMin = 65536 bytes
-- of text) are also kept in passages of about 4 KiB, with each distinct
-- word of the document (folded: lower case, no diacritics) and the first
-- passage that holds it, so that a search hit's snippet reads one passage
-- instead of the whole text (internal/store/sqlreg/passages.go). The
-- adapter writes them with the document; the long documents stored before
-- this migration wait on passage_backlog and are cut when the register is
-- next opened (Register.BuildPassages). Matching and ranking stay on
-- documents_fts.
CREATE TABLE passages (
    doc_seq INTEGER NOT NULL, -- documents.seq
    ord     INTEGER NOT NULL, -- 0, 1, … in the document
    head    INTEGER NOT NULL, -- 1: text starts at the document's start
    tail    INTEGER NOT NULL, -- 1: text ends at the document's end
    text    TEXT NOT NULL,    -- the passage with a margin of its neighbours
    PRIMARY KEY (doc_seq, ord)
);

CREATE TABLE passage_terms (
    doc_seq INTEGER NOT NULL,
    term    TEXT NOT NULL,    -- rows.FoldWord of a word of the document
    ord     INTEGER NOT NULL, -- the first passage that holds it
    PRIMARY KEY (doc_seq, term)
) WITHOUT ROWID;

-- Documents whose passages are to be (re)built.
CREATE TABLE passage_backlog (doc_seq INTEGER PRIMARY KEY);

INSERT INTO passage_backlog (doc_seq) SELECT seq FROM documents WHERE octet_length(text) > 65536;

CREATE TRIGGER passages_delete AFTER DELETE ON documents BEGIN
    DELETE FROM passages WHERE doc_seq = old.seq;
    DELETE FROM passage_terms WHERE doc_seq = old.seq;
    DELETE FROM passage_backlog WHERE doc_seq = old.seq;
END;

-- A changed text drops its passages (a search then reads the whole text)
-- and queues the document to be cut again.
CREATE TRIGGER passages_update AFTER UPDATE OF seq, text ON documents BEGIN
    DELETE FROM passages WHERE doc_seq = old.seq;
    DELETE FROM passage_terms WHERE doc_seq = old.seq;
    DELETE FROM passage_backlog WHERE doc_seq = old.seq;
    INSERT OR IGNORE INTO passage_backlog (doc_seq) SELECT new.seq WHERE octet_length(new.text) > 65536;
END;
