package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/feeds"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/source"
)

// snoozeAfter: a job waiting longer than this for its host goes back to
// the queue (River snooze) instead of holding a worker.
const snoozeAfter = 30 * time.Second

// Counts are what a worker process stored since it started.
type Counts struct {
	Stored, Unchanged, Facts, Failed int64
}

// core is the work of the jobs, apart from River and its driver.
type core struct {
	store  domain.Store
	opts   Options
	saver  saver
	leaser domain.HostLeaser // nil: no politeness across processes

	stored, unchanged, facts, failed atomic.Int64
	holders                          atomic.Int64

	watcherOnce sync.Once
	watcher     *feeds.Watcher
	watcherErr  error
}

func newCore(st domain.Store, opts Options) *core {
	c := &core{store: st, opts: opts}
	c.leaser, _ = st.(domain.HostLeaser)
	if c.opts.Source.Client == nil {
		c.opts.Source.Client = source.NewClient(c.opts.Source)
	}
	if c.opts.Observer != nil {
		c.opts.Source.Client = observeClient(c.opts.Source.Client, c.opts.Observer)
	}
	return c
}

func workerID() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
}

// saved counts a stored document and sets its fingerprint h (near
// duplicates) after the transaction that stored it, unless it stored the
// fingerprint too (inTx).
func (c *core) saved(ctx context.Context, res *pipeline.Result, ir domain.IngestResult, h uint64, inTx bool) {
	if c.opts.Observer != nil {
		c.opts.Observer.Stored(ir.Created, ir.Facts)
	}
	if !ir.Created {
		c.unchanged.Add(1)
		return
	}
	c.stored.Add(1)
	c.facts.Add(int64(ir.Facts))
	if hs, ok := c.store.(domain.SimHashSetter); ok && !inTx {
		if h != 0 {
			if err := hs.SetSimHash(ctx, res.Doc.ID, h); err != nil {
				c.opts.Log.Warn("queue: store fingerprint", "source", res.Doc.Source, "err", err)
			}
		}
	}
}

func (c *core) counts() Counts {
	return Counts{Stored: c.stored.Load(), Unchanged: c.unchanged.Load(), Facts: c.facts.Load(), Failed: c.failed.Load()}
}

// output is what a job that stores several documents records (River's
// job output, shown by Jobs).
type output struct {
	Stored    int      `json:"stored"`
	Unchanged int      `json:"unchanged"`
	Facts     int      `json:"facts"`
	Failed    int      `json:"failed"`
	Errors    []string `json:"errors,omitempty"` // the first few
}

func (o *output) fail(err error) {
	o.Failed++
	if len(o.Errors) < 5 {
		o.Errors = append(o.Errors, err.Error())
	}
}

func (o *output) add(r saveResult) {
	switch {
	case r.err != nil:
		o.fail(r.err)
	case r.ir.Created:
		o.Stored++
		o.Facts += r.ir.Facts
	default:
		o.Unchanged++
	}
}

// workFile processes a file or a web archive segment. Its documents are
// saved in the batches of the process; a single document is saved in the
// transaction that completes the job; several are saved first, then the
// job completes with its report (River's job output). A retry after a crash stores nothing twice: documents are
// keyed by the hash of their bytes.
func (c *core) workFile(ctx context.Context, args FileArgs, complete completeFunc) error {
	var (
		out     output
		futures []<-chan saveResult
		last    *pipeline.Result
		i       int
	)
	records := source.Open(ctx, []string{args.Path}, c.opts.Source)
	if args.Offset > 0 {
		// the segment's first record is the first read from there
		records, i = source.OpenWARCFileAt(ctx, args.Path, args.Offset, c.opts.Source), args.Skip
	}
	for raw, err := range records {
		if i < args.Skip {
			i++
			continue
		}
		if args.Take > 0 && i >= args.Skip+args.Take {
			break
		}
		if c.opts.testHookDoc != nil {
			c.opts.testHookDoc(ctx, args.Path, i)
		}
		i++
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			c.failed.Add(1)
			out.fail(err)
			continue
		}
		res, err := c.opts.Pipeline.Process(raw)
		if err != nil {
			c.failed.Add(1)
			out.fail(err)
			continue
		}
		pipeline.Prepare(res)
		if last != nil {
			futures = append(futures, c.saver.submit(last, nil, false))
		}
		last = res
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if last == nil && out.Failed > 0 {
		// Nothing readable: a retry would fail the same way.
		return river.JobCancel(errors.New(strings.Join(out.Errors, "; ")))
	}
	if len(futures) == 0 && out.Failed == 0 {
		// One document (or none): it and the job's completion in one
		// transaction.
		return (<-c.saver.submit(last, complete, true)).err
	}
	if last != nil {
		futures = append(futures, c.saver.submit(last, nil, true))
	}
	for _, f := range futures {
		r := <-f
		out.add(r)
		if r.err != nil {
			return fmt.Errorf("%s: %w", args.Path, r.err)
		}
	}
	river.RecordOutput(ctx, out) // best effort: a report, not the result
	return (<-c.saver.submit(nil, complete, true)).err
}

