package postgres

import "github.com/armswatch/armswatch/internal/store/sqlreg"

// joinReviews joins each fact f's current review as r (the key is
// computed by fact_review_key, migration 006), for the adapter's own
// writers; the readers' review SQL is sqlreg's (reviewed.go there).
var joinReviews = sqlreg.JoinReviews(sqlreg.Postgres)
