package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

var _ domain.FeedStore = (*Store)(nil)

func fmtTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339Nano, s.String)
	return t
}

// AddFeed subscribes to url; adding a feed twice changes nothing and
// reports created=false.
func (s *Store) AddFeed(ctx context.Context, url, title string) (domain.Feed, bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO feeds (url, title, added_at) VALUES (?, ?, ?)`,
		url, nullStr(title), time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return domain.Feed{}, false, fmt.Errorf("sqlite: add feed %q: %w", url, err)
	}
	n, _ := res.RowsAffected()
	f, err := s.feed(ctx, `url = ?`, url)
	return f, n > 0, err
}

// RemoveFeed unsubscribes from the feed with this id or URL, forgetting its
// items (not the documents stored from them).
func (s *Store) RemoveFeed(ctx context.Context, idOrURL string) error {
	var (
		res sql.Result
		err error
	)
	if id, perr := strconv.ParseInt(idOrURL, 10, 64); perr == nil {
		res, err = s.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	} else {
		res, err = s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, idOrURL)
	}
	if err != nil {
		return fmt.Errorf("sqlite: remove feed %q: %w", idOrURL, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("sqlite: remove feed %q: %w", idOrURL, ErrNotFound)
	}
	return nil
}

const feedCols = `f.id, f.url, COALESCE(f.title, ''), f.added_at, COALESCE(f.etag, ''), COALESCE(f.last_modified, ''),
	f.last_polled, f.last_ok, COALESCE(f.last_error, ''), f.failures, f.next_poll,
	(SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id),
	(SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.document_id IS NOT NULL),
	(SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.document_id IS NULL)`

func scanFeed(sc interface{ Scan(...any) error }) (domain.Feed, error) {
	var (
		f                         domain.Feed
		added, polled, ok, nextPo sql.NullString
	)
	err := sc.Scan(&f.ID, &f.URL, &f.Title, &added, &f.ETag, &f.LastModified, &polled, &ok, &f.LastError, &f.Failures, &nextPo, &f.Items, &f.Documents, &f.ItemErrors)
	f.Added, f.LastPolled, f.LastOK, f.NextPoll = parseTime(added), parseTime(polled), parseTime(ok), parseTime(nextPo)
	return f, err
}

func (s *Store) feed(ctx context.Context, cond string, arg any) (domain.Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, `SELECT `+feedCols+` FROM feeds f WHERE f.`+cond, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("sqlite: feed %v: %w", arg, ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("sqlite: feed %v: %w", arg, err)
	}
	return f, nil
}

// Feeds lists the subscriptions in the order they were added.
func (s *Store) Feeds(ctx context.Context) ([]domain.Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedCols+` FROM feeds f ORDER BY f.id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	defer rows.Close()
	var out []domain.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: feeds: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// UpdateFeed stores a feed's polling state (title, validators, times,
// error, failures).
func (s *Store) UpdateFeed(ctx context.Context, f domain.Feed) error {
	_, err := s.db.ExecContext(ctx, `UPDATE feeds SET title = COALESCE(?, title), etag = ?, last_modified = ?,
		last_polled = ?, last_ok = ?, last_error = ?, failures = ?, next_poll = ? WHERE id = ?`,
		nullStr(f.Title), nullStr(f.ETag), nullStr(f.LastModified), fmtTime(f.LastPolled), fmtTime(f.LastOK),
		nullStr(f.LastError), f.Failures, fmtTime(f.NextPoll), f.ID)
	if err != nil {
		return fmt.Errorf("sqlite: update feed %d: %w", f.ID, err)
	}
	return nil
}

// MaxItemAttempts is how many polls try to fetch an item whose page fails.
const MaxItemAttempts = 3

// SeenItem reports whether an item was handled already: stored, or failed
// MaxItemAttempts times.
func (s *Store) SeenItem(ctx context.Context, feedID int64, key string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM feed_items WHERE feed_id = ? AND key = ? AND (document_id IS NOT NULL OR attempts >= ?)`, feedID, key, MaxItemAttempts).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("sqlite: seen item: %w", err)
	}
	return n > 0, nil
}

// SaveItem remembers an item.
func (s *Store) SaveItem(ctx context.Context, it domain.FeedItem) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO feed_items (feed_id, key, link, title, published, seen_at, document_id, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (feed_id, key) DO UPDATE SET document_id = excluded.document_id, error = excluded.error,
			attempts = attempts + 1`,
		it.FeedID, it.Key, nullStr(it.Link), nullStr(it.Title), fmtTime(it.Published),
		time.Now().UTC().Format(time.RFC3339Nano), nullStr(it.DocumentID), nullStr(it.Error))
	if err != nil {
		return fmt.Errorf("sqlite: save item: %w", err)
	}
	return nil
}
