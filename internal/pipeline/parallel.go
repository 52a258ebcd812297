package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
	"github.com/armswatch/armswatch/internal/source"
)

// ParallelOptions tune IngestSeq.
type ParallelOptions struct {
	Workers  int           // processing goroutines; <= 0: one per CPU
	OnErr    func(error)   // called for each failing input, never concurrently
	Progress func(Summary) // called about every ProgressEvery, never concurrently
	Every    time.Duration // progress period; 0: one second
	OnStored func(*Result) // called after each new document is stored
	// DocTimeout bounds each document's processing; 0: DefaultDocTimeout.
	DocTimeout time.Duration
}

// IngestParallel is Ingest with the decoding, cleaning and extraction of
// documents spread over workers goroutines (<= 0: one per CPU). Inputs are
// read in order by one goroutine and documents are saved by one writer, each
// in its own transaction, as they come out of the workers: the register
// holds the same documents and facts whatever the order, and ingesting the
// same inputs again changes nothing. onErr is never called concurrently.
func (p *Pipeline) IngestParallel(ctx context.Context, st domain.Store, specs []string, sopts source.Options, workers int, onErr func(error)) Summary {
	return p.IngestSeq(ctx, st, source.Open(ctx, specs, sopts), ParallelOptions{Workers: workers, OnErr: onErr})
}

type job struct {
	raw *source.Raw
	err error
}

type done struct {
	res     *Result
	simhash uint64
	source  string
	err     error
}

// IngestSeq ingests the inputs of an iterator (source.Open,
// source.OpenWARCFile, ...) on opts.Workers goroutines; see IngestParallel.
func (p *Pipeline) IngestSeq(ctx context.Context, st domain.Store, inputs iter.Seq2[*source.Raw, error], opts ParallelOptions) Summary {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)

	go func() { // reader: inputs are read in order, one at a time
		defer close(jobs)
		for raw, err := range inputs {
			select {
			case jobs <- job{raw, err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := done{err: j.err}
				if j.raw != nil {
					d.source = j.raw.Source
				}
				if j.err == nil {
					d.res, d.err = p.ProcessContext(ctx, j.raw, opts.DocTimeout)
					if d.err == nil {
						d.simhash = resolve.SimHash(d.res.Doc.Text)
					}
				}
				select {
				case results <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// writer: the calling goroutine
	hs, _ := st.(domain.SimHashSetter)
	every := opts.Every
	if every <= 0 {
		every = time.Second
	}
	last := time.Now()
	var sum Summary
	fail := func(err error) {
		sum.Failed++
		sum.Errors = append(sum.Errors, err)
		if opts.OnErr != nil {
			opts.OnErr(err)
		}
	}
	// store saves one finished document; its save completes even if ctx
	// is cancelled meanwhile (see saveDetached).
	store := func(d done) {
		sum.Inputs++
		if d.err != nil {
			fail(d.err)
			return
		}
		created, err := p.saveDetached(ctx, st, d.res, &sum)
		if err != nil {
			fail(err)
			return
		}
		if created {
			if hs != nil && d.simhash != 0 {
				sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), saveTimeout)
				if err := hs.SetSimHash(sctx, d.res.Doc.ID, d.simhash); err != nil {
					fail(fmt.Errorf("%s: store fingerprint: %w", d.source, err))
				}
				scancel()
			}
			if opts.OnStored != nil {
				opts.OnStored(d.res)
			}
		}
	}
	bs, _ := st.(batchSaver)
	batch := make([]done, 0, maxBatch)
	for d := range results {
		if ctx.Err() != nil {
			break
		}
		if bs == nil {
			store(d)
		} else {
			// the documents finished meanwhile go in the same transaction
			batch = append(batch[:0], d)
		drain:
			for len(batch) < maxBatch {
				select {
				case d, ok := <-results:
					if !ok {
						break drain
					}
					batch = append(batch, d)
				default:
					break drain
				}
			}
			p.storeBatch(ctx, bs, batch, &sum, fail, opts.OnStored)
		}
		if opts.Progress != nil && time.Since(last) >= every {
			last = time.Now()
			opts.Progress(sum)
		}
	}
	cancel()
	// The workers return at once (ProcessContext watches ctx); what they
	// had finished is stored, what was cut short is not counted.
	for d := range results {
		if d.err == nil || !errors.Is(d.err, context.Canceled) {
			store(d)
		}
	}
	if opts.Progress != nil {
		opts.Progress(sum)
	}
	return sum
}

// batchSaver is a store that saves several documents in one write
// transaction, each all or nothing, with their near-duplicate fingerprints
// (the sqlite store's SaveDocuments).
type batchSaver interface {
	SaveDocuments(ctx context.Context, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, []error)
}

// maxBatch is how many finished documents the writer stores in one
// transaction at most: those that are ready when it gets to them, so that
// a writer that keeps up stores them one by one, with no delay, and one
// that falls behind commits once for many.
const maxBatch = 32

// storeBatch stores finished documents in one transaction of bs and
// counts them as store does one.
func (p *Pipeline) storeBatch(ctx context.Context, bs batchSaver, batch []done, sum *Summary, fail func(error), onStored func(*Result)) {
	var (
		docs   []*domain.Document
		facts  [][]domain.Fact
		hashes []uint64
		ok     []done
	)
	for _, d := range batch {
		sum.Inputs++
		if d.err != nil {
			fail(d.err)
			continue
		}
		Prepare(d.res)
		docs, facts, hashes = append(docs, d.res.Doc), append(facts, d.res.Facts), append(hashes, d.simhash)
		ok = append(ok, d)
	}
	if len(ok) == 0 {
		return
	}
	longest := 0
	for _, d := range docs {
		longest = max(longest, len(d.Text))
	}
	defer holdStore(longest)()
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), saveTimeout)
	defer cancel()
	irs, errs := bs.SaveDocuments(sctx, docs, facts, hashes)
	for i, d := range ok {
		if errs[i] != nil {
			fail(fmt.Errorf("%s: store: %w", d.res.Doc.Source, errs[i]))
			continue
		}
		count(sum, d.res, irs[i])
		if irs[i].Created && onStored != nil {
			onStored(d.res)
		}
	}
}

