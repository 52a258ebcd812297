package sqlreg

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// SaveWatchlist creates w (giving it a random id when it has none) or
// replaces the watchlist with its id.
func (r *Register) SaveWatchlist(ctx context.Context, w *domain.Watchlist) error {
	if w.ID == "" {
		b := make([]byte, 8)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		w.ID = hex.EncodeToString(b)
	}
	if w.Created.IsZero() {
		w.Created = time.Now().UTC()
	}
	_, err := r.exec(ctx, `INSERT INTO watchlists (id, name, query, webhook, created_at, last_fact, last_error)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, query = excluded.query, webhook = excluded.webhook`,
		w.ID, w.Name, w.Query, w.Webhook, w.Created.Format(time.RFC3339Nano), w.LastFact, w.LastError)
	if err != nil {
		return r.errf("save watchlist", err)
	}
	return nil
}

const watchlistColumns = `SELECT id, name, query, webhook, created_at, last_fact, last_error FROM watchlists`

func scanWatchlist(sc interface{ Scan(...any) error }) (domain.Watchlist, error) {
	var (
		w  domain.Watchlist
		at timeText
	)
	if err := sc.Scan(&w.ID, &w.Name, &w.Query, &w.Webhook, &at, &w.LastFact, &w.LastError); err != nil {
		return w, err
	}
	w.Created = at.t
	return w, nil
}

// Watchlist returns a watchlist by id, or an error wrapping the adapter's
// ErrNotFound.
func (r *Register) Watchlist(ctx context.Context, id string) (domain.Watchlist, error) {
	w, err := scanWatchlist(r.queryRow(ctx, watchlistColumns+` WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return w, r.errf(fmt.Sprintf("watchlist %q", id), r.notFound)
	}
	if err != nil {
		return w, r.errf(fmt.Sprintf("watchlist %q", id), err)
	}
	return w, nil
}

// Watchlists lists all watchlists, oldest first.
func (r *Register) Watchlists(ctx context.Context) ([]domain.Watchlist, error) {
	rows, err := r.query(ctx, watchlistColumns+` ORDER BY created_at, id`)
	if err != nil {
		return nil, r.errf("watchlists", err)
	}
	defer rows.Close()
	out := []domain.Watchlist{}
	for rows.Next() {
		w, err := scanWatchlist(rows)
		if err != nil {
			return nil, r.errf("watchlists", err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// DeleteWatchlist deletes a watchlist; deleting a missing one is an error
// wrapping the adapter's ErrNotFound.
func (r *Register) DeleteWatchlist(ctx context.Context, id string) error {
	res, err := r.exec(ctx, `DELETE FROM watchlists WHERE id = ?`, id)
	if err != nil {
		return r.errf("delete watchlist", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return r.errf(fmt.Sprintf("watchlist %q", id), r.notFound)
	}
	return nil
}

// MarkWatchlist records the last fact delivered to a watchlist's webhook and
// the last delivery error ("" when it succeeded).
func (r *Register) MarkWatchlist(ctx context.Context, id string, lastFact int64, lastError string) error {
	if _, err := r.exec(ctx, `UPDATE watchlists SET last_fact = `+r.d.Greatest("last_fact", "?")+`, last_error = ? WHERE id = ?`,
		lastFact, lastError, id); err != nil {
		return r.errf("mark watchlist", err)
	}
	return nil
}
