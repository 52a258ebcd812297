-- 004_register_indexes: what the web register needs to answer in tens of
-- milliseconds on a million facts.

-- sort_year is the year a fact is filed under (its own, else its
-- document's publication year), kept in the row so that year filters and
-- the year order can use an index. The triggers keep it.
ALTER TABLE facts ADD COLUMN sort_year INTEGER;

UPDATE facts SET sort_year = COALESCE(year,
    (SELECT CAST(NULLIF(substr(d.published, 1, 4), '') AS INTEGER) FROM documents d WHERE d.id = facts.document_id));

CREATE TRIGGER facts_sort_year AFTER INSERT ON facts BEGIN
    UPDATE facts SET sort_year = COALESCE(new.year,
        (SELECT CAST(NULLIF(substr(d.published, 1, 4), '') AS INTEGER) FROM documents d WHERE d.id = new.document_id))
    WHERE id = new.id;
END;

CREATE TRIGGER facts_sort_year_year AFTER UPDATE OF year ON facts BEGIN
    UPDATE facts SET sort_year = COALESCE(new.year,
        (SELECT CAST(NULLIF(substr(d.published, 1, 4), '') AS INTEGER) FROM documents d WHERE d.id = new.document_id))
    WHERE id = new.id;
END;

CREATE TRIGGER documents_sort_year AFTER UPDATE OF published ON documents BEGIN
    UPDATE facts SET sort_year = COALESCE(year, CAST(NULLIF(substr(new.published, 1, 4), '') AS INTEGER))
    WHERE document_id = new.id;
END;

-- The distinct system_terms values (few: one per way a system was named).
-- The register's system filter matches its substring here and then finds
-- the facts through an index on system_terms.
CREATE TABLE fact_system_terms (terms TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;

INSERT OR IGNORE INTO fact_system_terms (terms)
    SELECT DISTINCT system_terms FROM facts WHERE system_terms IS NOT NULL;

CREATE TRIGGER facts_system_terms AFTER INSERT ON facts WHEN new.system_terms IS NOT NULL BEGIN
    INSERT OR IGNORE INTO fact_system_terms (terms) VALUES (new.system_terms);
END;

-- Register filters with their orders (ties are in fact id order, which an
-- index holds: the newest years come from these without sorting).
CREATE INDEX facts_from_year ON facts (COALESCE(supplier, provider) COLLATE NOCASE, sort_year);
CREATE INDEX facts_recipient_year ON facts (recipient, sort_year);
CREATE INDEX facts_recipient_terms ON facts (recipient, system_terms);
CREATE INDEX facts_terms ON facts (system_terms);
CREATE INDEX facts_recipient_category_value ON facts (recipient, system_category, value_usd);

-- The pair fact sheet: its systems, timeline and total aggregated from the
-- index alone, and the latest facts of each system line.
CREATE INDEX facts_pair_sheet ON facts (COALESCE(supplier, provider) COLLATE NOCASE, recipient, type,
    system_id, stage, sort_year, quantity, value_usd, system_name, system_category);
CREATE INDEX facts_pair_system ON facts (COALESCE(supplier, provider) COLLATE NOCASE, recipient, system_id);
CREATE INDEX facts_member ON facts (member) WHERE member IS NOT NULL;
-- The few documents of a pair whose total PairSheet counts apart.
CREATE INDEX facts_pair_documents ON facts (COALESCE(supplier, provider) COLLATE NOCASE, recipient, document_id);

-- Fresh statistics for the planner over the new indexes.
ANALYZE;
