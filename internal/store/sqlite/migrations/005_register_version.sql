-- 005_register_version: a counter bumped by every write that can change what
-- the register shows (documents, facts, reviews, the reference register),
-- in the same transaction as the write. The web register caches its
-- aggregates (flows, timelines, rankings, country summaries, counts, deals)
-- per value of this counter: a cached answer is used only while the
-- counter is what it was when the answer was computed.
CREATE TABLE register_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO register_version (id, version) VALUES (1, 1);

CREATE TRIGGER register_version_documents_insert AFTER INSERT ON documents BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_documents_update AFTER UPDATE ON documents BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_documents_delete AFTER DELETE ON documents BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_facts_insert AFTER INSERT ON facts BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_facts_update AFTER UPDATE ON facts BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_facts_delete AFTER DELETE ON facts BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_reviews_insert AFTER INSERT ON fact_reviews BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_reviews_update AFTER UPDATE ON fact_reviews BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_reviews_delete AFTER DELETE ON fact_reviews BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_reference_insert AFTER INSERT ON reference_deals BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_reference_update AFTER UPDATE ON reference_deals BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER register_version_reference_delete AFTER DELETE ON reference_deals BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
END;
