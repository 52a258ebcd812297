package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/armswatch/armswatch/internal/source"
)

// Enqueued counts what Enqueue added.
type Enqueued struct {
	Jobs, Files, Segments, URLs, Duplicates int
}

func (e Enqueued) String() string {
	return fmt.Sprintf("%d jobs enqueued: %d files, %d web archive segments, %d URLs (%d already waiting)",
		e.Jobs, e.Files, e.Segments, e.URLs, e.Duplicates)
}

// Enqueue adds a job per input: a URL, a file, each file below a folder
// (hidden ones skipped, links not followed, as ingest does), and a job per
// Options.Segment records of a web archive. Paths are made absolute: the
// workers must be able to read them. Standard input cannot be queued.
func (q *Queue) Enqueue(ctx context.Context, specs []string) (Enqueued, error) {
	var (
		e      Enqueued
		params []river.InsertManyParams
	)
	add := func(a river.JobArgs) { params = append(params, river.InsertManyParams{Args: a}) }
	addFile := func(path string) error {
		if !source.IsWARC(path) {
			e.Files++
			add(FileArgs{Path: path})
			return nil
		}
		// Each result's gzip member offset: a segment starts at its first
		// record's member, unless that member also holds the record before
		// (then the job reads from the archive's start and skips).
		var (
			offsets []int64
			stats   source.WARCStats
		)
		for _, err := range source.OpenWARCFile(ctx, path, q.core.opts.Source, &stats) {
			if err != nil && ctx.Err() != nil {
				return ctx.Err()
			}
			offsets = append(offsets, stats.Offset)
		}
		for skip := 0; skip < len(offsets); skip += q.core.opts.Segment {
			e.Segments++
			a := FileArgs{Path: path, Skip: skip, Take: q.core.opts.Segment}
			if skip > 0 && offsets[skip] > 0 && offsets[skip] != offsets[skip-1] {
				a.Offset = offsets[skip]
			}
			add(a)
		}
		return nil
	}
	for _, spec := range specs {
		low := strings.ToLower(spec)
		switch {
		case spec == "-":
			return e, errors.New("standard input cannot be queued: save it to a file")
		case strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://"):
			e.URLs++
			add(URLArgs{URL: spec})
		default:
			abs, err := filepath.Abs(spec)
			if err != nil {
				return e, err
			}
			info, err := os.Stat(abs)
			if err != nil {
				return e, err
			}
			if !info.IsDir() {
				if err := addFile(abs); err != nil {
					return e, err
				}
				continue
			}
			err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if p != abs && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
				if !d.Type().IsRegular() {
					return nil
				}
				return addFile(p)
			})
			if err != nil {
				return e, err
			}
		}
	}
	n, err := q.eng.insertMany(ctx, params)
	e.Jobs = n
	e.Duplicates = len(params) - n
	return e, err
}

// EnqueueReextract adds jobs that extract the facts of ids again, per
// ranges of size documents.
func (q *Queue) EnqueueReextract(ctx context.Context, ids []string, size int) (int, error) {
	if size <= 0 {
		size = 200
	}
	var params []river.InsertManyParams
	for len(ids) > 0 {
		k := min(len(ids), size)
		params = append(params, river.InsertManyParams{Args: ReextractArgs{IDs: ids[:k]}})
		ids = ids[k:]
	}
	return q.eng.insertMany(ctx, params)
}

// EnqueueFeed adds a poll of one feed now.
func (q *Queue) EnqueueFeed(ctx context.Context, id int64, url string) (bool, error) {
	n, err := q.eng.insertMany(ctx, []river.InsertManyParams{{Args: FeedArgs{FeedID: id, URL: url}}})
	return n == 1, err
}

// StateFailed is the dead-letter view: jobs discarded after their last
// attempt, and jobs cancelled because retrying could not help.
const StateFailed = "failed"

// States are the job states Jobs accepts, River's and StateFailed.
var States = []string{StateFailed, "available", "running", "retryable", "scheduled", "pending", "completed", "discarded", "cancelled"}

// Job is one job as Jobs lists it.
type Job struct {
	ID        int64           `json:"id"`
	Kind      string          `json:"kind"`
	State     string          `json:"state"`
	Attempt   int             `json:"attempt"`
	Max       int             `json:"max_attempts"`
	Args      json.RawMessage `json:"args"`
	When      time.Time       `json:"when"` // created, or finished, or next attempt
	LastError string          `json:"last_error,omitempty"`
	Output    json.RawMessage `json:"output,omitempty"`
}