// workURL fetches a page, politely, and processes it; the page and the
// job's completion are written in one transaction.
func (c *core) workURL(ctx context.Context, args URLArgs, holder string, complete completeFunc) error {
	u, err := url.Parse(args.URL)
	if err != nil || u.Host == "" {
		return river.JobCancel(fmt.Errorf("%s: not a URL", args.URL))
	}
	release, err := c.turn(ctx, strings.ToLower(u.Host), holder, true)
	if err != nil {
		return err
	}
	raw, err := source.Fetch(ctx, args.URL, c.opts.Source)
	release()
	if err != nil {
		c.failed.Add(1)
		var he *source.HTTPError
		if errors.As(err, &he) && he.StatusCode >= 400 && he.StatusCode < 500 && he.StatusCode != http.StatusTooManyRequests && he.StatusCode != http.StatusRequestTimeout {
			return river.JobCancel(err) // the server said no: retrying will not help
		}
		if errors.Is(err, source.ErrPrivateAddress) || errors.Is(err, source.ErrTooLarge) {
			return river.JobCancel(err) // refused here: the same next time
		}
		return err
	}
	res, err := c.opts.Pipeline.Process(raw)
	if err != nil {
		c.failed.Add(1)
		return river.JobCancel(err)
	}
	pipeline.Prepare(res)
	return (<-c.saver.submit(res, complete, true)).err
}

// turn waits until this worker holds host (a lease in the register, so
// across processes and machines) and returns the function that releases
// it, after which no one fetches host for Options.HostDelay. A job that
// would wait longer than snoozeAfter is snoozed when snooze is set.
func (c *core) turn(ctx context.Context, host, holder string, snooze bool) (func(), error) {
	if c.leaser == nil {
		return func() {}, nil
	}
	hold := c.opts.Source.Timeout + 10*time.Second
	start := time.Now()
	for {
		ok, wait, err := c.leaser.LeaseHost(ctx, host, holder, hold)
		if err != nil {
			return nil, err
		}
		if ok {
			return func() {
				rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
				defer cancel()
				if err := c.leaser.ReleaseHost(rctx, host, holder, c.opts.HostDelay); err != nil {
					c.opts.Log.Warn("queue: release host", "host", host, "err", err)
				}
			}, nil
		}
		// wait is when the lease ends at the latest (a fetch usually
		// releases it sooner): look again within 200 ms.
		if snooze && time.Since(start) > snoozeAfter {
			return nil, river.JobSnooze(min(wait, snoozeAfter))
		}
		wait = min(max(wait, 5*time.Millisecond), 200*time.Millisecond) + time.Duration(c.holders.Add(1)%7)*time.Millisecond
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// feedWatcher is the feeds.Watcher of this process: its requests take
// the hosts' leases, its pages go through the batcher.
func (c *core) feedWatcher() (*feeds.Watcher, error) {
	c.watcherOnce.Do(func() {
		fs, ok := c.store.(domain.FeedStore)
		if !ok {
			c.watcherErr = errors.New("this register keeps no feeds")
			return
		}
		fo := c.opts.FeedOptions
		fo.Source = c.opts.Source
		fo.HostDelay = c.opts.HostDelay
		fo.Turn = func(ctx context.Context, host string) (func(), error) {
			return c.turn(ctx, host, fmt.Sprintf("%s/feed-%d", c.opts.ID, c.holders.Add(1)), false)
		}
		c.watcher = feeds.New(fs, func(ctx context.Context, raw *source.Raw) (domain.IngestResult, error) {
			res, err := c.opts.Pipeline.Process(raw)
			if err != nil {
				return domain.IngestResult{}, err
			}
			pipeline.Prepare(res)
			r := <-c.saver.submit(res, nil, true)
			return r.ir, r.err
		}, fo)
	})
	return c.watcher, c.watcherErr
}

// workFeed polls one feed. Its state (what was seen, when to poll next,
// its backoff) is the feed's, in the register; the job fails, for the
// dead-letter view, when the feed could not be read.
func (c *core) workFeed(ctx context.Context, args FeedArgs, complete completeFunc) error {
	w, err := c.feedWatcher()
	if err != nil {
		return river.JobCancel(err)
	}
	rep, err := w.PollFeed(ctx, args.FeedID)
	if errors.Is(err, feeds.ErrNoFeed) {
		return river.JobCancel(err)
	}
	if err != nil {
		return err
	}
	out := output{Stored: rep.Stored, Failed: rep.ItemErrors}
	for _, e := range rep.Errors {
		if len(out.Errors) < 5 {
			out.Errors = append(out.Errors, e.Error())
		}
	}
	river.RecordOutput(ctx, out)
	if rep.Failed > 0 && len(rep.Errors) > 0 {
		return rep.Errors[0]
	}
	return (<-c.saver.submit(nil, complete, true)).err
}

// workReextract extracts documents again, one transaction each (the
// register's ReplaceFacts): running it twice changes nothing more.
func (c *core) workReextract(ctx context.Context, args ReextractArgs, complete completeFunc) error {
	rx, ok := c.store.(domain.Reextractor)
	if !ok {
		return river.JobCancel(errors.New("this register cannot re-extract"))
	}
	var errs []error
	for _, id := range args.IDs {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := c.store.Document(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		facts, unsupported, err := c.opts.Pipeline.Extract(doc)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", id, err))
			continue
		}
		if unsupported {
			continue
		}
		if _, err := rx.ReplaceFacts(ctx, id, facts, false); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return (<-c.saver.submit(nil, complete, true)).err
}

// nearDuplicater is a register that groups near-duplicate documents.
type nearDuplicater interface {
	UpdateNearDuplicates(context.Context, func(string) uint64, func([]domain.DocHash) map[string]string) (int, error)
}

// nearDuplicates groups the register's near-duplicates again and returns
// how many documents are copies of others (0 when the register does not
// group them).
func (c *core) nearDuplicates(ctx context.Context) (int, error) {
	nd, ok := c.store.(nearDuplicater)
	if !ok {
		return 0, nil
	}
	return nd.UpdateNearDuplicates(ctx, resolve.SimHash, func(d []domain.DocHash) map[string]string {
		return resolve.GroupNearDuplicates(d, resolve.DefaultMaxDistance)
	})
}
