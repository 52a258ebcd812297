package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/feeds"
	"github.com/armswatch/armswatch/internal/metrics"
	"github.com/armswatch/armswatch/internal/queue"
	"github.com/armswatch/armswatch/internal/source"
)

// Usage lines of the commands in this file (main.go's usage lists them).
const queueUsage = `  armswatch worker [--db FILE|DSN] [--concurrency N] [--until-idle]   work the job queue (any number of them)
  armswatch jobs [--db FILE|DSN] [--state failed|available|running|retryable|completed|...]   list jobs; failed: the dead letters
  armswatch jobs retry [--db FILE|DSN] ID ...      run failed jobs again
  armswatch ingest --queue ... / reextract --queue / watch --queue   enqueue instead of working in this process
`

// queueFlags are the flags of the commands that work jobs.
type queueFlags struct {
	concurrency, batch, segment    int
	batchDelay, hostDelay, timeout time.Duration
	jobTimeout, rescueAfter, poll  time.Duration
	langs, metricsAddr             string
	sopts                          *source.Options
}

func (q *queueFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&q.concurrency, "concurrency", 0, "jobs worked at once (0: one per CPU)")
	fs.IntVar(&q.batch, "batch", queue.DefaultBatch, "documents saved per transaction at most")
	fs.DurationVar(&q.batchDelay, "batch-delay", queue.DefaultBatchDelay, "longest wait for a batch to fill")
	fs.DurationVar(&q.hostDelay, "host-delay", feeds.DefaultHostDelay, "pause between two requests to one host, across all workers")
	fs.DurationVar(&q.timeout, "timeout", source.DefaultTimeout, "per request, body included")
	fs.DurationVar(&q.jobTimeout, "job-timeout", queue.DefaultJobTimeout, "a job running longer is cancelled and retried")
	fs.DurationVar(&q.rescueAfter, "rescue-after", 0, "a job still running after this long (its worker died) is retried (default: job timeout + 1m)")
	fs.DurationVar(&q.poll, "poll", queue.DefaultPoll, "how often an idle worker looks for jobs")
	fs.IntVar(&q.segment, "segment", queue.DefaultSegment, "web archive records per job (ingest --queue)")
	fs.StringVar(&q.langs, "lang", "", "extract only from these languages (comma-separated)")
	fs.StringVar(&q.metricsAddr, "metrics-addr", "", "serve Prometheus metrics (/metrics) and /healthz on this address (HOST:PORT; empty: none)")
	q.sopts = sourceFlags(fs)
}

// registerWatch registers on watch's flags the ones it lacks (watch has
// its own --timeout, --host-delay and --lang) and returns the source
// options.
func (q *queueFlags) registerWatch(fs *flag.FlagSet) *source.Options {
	fs.IntVar(&q.concurrency, "concurrency", 0, "with --queue: jobs worked at once (0: one per CPU)")
	q.batch, q.batchDelay, q.jobTimeout, q.poll, q.segment = queue.DefaultBatch, queue.DefaultBatchDelay, queue.DefaultJobTimeout, queue.DefaultPoll, queue.DefaultSegment
	q.sopts = sourceFlags(fs)
	return q.sopts
}

func (q *queueFlags) options(e *env) queue.Options {
	so := *q.sopts
	so.Timeout = q.timeout
	return queue.Options{Pipeline: newPipeline(q.langs), Source: so, Concurrency: q.concurrency,
		HostDelay: q.hostDelay, Batch: q.batch, BatchDelay: q.batchDelay, JobTimeout: q.jobTimeout,
		RescueAfter: q.rescueAfter, Poll: q.poll, Segment: q.segment, Log: e.log}
}

// openQueue opens the register at db and the job queue in it.
func openQueue(ctx context.Context, db string, o queue.Options) (register, *queue.Queue, error) {
	st, err := openRegister(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	q, err := queue.Open(ctx, db, st, o)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, q, nil
}

func cmdWorker(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	untilIdle := fs.Bool("until-idle", false, "exit when no job is left to run")
	withFeeds := fs.Bool("feeds", false, "also schedule feed polls (what watch --queue does)")
	interval := fs.Duration("interval", feeds.DefaultInterval, "time between two polls of a feed (with --feeds)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the worker to this file (go tool pprof)")
	var qf queueFlags
	qf.register(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(e.stderr, "usage: armswatch worker [--db FILE|postgres://…] [--concurrency N] [--until-idle]")
		return errUsage
	}
	o := qf.options(e)
	o.Feeds = *withFeeds
	o.FeedOptions = feeds.Options{Interval: *interval}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	return work(ctx, e, *db, o, *untilIdle, qf.metricsAddr)
}

// work runs a worker on db and prints what it stored. With metricsAddr,
// it serves its metrics there.
func work(ctx context.Context, e *env, db string, o queue.Options, untilIdle bool, metricsAddr string) error {
	var m *metrics.Metrics
	if metricsAddr != "" {
		m = metrics.New()
		o.Observer = m
	}
	st, q, err := openQueue(ctx, db, o)
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	if m != nil {
		m.WatchJobs(q.JobCounts)
		mctx, stop := context.WithCancel(ctx)
		defer stop()
		if err := serveMetrics(mctx, e, m, metricsAddr); err != nil {
			return err
		}
	}
	if _, ok := st.(domain.FeedStore); o.Feeds && !ok {
		return fmt.Errorf("the register at %s keeps no feeds", redactDSN(db))
	}
	start := time.Now()
	if !untilIdle {
		fmt.Fprintf(e.stderr, "armswatch: worker on %s; Ctrl-C stops it after the jobs in progress\n", redactDSN(db))
		err = q.Run(ctx, time.Minute)
	} else {
		err = q.RunUntilIdle(ctx, time.Minute)
	}
	c := q.Counts()
	el := time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "%d documents stored, %d unchanged, %d failed; %d facts in %.1fs (%.1f docs/s)\n",
		c.Stored, c.Unchanged, c.Failed, c.Facts, el, float64(c.Stored+c.Unchanged)/max(el, 0.001))
	if err == nil && untilIdle && c.Stored > 0 && ctx.Err() == nil {
		if n, err := q.UpdateNearDuplicates(ctx); err != nil {
			fmt.Fprintf(e.stderr, "armswatch: near-duplicates: %v\n", err)
		} else if n > 0 {
			fmt.Fprintf(e.stdout, "%d documents are near-duplicate copies of others\n", n)
		}
	}
	return err
}