// Jobs lists up to limit jobs in state ("" all), newest first.
func (q *Queue) Jobs(ctx context.Context, state string, limit int) ([]Job, error) {
	if limit <= 0 {
		limit = 100
	}
	p := river.NewJobListParams().First(limit).OrderBy(river.JobListOrderByID, river.SortOrderDesc)
	switch state {
	case "":
		p = p.States(rivertype.JobStates()...)
	case StateFailed:
		p = p.States(rivertype.JobStateDiscarded, rivertype.JobStateCancelled)
	default:
		ok := false
		for _, s := range rivertype.JobStates() {
			ok = ok || string(s) == state
		}
		if !ok {
			return nil, fmt.Errorf("unknown job state %q (one of %s)", state, strings.Join(States, ", "))
		}
		p = p.States(rivertype.JobState(state))
	}
	res, err := q.eng.list(ctx, p)
	if err != nil {
		return nil, err
	}
	out := make([]Job, 0, len(res.Jobs))
	for _, r := range res.Jobs {
		j := Job{ID: r.ID, Kind: r.Kind, State: string(r.State), Attempt: r.Attempt, Max: r.MaxAttempts,
			Args: json.RawMessage(r.EncodedArgs), When: r.CreatedAt}
		if r.FinalizedAt != nil {
			j.When = *r.FinalizedAt
		} else if r.State == rivertype.JobStateRetryable || r.State == rivertype.JobStateScheduled {
			j.When = r.ScheduledAt
		}
		if n := len(r.Errors); n > 0 {
			j.LastError = strings.TrimPrefix(r.Errors[n-1].Error, "JobCancelError: ")
		}
		if o := r.Output(); len(o) > 0 {
			j.Output = json.RawMessage(o)
		}
		out = append(out, j)
	}
	return out, nil
}

// Retry makes job id available to run again now, whatever its state (a
// running job is left alone).
func (q *Queue) Retry(ctx context.Context, id int64) (Job, error) {
	r, err := q.eng.retry(ctx, id)
	if errors.Is(err, rivertype.ErrNotFound) {
		return Job{}, fmt.Errorf("no job %d", id)
	}
	if err != nil {
		return Job{}, err
	}
	return Job{ID: r.ID, Kind: r.Kind, State: string(r.State), Attempt: r.Attempt, Max: r.MaxAttempts, Args: json.RawMessage(r.EncodedArgs)}, nil
}

// UpdateNearDuplicates groups the register's near-duplicate documents
// again (what the periodic job does), and returns how many documents are
// copies of others.
func (q *Queue) UpdateNearDuplicates(ctx context.Context) (int, error) {
	return q.core.nearDuplicates(ctx)
}

// Counts is what this process's workers stored so far.
func (q *Queue) Counts() Counts { return q.core.counts() }

// Run works jobs until ctx is done, then stops: the jobs in progress
// finish (within stopTimeout; after it they are cancelled and retried
// later).
func (q *Queue) Run(ctx context.Context, stopTimeout time.Duration) error {
	return q.run(ctx, stopTimeout, false)
}

// RunUntilIdle works jobs until none is waiting to run (available,
// running, pending, or retryable or scheduled for the next minute), or
// until ctx is done.
func (q *Queue) RunUntilIdle(ctx context.Context, stopTimeout time.Duration) error {
	return q.run(ctx, stopTimeout, true)
}

func (q *Queue) run(ctx context.Context, stopTimeout time.Duration, untilIdle bool) error {
	if q.core.opts.Pipeline == nil {
		return errors.New("queue: no pipeline to work jobs with")
	}
	if err := q.eng.start(ctx); err != nil {
		return err
	}
	if untilIdle {
		tick := time.NewTicker(max(q.core.opts.Poll/2, 50*time.Millisecond))
	wait:
		for {
			select {
			case <-ctx.Done():
				break wait
			case <-tick.C:
				idle, err := q.idle(ctx)
				if err != nil && ctx.Err() == nil {
					tick.Stop()
					q.shutdown(stopTimeout)
					return err
				}
				if idle {
					break wait
				}
			}
		}
		tick.Stop()
	} else {
		<-ctx.Done()
	}
	return q.shutdown(stopTimeout)
}

func (q *Queue) shutdown(stopTimeout time.Duration) error {
	sctx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	err := q.eng.stop(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err = q.eng.stopAndCancel(cctx)
	}
	return err
}

// idle says whether no job is left to run soon: none available, running
// or pending, and none retryable or scheduled within the next minute.
func (q *Queue) idle(ctx context.Context) (bool, error) {
	res, err := q.eng.list(ctx, river.NewJobListParams().First(1).States(rivertype.JobStateAvailable,
		rivertype.JobStateRunning, rivertype.JobStatePending))
	if err != nil || len(res.Jobs) > 0 {
		return false, err
	}
	res, err = q.eng.list(ctx, river.NewJobListParams().First(1).
		States(rivertype.JobStateRetryable, rivertype.JobStateScheduled).
		OrderBy(river.JobListOrderByScheduledAt, river.SortOrderAsc))
	if err != nil {
		return false, err
	}
	return len(res.Jobs) == 0 || !res.Jobs[0].ScheduledAt.Before(time.Now().Add(time.Minute)), nil
}
