package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/resolve"
)

// maxBatchBytes bounds the text saved in one transaction.
const maxBatchBytes = 8 << 20

var errStopped = errors.New("queue: worker stopping")

// saver stores processed documents for the workers.
type saver interface {
	// submit hands res (nil: none) and complete (nil: none) to the next
	// batch; the channel receives what storing them did. urgent says
	// that a job waits for it (its last document, or its completion):
	// its batch is written without waiting for more.
	submit(res *pipeline.Result, complete completeFunc, urgent bool) <-chan saveResult
}

type saveReq struct {
	res      *pipeline.Result
	simhash  uint64 // res's near-duplicate fingerprint
	complete completeFunc
	urgent   bool
	done     chan saveResult
}

type saveResult struct {
	ir  domain.IngestResult
	err error
}

// batcher is the single writer of a worker process: it collects the
// documents that the jobs being worked have processed and saves up to
// Options.Batch of them (and maxBatchBytes of text) in one transaction,
// waiting at most Options.BatchDelay for a batch to fill, and not at all
// once it holds a request a job waits for (urgent). Submitting does not
// wait for a transaction in progress: up to Options.Batch requests queue
// meanwhile, so that a job processes its next document while the
// previous ones are written. A job is completed in a transaction of the
// batcher once its documents are stored (a single document in the same
// one), so a job is never completed without its documents, nor its
// documents stored twice (they are keyed by content hash). When a batch
// fails, its documents are saved one transaction each, so that one bad
// document fails only its own job.
type batcher[TTx any] struct {
	tx      txFuncs[TTx]
	c       *core
	reqs    chan *saveReq
	quit    chan struct{}
	stopped chan struct{}
	once    sync.Once
	running bool
	// mu orders a submit against the end of run: once closed, nothing
	// more is queued (a request queued after run's last look would
	// never be answered).
	mu     sync.Mutex
	closed bool
}

func newBatcher[TTx any](tx txFuncs[TTx], c *core) *batcher[TTx] {
	return &batcher[TTx]{tx: tx, c: c, reqs: make(chan *saveReq, c.opts.Batch), quit: make(chan struct{}), stopped: make(chan struct{})}
}

func (b *batcher[TTx]) submit(res *pipeline.Result, complete completeFunc, urgent bool) <-chan saveResult {
	r := &saveReq{res: res, complete: complete, urgent: urgent, done: make(chan saveResult, 1)}
	if res != nil {
		// here, in the job's goroutine: jobs compute theirs in parallel
		r.simhash = resolve.SimHash(res.Doc.Text)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		r.done <- saveResult{err: errStopped}
		return r.done
	}
	// run empties the queue before it ends: a full queue makes room
	b.reqs <- r
	return r.done
}

func (b *batcher[TTx]) start() {
	b.running = true
	go b.run()
}

// stop ends run after the batch in progress and the pending submits.
func (b *batcher[TTx]) stop() {
	b.once.Do(func() { close(b.quit) })
	if b.running {
		<-b.stopped
	}
}

func (b *batcher[TTx]) run() {
	defer close(b.stopped)
	for {
		var first *saveReq
		select {
		case first = <-b.reqs:
		case <-b.quit:
			// Jobs still submitting after a stop get their batch.
			for {
				var batch []*saveReq
			drain:
				for len(batch) < b.c.opts.Batch {
					select {
					case r := <-b.reqs:
						batch = append(batch, r)
					default:
						break drain
					}
				}
				if len(batch) > 0 {
					b.flush(batch)
					continue
				}
				b.mu.Lock()
				if len(b.reqs) == 0 {
					b.closed = true
					b.mu.Unlock()
					return
				}
				b.mu.Unlock()
			}
		}
		batch := []*saveReq{first}
		size, urgent := reqSize(first), first.urgent
		var timer *time.Timer
	fill:
		for len(batch) < b.c.opts.Batch && size < maxBatchBytes {
			// what is queued already goes in
			select {
			case r := <-b.reqs:
				batch = append(batch, r)
				size += reqSize(r)
				urgent = urgent || r.urgent
				continue
			default:
			}
			if urgent {
				break
			}
			if timer == nil {
				timer = time.NewTimer(b.c.opts.BatchDelay)
			}
			select {
			case r := <-b.reqs:
				batch = append(batch, r)
				size += reqSize(r)
				urgent = urgent || r.urgent
			case <-timer.C:
				break fill
			case <-b.quit:
				break fill
			}
		}
		if timer != nil {
			timer.Stop()
		}
		b.flush(batch)
	}
}

func reqSize(r *saveReq) int {
	if r.res == nil {
		return 0
	}
	return len(r.res.Doc.Text)
}

// flush saves batch in one transaction, else each request in its own, and
// answers every request.
func (b *batcher[TTx]) flush(batch []*saveReq) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := b.write(ctx, batch)
	if err != nil && len(batch) > 1 {
		b.c.opts.Log.Warn("queue: batch failed, saving its documents one by one", "documents", len(batch), "err", err)
		out = make([]saveResult, len(batch))
		for i, r := range batch {
			one, err := b.write(ctx, []*saveReq{r})
			if err != nil {
				out[i] = saveResult{err: err}
			} else {
				out[i] = one[0]
			}
		}
	} else if err != nil {
		out = []saveResult{{err: err}}
	}
	for i, r := range batch {
		if out[i].err == nil && r.res != nil {
			b.c.saved(ctx, r.res, out[i].ir, r.simhash, b.tx.saveMany != nil)
		}
		r.done <- out[i]
	}
}

func (b *batcher[TTx]) write(ctx context.Context, batch []*saveReq) ([]saveResult, error) {
	tx, err := b.tx.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	out := make([]saveResult, len(batch))
	if b.tx.saveMany != nil {
		// the documents first, then the completions: one transaction
		var (
			docs   []*domain.Document
			facts  [][]domain.Fact
			hashes []uint64
			at     []int
		)
		for i, r := range batch {
			if r.res != nil {
				docs, facts, hashes, at = append(docs, r.res.Doc), append(facts, r.res.Facts), append(hashes, r.simhash), append(at, i)
			}
		}
		if len(docs) > 0 {
			irs, err := b.tx.saveMany(ctx, tx, docs, facts, hashes)
			if err != nil {
				b.tx.rollback(ctx, tx)
				return nil, err
			}
			for k, i := range at {
				out[i].ir = irs[k]
			}
		}
	}
	for i, r := range batch {
		if r.res != nil && b.tx.saveMany == nil {
			ir, err := b.tx.save(ctx, tx, r.res.Doc, r.res.Facts)
			if err != nil {
				b.tx.rollback(ctx, tx)
				return nil, err
			}
			out[i].ir = ir
		}
		if r.complete != nil {
			if err := r.complete(tx); err != nil {
				b.tx.rollback(ctx, tx)
				return nil, fmt.Errorf("complete job: %w", err)
			}
		}
	}
	if err := b.tx.commit(ctx, tx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return out, nil
}
