-- 004_register_version: a counter bumped by every statement that changes
-- documents, facts or reviews, in the same transaction (as the sqlite
-- adapter's migration 005 has it). Readers cache aggregates per value of
-- this counter and drop them when it moves.
CREATE TABLE register_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO register_version (id, version) VALUES (1, 1);

CREATE FUNCTION bump_register_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE register_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER register_version_documents AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_register_version();
CREATE TRIGGER register_version_facts AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON facts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_register_version();
CREATE TRIGGER register_version_reviews AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fact_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION bump_register_version();
