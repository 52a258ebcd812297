-- 007_host_leases: per-host politeness across ingest workers (internal/queue).
-- One row per host that workers fetch from: who holds it and until when;
-- a holder that dies loses its lease when until_at passes (server clock).
-- The job queue's own tables (river_*) are River's migrations, applied by
-- internal/queue: no name here starts with river_.
CREATE TABLE host_leases (
    host     TEXT PRIMARY KEY,
    holder   TEXT NOT NULL,
    until_at TIMESTAMPTZ NOT NULL
);
