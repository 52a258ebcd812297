package sqlreg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// AddFeed subscribes to url; adding a feed twice changes nothing and
// reports created=false.
func (r *Register) AddFeed(ctx context.Context, url, title string) (domain.Feed, bool, error) {
	res, err := r.exec(ctx, `INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
		url, nullStr(title), time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return domain.Feed{}, false, r.errf(fmt.Sprintf("add feed %q", url), err)
	}
	n, _ := res.RowsAffected()
	f, err := r.feed(ctx, `url = ?`, url)
	return f, n > 0, err
}

// RemoveFeed unsubscribes from the feed with this id or URL, forgetting its
// items (not the documents stored from them).
func (r *Register) RemoveFeed(ctx context.Context, idOrURL string) error {
	var (
		res sql.Result
		err error
	)
	if id, perr := strconv.ParseInt(idOrURL, 10, 64); perr == nil {
		res, err = r.exec(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	} else {
		res, err = r.exec(ctx, `DELETE FROM feeds WHERE url = ?`, idOrURL)
	}
	if err != nil {
		return r.errf(fmt.Sprintf("remove feed %q", idOrURL), err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return r.errf(fmt.Sprintf("remove feed %q", idOrURL), r.notFound)
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

func (r *Register) feed(ctx context.Context, cond string, arg any) (domain.Feed, error) {
	f, err := scanFeed(r.queryRow(ctx, `SELECT `+feedCols+` FROM feeds f WHERE f.`+cond, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return f, r.errf(fmt.Sprintf("feed %v", arg), r.notFound)
	}
	if err != nil {
		return f, r.errf(fmt.Sprintf("feed %v", arg), err)
	}
	return f, nil
}

// Feeds lists the subscriptions in the order they were added.
func (r *Register) Feeds(ctx context.Context) ([]domain.Feed, error) {
	rs, err := r.query(ctx, `SELECT `+feedCols+` FROM feeds f ORDER BY f.id`)
	if err != nil {
		return nil, r.errf("feeds", err)
	}
	defer rs.Close()
	var out []domain.Feed
	for rs.Next() {
		f, err := scanFeed(rs)
		if err != nil {
			return nil, r.errf("feeds", err)
		}
		out = append(out, f)
	}
	return out, rs.Err()
}

// UpdateFeed stores a feed's polling state (title, validators, times,
// error, failures).
func (r *Register) UpdateFeed(ctx context.Context, f domain.Feed) error {
	_, err := r.exec(ctx, `UPDATE feeds SET title = COALESCE(?, title), etag = ?, last_modified = ?,
		last_polled = ?, last_ok = ?, last_error = ?, failures = ?, next_poll = ? WHERE id = ?`,
		nullStr(f.Title), nullStr(f.ETag), nullStr(f.LastModified), fmtTime(f.LastPolled), fmtTime(f.LastOK),
		nullStr(f.LastError), f.Failures, fmtTime(f.NextPoll), f.ID)
	if err != nil {
		return r.errf(fmt.Sprintf("update feed %d", f.ID), err)
	}
	return nil
}

// MaxItemAttempts is how many polls try to fetch an item whose page fails.
const MaxItemAttempts = 3

// SeenItem reports whether an item was handled already: stored, or failed
// MaxItemAttempts times.
func (r *Register) SeenItem(ctx context.Context, feedID int64, key string) (bool, error) {
	var n int
	err := r.queryRow(ctx, `SELECT COUNT(*) FROM feed_items WHERE feed_id = ? AND key = ? AND (document_id IS NOT NULL OR attempts >= ?)`, feedID, key, MaxItemAttempts).Scan(&n)
	if err != nil {
		return false, r.errf("seen item", err)
	}
	return n > 0, nil
}

// SaveItem remembers an item.
func (r *Register) SaveItem(ctx context.Context, it domain.FeedItem) error {
	_, err := r.exec(ctx, `INSERT INTO feed_items (feed_id, key, link, title, published, seen_at, document_id, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (feed_id, key) DO UPDATE SET document_id = excluded.document_id, error = excluded.error,
			attempts = feed_items.attempts + 1`,
		it.FeedID, it.Key, nullStr(it.Link), nullStr(it.Title), fmtTime(it.Published),
		time.Now().UTC().Format(time.RFC3339Nano), nullStr(it.DocumentID), nullStr(it.Error))
	if err != nil {
		return r.errf("save item", err)
	}
	return nil
}