// startCPUProfile profiles this process's CPU into path until the
// returned function runs.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// redactDSN hides a DSN's password.
func redactDSN(db string) string {
	if i, j := strings.Index(db, "://"), strings.LastIndex(db, "@"); i >= 0 && j > i {
		if k := strings.Index(db[i+3:j], ":"); k >= 0 {
			return db[:i+3+k] + ":***" + db[j:]
		}
	}
	return db
}

// enqueueIngest is `ingest --queue`: a job per input for the workers.
func enqueueIngest(ctx context.Context, e *env, db string, segment int, specs []string) error {
	st, q, err := openQueue(ctx, db, queue.Options{Segment: segment})
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	n, err := q.Enqueue(ctx, specs)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, n.String())
	return nil
}

// enqueueReextract is `reextract --queue`: the stored documents in
// ranges, one job each.
func enqueueReextract(ctx context.Context, e *env, db string) error {
	st, q, err := openQueue(ctx, db, queue.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	n, err := q.EnqueueReextract(ctx, ids, 200)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d re-extraction jobs enqueued for %d documents\n", n, len(ids))
	return nil
}

// watchQueue is `watch --queue`: feed polls become periodic jobs. With
// once, it enqueues a poll of every feed and exits; otherwise it runs a
// worker that schedules the due feeds every tick and works the jobs.
func watchQueue(ctx context.Context, e *env, db string, once bool, fo feeds.Options, tick time.Duration, qf *queueFlags) error {
	o := qf.options(e)
	o.Feeds, o.FeedOptions, o.FeedTick = true, fo, tick
	if !once {
		return work(ctx, e, db, o, false, "")
	}
	st, err := openRegister(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := queue.Open(ctx, db, st, o)
	if err != nil {
		return err
	}
	defer q.Close()
	list, err := st.Feeds(ctx)
	if err != nil {
		return err
	}
	n := 0
	for _, f := range list {
		added, err := q.EnqueueFeed(ctx, f.ID, f.URL)
		if err != nil {
			return err
		}
		if added {
			n++
		}
	}
	fmt.Fprintf(e.stdout, "%d feed polls enqueued (%d feeds)\n", n, len(list))
	return nil
}

func cmdJobs(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "retry" {
		return cmdJobsRetry(ctx, e, args[1:])
	}
	fs := flag.NewFlagSet("jobs", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	state := fs.String("state", "", "only jobs in this state: "+strings.Join(queue.States, ", "))
	limit := fs.Int("limit", 50, "jobs at most, newest first")
	format := fs.String("format", "table", "table or json")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(e.stderr, "usage: armswatch jobs [--db FILE|postgres://…] [--state failed|...] | jobs retry ID ...")
		return errUsage
	}
	st, q, err := openQueue(ctx, *db, queue.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	jobs, err := q.Jobs(ctx, *state, *limit)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		for _, j := range jobs {
			if err := enc.Encode(j); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tSTATE\tATTEMPT\tWHEN\tINPUT\tLAST ERROR")
	for _, j := range jobs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", j.ID, strings.TrimPrefix(j.Kind, "armswatch_"), j.State,
			j.Attempt, j.Max, j.When.Local().Format("01-02 15:04:05"), clip(jobInput(j.Args), 60), clip(oneLine(j.LastError), 80))
	}
	return tw.Flush()
}

// jobInput is the part of a job's arguments worth a column.
func jobInput(args json.RawMessage) string {
	var a struct {
		Path   string   `json:"path"`
		Skip   int      `json:"skip"`
		Take   int      `json:"take"`
		URL    string   `json:"url"`
		FeedID int64    `json:"feed_id"`
		IDs    []string `json:"ids"`
	}
	if json.Unmarshal(args, &a) != nil {
		return string(args)
	}
	switch {
	case a.Path != "" && a.Take > 0:
		return fmt.Sprintf("%s [%d-%d]", a.Path, a.Skip, a.Skip+a.Take-1)
	case a.Path != "":
		return a.Path
	case a.FeedID != 0:
		return fmt.Sprintf("feed %d %s", a.FeedID, a.URL)
	case a.URL != "":
		return a.URL
	case len(a.IDs) > 0:
		return fmt.Sprintf("%d documents", len(a.IDs))
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func cmdJobsRetry(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("jobs retry", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "usage: armswatch jobs retry [--db FILE|postgres://…] ID ...")
		return errUsage
	}
	var ids []int64
	for _, a := range fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("%q is not a job id", a)
		}
		ids = append(ids, id)
	}
	st, q, err := openQueue(ctx, *db, queue.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	failed := 0
	for _, id := range ids {
		j, err := q.Retry(ctx, id)
		if err != nil {
			fmt.Fprintf(e.stderr, "armswatch: job %d: %v\n", id, err)
			failed++
			continue
		}
		fmt.Fprintf(e.stdout, "job %d (%s) is %s\n", j.ID, strings.TrimPrefix(j.Kind, "armswatch_"), j.State)
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}
