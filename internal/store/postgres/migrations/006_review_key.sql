-- 006_review_key: a fact's review key computed in SQL, so that readers can
-- join each fact's review (fact_reviews) and read the register as reviewed:
-- corrected values replacing the extracted ones, rejected facts left out.
-- The key is rows.Key's: type, giving side, recipient, system, named
-- thing and the parties as compact JSON, joined by '|', with ASCII letters
-- lower-cased (as SQLite's lower() and rows.Key do).

-- The parties array as Go's encoding/json writes []domain.Party:
-- ["US","MA"], [{"org":"NATO"}].
CREATE FUNCTION armswatch_parties_text(p jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT '[' || string_agg(CASE WHEN jsonb_typeof(e) = 'object' THEN '{"org":' || (e -> 'org')::text || '}' ELSE e::text END,
                             ',' ORDER BY i) || ']'
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p) = 'array' THEN p END) WITH ORDINALITY AS x (e, i)
$$;

CREATE FUNCTION fact_review_key(f facts) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT translate(f.type || '|' || COALESCE(f.supplier, f.provider, f.member, '') || '|' ||
        COALESCE(f.recipient, '') || '|' || COALESCE(f.system_id, f.system_name, f.system_category, '') || '|' ||
        COALESCE(f.program, f.organization, f.name, '') || '|' || COALESCE(armswatch_parties_text(f.parties), ''),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;
