package postgres

// This file is the one place where reviews reach SQL, as the sqlite
// adapter's reviewed.go: every reader (Facts, Stats, Rank) joins each
// fact's review (joinReviews, as r; the key is computed by
// fact_review_key, migration 005), reads attributes through rv and leaves
// rejected facts out with notRejected. A corrected value replaces the
// extracted one in filters, sums and results; a rejected fact is counted
// nowhere.

// joinReviews joins each fact's current review.
const joinReviews = ` LEFT JOIN fact_reviews r ON r.document_id = f.document_id AND r.ordinal = f.ordinal AND r.fact_key = fact_review_key(f)`

// notRejected is the condition "the fact is not rejected".
const notRejected = "(r.status IS NULL OR r.status <> 'rejected')"

// reviewedCols maps a facts column to its reviewed expression: the
// correction's value (domain.Correction's JSON) where it sets one, else the
// extracted value. Parties keep the columns' nocase collation.
var reviewedCols = map[string]string{
	"f.supplier":        `COALESCE((r.correction ->> 'supplier') COLLATE nocase, f.supplier)`,
	"f.recipient":       `COALESCE((r.correction ->> 'recipient') COLLATE nocase, f.recipient)`,
	"f.quantity":        `COALESCE((r.correction ->> 'quantity')::integer, f.quantity)`,
	"f.value_usd":       `COALESCE((r.correction ->> 'value_usd')::double precision, f.value_usd)`,
	"f.stage":           `COALESCE((r.correction ->> 'stage') COLLATE nocase, f.stage)`,
	"f.year":            `COALESCE((r.correction ->> 'year')::integer, f.year)`,
	"f.system_id":       `(CASE WHEN r.correction -> 'system' IS NOT NULL THEN r.correction #>> '{system,id}' ELSE f.system_id END)`,
	"f.system_name":     `(CASE WHEN r.correction -> 'system' IS NOT NULL THEN r.correction #>> '{system,name}' ELSE f.system_name END)`,
	"f.system_category": `(CASE WHEN r.correction -> 'system' IS NOT NULL THEN (r.correction #>> '{system,category}') COLLATE nocase ELSE f.system_category END)`,
}

// rv is column col as the fact's review leaves it.
func rv(col string) string {
	if e, ok := reviewedCols[col]; ok {
		return e
	}
	return col
}

// rvSupplier is the giving side as reviewed: the corrected supplier, else
// the supplier, else the provider.
const rvSupplier = `COALESCE((r.correction ->> 'supplier') COLLATE nocase, f.supplier, f.provider)`

// rvYear is the year a fact is filed under, as reviewed.
const rvYear = `COALESCE((r.correction ->> 'year')::integer, ` + factYear + `)`
