package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
)

// DefaultDocTimeout bounds one document's processing (decoding, cleaning,
// extraction) when ParallelOptions.DocTimeout is zero.
const DefaultDocTimeout = 2 * time.Minute

// saveTimeout bounds one document's save. A save runs to its end even
// when the batch is cancelled meanwhile, so that a document whose
// processing finished is stored whole rather than dropped.
const saveTimeout = 30 * time.Second

// ErrDocTimeout is returned (wrapped, naming the input) when a document's
// processing takes longer than its deadline.
var ErrDocTimeout = errors.New("processing took longer than the deadline")

// ProcessContext is Process with a deadline (timeout; <= 0 means
// DefaultDocTimeout) and a cancel path: it returns as soon as ctx is done
// or the deadline passes. Extraction does not watch ctx, so the stage
// running then is abandoned and finishes on its own in the background,
// its result discarded; when the batch is being shut down, the process
// exits without waiting for it.
func (p *Pipeline) ProcessContext(ctx context.Context, raw *source.Raw, timeout time.Duration) (*Result, error) {
	if timeout <= 0 {
		timeout = DefaultDocTimeout
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type out struct {
		res *Result
		err error
	}
	ch := make(chan out, 1) // buffered: an abandoned Process never blocks
	src := raw.Source
	// raw goes to Process as an argument and is not used here after: the
	// body of a long input is collected once it is cleaned
	go func(raw *source.Raw) {
		res, err := p.Process(raw)
		ch <- out{res, err}
	}(raw)
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case o := <-ch:
		return o.res, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, fmt.Errorf("%s: %w (%s)", src, ErrDocTimeout, timeout)
	}
}

// saveDetached stores a processed document with a context that outlives
// the batch's cancellation by at most saveTimeout.
func (p *Pipeline) saveDetached(ctx context.Context, st domain.Store, res *Result, sum *Summary) (bool, error) {
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), saveTimeout)
	defer cancel()
	return p.save(sctx, st, res, sum)
}
