package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"

	"github.com/armswatch/armswatch/internal/domain"
)

// Job kinds, as River stores them.
const (
	KindFile           = "armswatch_file"
	KindURL            = "armswatch_url"
	KindFeed           = "armswatch_feed"
	KindReextract      = "armswatch_reextract"
	KindScheduleFeeds  = "armswatch_schedule_feeds"
	KindNearDuplicates = "armswatch_near_duplicates"
)

// pendingStates are the states in which an enqueued job waits or runs: a
// unique job is not enqueued again while one is in them (once it has
// completed, it may be).
var pendingStates = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
	rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled}

// FileArgs processes a file, or a segment of a web archive: its records
// Skip to Skip+Take-1 (Take 0: all). Offset, when not 0, is where record
// Skip's gzip member starts in a .warc.gz: the job reads from there rather
// than reading every record before its own (which made the work of all an
// archive's jobs grow with the square of its size). The path must be
// readable where the workers run (the same machine, or shared storage).
type FileArgs struct {
	Path   string `json:"path" river:"unique"`
	Skip   int    `json:"skip,omitempty" river:"unique"`
	Take   int    `json:"take,omitempty" river:"unique"`
	Offset int64  `json:"offset,omitempty"`
}

func (FileArgs) Kind() string { return KindFile }

func (FileArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: pendingStates}}
}

// URLArgs fetches a page and processes it.
type URLArgs struct {
	URL string `json:"url" river:"unique"`
}

func (URLArgs) Kind() string { return KindURL }

func (URLArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: pendingStates}}
}

// FeedArgs polls one subscribed feed and stores its new items' pages. It
// runs once: a failing feed is retried by the feed's own backoff (its
// next poll), and its failed job stays in the dead-letter view.
type FeedArgs struct {
	FeedID int64  `json:"feed_id" river:"unique"`
	URL    string `json:"url,omitempty"`
}

func (FeedArgs) Kind() string { return KindFeed }

func (FeedArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: pendingStates}}
}

// ReextractArgs extracts the facts of documents IDs again (see
// domain.Reextractor), keeping reviews.
type ReextractArgs struct {
	IDs []string `json:"ids"`
}

func (ReextractArgs) Kind() string { return KindReextract }

// ScheduleFeedsArgs is the periodic job that enqueues a FeedArgs for each
// due feed.
type ScheduleFeedsArgs struct{}

func (ScheduleFeedsArgs) Kind() string { return KindScheduleFeeds }

func (ScheduleFeedsArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByState: pendingStates}}
}

// The workers: thin adapters from River's typed jobs to core, each
// knowing its driver so that it can complete its job in a transaction.

type fileWorker[TD riverdriver.Driver[TTx], TTx any] struct {
	river.WorkerDefaults[FileArgs]
	c *core
}

func (w *fileWorker[TD, TTx]) Work(ctx context.Context, job *river.Job[FileArgs]) error {
	return w.c.workFile(ctx, job.Args, completer[TD](ctx, job))
}

type urlWorker[TD riverdriver.Driver[TTx], TTx any] struct {
	river.WorkerDefaults[URLArgs]
	c *core
}

func (w *urlWorker[TD, TTx]) Work(ctx context.Context, job *river.Job[URLArgs]) error {
	return w.c.workURL(ctx, job.Args, fmt.Sprintf("%s/%d", w.c.opts.ID, job.ID), completer[TD](ctx, job))
}

type feedWorker[TD riverdriver.Driver[TTx], TTx any] struct {
	river.WorkerDefaults[FeedArgs]
	c *core
}

func (w *feedWorker[TD, TTx]) Work(ctx context.Context, job *river.Job[FeedArgs]) error {
	return w.c.workFeed(ctx, job.Args, completer[TD](ctx, job))
}

type reextractWorker[TD riverdriver.Driver[TTx], TTx any] struct {
	river.WorkerDefaults[ReextractArgs]
	c *core
}

func (w *reextractWorker[TD, TTx]) Work(ctx context.Context, job *river.Job[ReextractArgs]) error {
	return w.c.workReextract(ctx, job.Args, completer[TD](ctx, job))
}

type scheduleWorker[TD riverdriver.Driver[TTx], TTx any] struct {
	river.WorkerDefaults[ScheduleFeedsArgs]
	c *core
}

func (w *scheduleWorker[TD, TTx]) Work(ctx context.Context, job *river.Job[ScheduleFeedsArgs]) error {
	fs, ok := w.c.store.(domain.FeedStore)
	if !ok {
		return river.JobCancel(errors.New("this register keeps no feeds"))
	}
	list, err := fs.Feeds(ctx)
	if err != nil {
		return err
	}
	now := time.Now()
	var params []river.InsertManyParams
	for _, f := range list {
		if f.NextPoll.IsZero() || !f.NextPoll.After(now) {
			params = append(params, river.InsertManyParams{Args: FeedArgs{FeedID: f.ID, URL: f.URL}})
		}
	}
	if len(params) == 0 {
		return nil
	}
	client := river.ClientFromContext[TTx](ctx)
	_, err = client.InsertMany(ctx, params)
	return err
}

// NearDuplicatesArgs groups near-duplicate documents again (the periodic
// job of long-running workers; an inline ingest does it at its end).
type NearDuplicatesArgs struct{}

func (NearDuplicatesArgs) Kind() string { return KindNearDuplicates }

func (NearDuplicatesArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByState: pendingStates}}
}

type nearDuplicatesWorker[TD riverdriver.Driver[TTx], TTx any] struct {
	river.WorkerDefaults[NearDuplicatesArgs]
	c *core
}

func (w *nearDuplicatesWorker[TD, TTx]) Work(ctx context.Context, job *river.Job[NearDuplicatesArgs]) error {
	n, err := w.c.nearDuplicates(ctx)
	if err != nil {
		return err
	}
	river.RecordOutput(ctx, map[string]int{"near_duplicates": n})
	return nil
}
