-- 006_event_dates: when a fact's stage event happened, apart from when its
-- document was published, and the official notice of a sale it comes from.
-- event_date is the month or day the text gives ("2023-04", "2023-04-12"),
-- in the year of the year column; notice_transmittal ("22-45") and
-- notice_date (the report to Congress, else the notice's date) are set on
-- the items and the estimated total of a DSCA, State or Federal Register
-- notice. Facts are read back from body, which holds them too; the columns
-- are for SQL filters. Rows stored before this migration have them NULL
-- until re-extracted (armswatch reextract).
ALTER TABLE facts ADD COLUMN event_date TEXT;
ALTER TABLE facts ADD COLUMN notice_transmittal TEXT;
ALTER TABLE facts ADD COLUMN notice_date TEXT;
CREATE INDEX facts_notice_transmittal ON facts (notice_transmittal);
