package sqlreg

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/money"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// ReviewFact records a reviewer's decision on a fact: it becomes the fact's
// current review and a line of the audit trail, in one transaction, with
// the deals of the fact's document resolved again (Hooks.InTx). A
// correction stays until another correction replaces it; confirming or
// rejecting keeps it.
func (r *Register) ReviewFact(ctx context.Context, in domain.ReviewInput) (domain.Review, error) {
	switch in.Action {
	case domain.ReviewConfirmed, domain.ReviewRejected:
	case domain.ReviewCorrected:
		if in.Correction.IsZero() {
			return domain.Review{}, fmt.Errorf("%s: review: a correction corrects nothing", r.d.Name())
		}
	default:
		return domain.Review{}, fmt.Errorf("%s: review: unknown action %q", r.d.Name(), in.Action)
	}
	rv := domain.Review{At: time.Now().UTC(), Who: in.Who, Action: in.Action, FactID: in.FactID,
		Correction: in.Correction, Note: in.Note, Client: in.Client}
	if in.Action != domain.ReviewCorrected {
		rv.Correction = nil
	}
	err := r.hooks.InTx(ctx, func(tx Tx) ([]string, error) {
		var body string
		err := tx.QueryRow(ctx, r.d.Rebind(`SELECT f.document_id, f.ordinal, `+r.d.FactKey("f")+`, f.body FROM facts f WHERE f.id = ?`), in.FactID).
			Scan(&rv.DocumentID, &rv.Ordinal, &rv.FactKey, &body)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("fact %d: %w", in.FactID, r.notFound)
		}
		if err != nil {
			return nil, err
		}
		var correction any
		if in.Action == domain.ReviewCorrected {
			// A corrected amount or currency gets its USD value now, so
			// that readers find every corrected attribute in the
			// correction.
			var f domain.Fact
			if err := json.Unmarshal([]byte(body), &f); err != nil {
				return nil, fmt.Errorf("fact %d: %w", in.FactID, err)
			}
			c := *in.Correction
			c.Normalize(&f, money.ToUSDOrLatest)
			rv.Correction = &c
			b, err := json.Marshal(&c)
			if err != nil {
				return nil, err
			}
			correction = string(b)
		}
		at := r.d.Time(rv.At)
		if err := tx.Exec(ctx, r.d.Rebind(`INSERT INTO fact_reviews (document_id, ordinal, fact_key, status, correction, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (document_id, ordinal, fact_key) DO UPDATE SET
				status = excluded.status,
				correction = COALESCE(excluded.correction, fact_reviews.correction),
				updated_at = excluded.updated_at, updated_by = excluded.updated_by`),
			rv.DocumentID, rv.Ordinal, rv.FactKey, in.Action, correction, at, in.Who); err != nil {
			return nil, err
		}
		if err := tx.QueryRow(ctx, r.d.Rebind(`INSERT INTO review_audit (at, who, action, fact_id, document_id, ordinal, fact_key, correction, note, client)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
			at, in.Who, in.Action, in.FactID, rv.DocumentID, rv.Ordinal, rv.FactKey, correction, in.Note, in.Client).Scan(&rv.ID); err != nil {
			return nil, err
		}
		// A corrected party, system, year or value, or a rejection,
		// moves the fact between deals or changes their values.
		return []string{rv.DocumentID}, nil
	})
	if err != nil {
		return domain.Review{}, r.errf("review", err)
	}
	return rv, nil
}

// Reviews is the audit trail of a fact (of its key in its document, so it
// includes reviews made before the document was re-ingested), newest first.
// factID 0 lists the whole trail.
func (r *Register) Reviews(ctx context.Context, factID int64, lim int) ([]domain.Review, error) {
	query := `SELECT a.id, a.at, a.who, a.action, a.fact_id, a.document_id, a.ordinal, a.fact_key, a.correction, a.note, a.client
		FROM review_audit a`
	args := []any{}
	if factID != 0 {
		query += ` JOIN facts f ON f.id = ? AND a.document_id = f.document_id AND a.ordinal = f.ordinal AND a.fact_key = ` + r.d.FactKey("f")
		args = append(args, factID)
	}
	query += ` ORDER BY a.id DESC LIMIT ?`
	rows, err := r.query(ctx, query, append(args, limit(lim))...)
	if err != nil {
		return nil, r.errf("reviews", err)
	}
	defer rows.Close()
	var out []domain.Review
	for rows.Next() {
		var (
			rv         domain.Review
			at         timeText
			correction sql.NullString
		)
		if err := rows.Scan(&rv.ID, &at, &rv.Who, &rv.Action, &rv.FactID, &rv.DocumentID, &rv.Ordinal, &rv.FactKey, &correction, &rv.Note, &rv.Client); err != nil {
			return nil, r.errf("reviews", err)
		}
		rv.At = at.t
		if correction.Valid {
			rv.Correction = &domain.Correction{}
			if err := json.Unmarshal([]byte(correction.String), rv.Correction); err != nil {
				return nil, r.errf("reviews", err)
			}
		}
		out = append(out, rv)
	}
	return out, rows.Err()
}

// timeText scans a time stored as RFC 3339 text (SQLite) or as a
// timestamp (PostgreSQL); NULL and unparsable text are the zero time.
type timeText struct{ t time.Time }

func (tt *timeText) Scan(v any) error {
	switch x := v.(type) {
	case time.Time:
		tt.t = x.UTC()
	case string:
		tt.t, _ = time.Parse(time.RFC3339Nano, x)
	case []byte:
		tt.t, _ = time.Parse(time.RFC3339Nano, string(x))
	default:
		tt.t = time.Time{}
	}
	return nil
}

// nullStr is s, NULL when empty; nullInt is n, NULL when 0.
var (
	fmtTime   = rows.FmtTime
	parseTime = rows.ParseTime
	nullStr   = rows.NullStr
	nullInt   = rows.NullInt
)
