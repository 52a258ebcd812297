-- 009_deal_days: each fact's place among the facts of its deal key.
--
-- deal_day is the day (since 1970-01-01; 0 unknown) the resolve stage
-- orders the fact by within its key (resolve.EventDay), as reviewed; NULL
-- when it has no key (the store assigns the missing ones when it opens).
-- A deal is a run of its key's facts in (deal_day, id) order, so a write
-- resolves again only the deals around the facts it changes, found with
-- facts_deal_order, instead of every fact of the key.
ALTER TABLE facts ADD COLUMN deal_day INTEGER;

DROP INDEX facts_deal_key;
CREATE INDEX facts_deal_order ON facts (deal_key, deal_day, id);
