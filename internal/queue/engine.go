package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"

	"github.com/armswatch/armswatch/internal/domain"
)

// txFuncs are a driver's transactions and the register's save in one.
type txFuncs[TTx any] struct {
	begin    func(context.Context) (TTx, error)
	commit   func(context.Context, TTx) error
	rollback func(context.Context, TTx) error
	save     func(context.Context, TTx, *domain.Document, []domain.Fact) (domain.IngestResult, error)
	// saveMany, when not nil, saves a batch's documents and their
	// near-duplicate fingerprints at once (all or nothing).
	saveMany func(context.Context, TTx, []*domain.Document, [][]domain.Fact, []uint64) ([]domain.IngestResult, error)
	close    func()
}

// riverEngine is a River client over driver TD with transactions TTx.
type riverEngine[TD riverdriver.Driver[TTx], TTx any] struct {
	client *river.Client[TTx]
	tx     txFuncs[TTx]
	b      *batcher[TTx]
}

func newRiverEngine[TD riverdriver.Driver[TTx], TTx any](driver TD, tx txFuncs[TTx], c *core, pollOnly bool) (*riverEngine[TD, TTx], error) {
	e := &riverEngine[TD, TTx]{tx: tx}
	e.b = newBatcher(tx, c)
	c.saver = e.b
	workers := river.NewWorkers()
	river.AddWorker(workers, &fileWorker[TD, TTx]{c: c})
	river.AddWorker(workers, &urlWorker[TD, TTx]{c: c})
	river.AddWorker(workers, &feedWorker[TD, TTx]{c: c})
	river.AddWorker(workers, &reextractWorker[TD, TTx]{c: c})
	river.AddWorker(workers, &scheduleWorker[TD, TTx]{c: c})
	river.AddWorker(workers, &nearDuplicatesWorker[TD, TTx]{c: c})
	o := c.opts
	cfg := &river.Config{
		ID:                   o.ID,
		Workers:              workers,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: o.Concurrency}},
		JobTimeout:           o.JobTimeout,
		RescueStuckJobsAfter: o.RescueAfter,
		MaxAttempts:          o.MaxAttempts,
		FetchPollInterval:    o.Poll,
		FetchCooldown:        min(o.Poll, 100*time.Millisecond),
		PollOnly:             pollOnly,
		Logger:               o.Log,
	}
	// Periodic jobs are enqueued by River's elected leader only: every
	// worker declares the same ones, so that they go on whichever
	// worker leads.
	if o.NearDuplicatesEvery > 0 {
		cfg.PeriodicJobs = append(cfg.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(o.NearDuplicatesEvery),
			func() (river.JobArgs, *river.InsertOpts) { return NearDuplicatesArgs{}, nil }, nil))
	}
	if o.Feeds {
		cfg.PeriodicJobs = append(cfg.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(o.FeedTick),
			func() (river.JobArgs, *river.InsertOpts) { return ScheduleFeedsArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}))
	}
	client, err := river.NewClient(driver, cfg)
	if err != nil {
		return nil, err
	}
	e.client = client
	return e, nil
}

func (e *riverEngine[TD, TTx]) insertMany(ctx context.Context, params []river.InsertManyParams) (int, error) {
	n := 0
	// In slices, so that one call never builds an enormous statement.
	for len(params) > 0 {
		k := min(len(params), 500)
		res, err := e.client.InsertMany(ctx, params[:k])
		if err != nil {
			return n, err
		}
		for _, r := range res {
			if !r.UniqueSkippedAsDuplicate {
				n++
			}
		}
		params = params[k:]
	}
	return n, nil
}

func (e *riverEngine[TD, TTx]) list(ctx context.Context, p *river.JobListParams) (*river.JobListResult, error) {
	return e.client.JobList(ctx, p)
}

func (e *riverEngine[TD, TTx]) retry(ctx context.Context, id int64) (*rivertype.JobRow, error) {
	return e.client.JobRetry(ctx, id)
}

func (e *riverEngine[TD, TTx]) start(ctx context.Context) error {
	e.b.start()
	return e.client.Start(ctx)
}

func (e *riverEngine[TD, TTx]) stop(ctx context.Context) error {
	err := e.client.Stop(ctx)
	e.b.stop()
	return err
}

func (e *riverEngine[TD, TTx]) stopAndCancel(ctx context.Context) error {
	err := e.client.StopAndCancel(ctx)
	e.b.stop()
	return err
}

func (e *riverEngine[TD, TTx]) close() { e.tx.close() }

// completeFunc completes a job in transaction tx (a TTx).
type completeFunc func(tx any) error

// completer returns the completion of job, for the batcher to run in the
// transaction that stores the job's last document. ctx is the job's: it
// carries River's client.
func completer[TD riverdriver.Driver[TTx], TTx any, TArgs river.JobArgs](ctx context.Context, job *river.Job[TArgs]) completeFunc {
	ctx = context.WithoutCancel(ctx)
	return func(tx any) error {
		t, ok := tx.(TTx)
		if !ok {
			return fmt.Errorf("queue: transaction of type %T, want %T", tx, *new(TTx))
		}
		_, err := river.JobCompleteTx[TD](ctx, t, job)
		return err
	}
}
