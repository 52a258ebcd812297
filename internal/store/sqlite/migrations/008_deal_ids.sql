-- 008_deal_ids: each fact's deal, so that totals count a deal once.
--
-- deal_key is the resolve stage's key of the fact (resolve.Keys: supplier,
-- recipient and system of a transfer; a notice's items and total share
-- their first item's key), as reviewed; '' for a fact that makes no deal
-- or is rejected; NULL until assigned (the store assigns every NULL one
-- when it opens). deal_id is the resolved deal (resolve.Resolve over the
-- facts of the key), deal_value its best value in USD (Deal.ValueUSD,
-- NULL when none is stated), deal_year its year (Deal.Year). They are
-- written in the same transaction as the facts and reviews they follow.
ALTER TABLE facts ADD COLUMN deal_key TEXT;
ALTER TABLE facts ADD COLUMN deal_id TEXT;
ALTER TABLE facts ADD COLUMN deal_value REAL;
ALTER TABLE facts ADD COLUMN deal_year INTEGER;

CREATE INDEX facts_deal_key ON facts (deal_key);
