-- 008_deal_ids: each fact's deal, so that totals count a deal once (as
-- the sqlite adapter's 008_deal_ids).
--
-- deal_key is the resolve stage's key of the fact (resolve.Keys), as
-- reviewed; '' for a fact that makes no deal or is rejected; NULL until
-- assigned (the store assigns every NULL one when it opens). deal_id is
-- the resolved deal, deal_value its best value in USD (NULL when none is
-- stated), deal_year its year. They are written in the same transaction
-- as the facts and reviews they follow.
ALTER TABLE facts ADD COLUMN deal_key text;
ALTER TABLE facts ADD COLUMN deal_id text;
ALTER TABLE facts ADD COLUMN deal_value double precision;
ALTER TABLE facts ADD COLUMN deal_year integer;

CREATE INDEX facts_deal_key ON facts (deal_key);