// count adds a stored document to the summary.
func count(sum *Summary, res *Result, ir domain.IngestResult) {
	switch {
	case !ir.Created:
		sum.Unchanged++
	case res.Unsupported:
		sum.Unsupported++
		sum.Stored++
	default:
		sum.Stored++
		sum.Facts += ir.Facts
	}
}

// Prepare readies a processed document for storage: a fetch time (now,
// when the input had none) and its amounts priced in US dollars. save
// calls it, and so does a caller that stores documents in transactions of
// its own (the job queue, internal/queue).
func Prepare(res *Result) {
	if res.Doc.Fetched.IsZero() {
		res.Doc.Fetched = time.Now().UTC()
	}
	Price(res.Doc, res.Facts)
}

// save stores one processed document and counts it.
func (p *Pipeline) save(ctx context.Context, st domain.Store, res *Result, sum *Summary) (bool, error) {
	Prepare(res)
	defer holdStore(len(res.Doc.Text))()
	ir, err := st.SaveDocument(ctx, res.Doc, res.Facts)
	if err != nil {
		return false, fmt.Errorf("%s: store: %w", res.Doc.Source, err)
	}
	count(sum, res, ir)
	return ir.Created, nil
}

// IngestRaw processes and stores one input (feeds use it for each new
// item's page). The result says whether the document was new.
func (p *Pipeline) IngestRaw(ctx context.Context, st domain.Store, raw *source.Raw) (domain.IngestResult, error) {
	res, err := p.ProcessContext(ctx, raw, 0)
	if err != nil {
		return domain.IngestResult{}, err
	}
	var sum Summary
	created, err := p.saveDetached(ctx, st, res, &sum)
	if err != nil {
		return domain.IngestResult{}, err
	}
	if created {
		if hs, ok := st.(domain.SimHashSetter); ok {
			if h := resolve.SimHash(res.Doc.Text); h != 0 {
				if err := hs.SetSimHash(ctx, res.Doc.ID, h); err != nil {
					return domain.IngestResult{}, fmt.Errorf("%s: store fingerprint: %w", raw.Source, err)
				}
			}
		}
	}
	return domain.IngestResult{DocumentID: res.Doc.ID, Created: created, Facts: sum.Facts}, nil
}
