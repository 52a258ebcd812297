package web

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/armswatch/armswatch/internal/domain"
)

// The register's aggregates (the overview's flows, timeline and counts, the
// map's flows, rankings, country summaries, pair sheets, deals) read the
// whole register or a large part of it. They are cached per register
// version (domain.VersionedRegister): a write to the register (ingest,
// review, re-extraction, a deleted or re-grouped document) moves the
// version in its own transaction, and every cached answer computed at an
// older version is dropped on the next read. So a page never shows an
// aggregate older than the last write it can see, and between writes each
// aggregate is computed once, however many visitors ask.
//
// Registers that are not versioned are read directly.

// maxCacheEntries bounds the cached answers of one version; when full, the
// oldest is dropped.
const maxCacheEntries = 1024

type aggCache struct {
	mu      sync.Mutex
	version int64
	entries map[string]*cacheEntry
	order   []string // insertion order, for eviction
	// computed counts the answers computed (tests).
	computed int
}

type cacheEntry struct {
	done chan struct{}
	val  any
	err  error
}

// cached returns what compute returns for key, computed once per register
// version; concurrent callers of one key share one computation. The value
// is shared: callers must not modify it.
func cached[T any](ctx context.Context, s *Server, key string, compute func(context.Context) (T, error)) (T, error) {
	vr, ok := s.st.(domain.VersionedRegister)
	if !ok {
		return compute(ctx)
	}
	v, err := vr.RegisterVersion(ctx)
	if err != nil {
		var zero T
		return zero, err
	}
	c := &s.cache
	c.mu.Lock()
	if v > c.version {
		c.version, c.entries, c.order = v, map[string]*cacheEntry{}, nil
	}
	if v < c.version {
		// A write committed since this request read the version: its
		// answer must not replace the newer ones.
		c.mu.Unlock()
		return compute(ctx)
	}
	if e, ok := c.entries[key]; ok {
		c.mu.Unlock()
		select {
		case <-e.done:
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		}
		if e.err != nil {
			// The computation failed (its request may have been
			// cancelled): compute again for this one.
			return compute(ctx)
		}
		return e.val.(T), nil
	}
	e := &cacheEntry{done: make(chan struct{})}
	if len(c.order) >= maxCacheEntries {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	c.entries[key] = e
	c.order = append(c.order, key)
	c.computed++
	c.mu.Unlock()

	val, err := compute(ctx)
	e.val, e.err = val, err
	if err != nil {
		c.mu.Lock()
		if c.entries[key] == e {
			delete(c.entries, key)
		}
		c.mu.Unlock()
	}
	close(e.done)
	return val, err
}

// cacheKey names a cached answer: what it is and the query it answers.
func cacheKey(kind string, q any) string {
	return fmt.Sprintf("%s|%#v", kind, q)
}

// cachedQuery is cached for a register read that takes a query.
func cachedQuery[Q, T any](ctx context.Context, s *Server, kind string, q Q, read func(context.Context, Q) (T, error)) (T, error) {
	return cached(ctx, s, cacheKey(kind, q), func(ctx context.Context) (T, error) { return read(ctx, q) })
}

// parallel runs fs at once and returns the first error: the aggregates of
// one page are independent reads, and the register serves several readers
// at a time.
func parallel(fs ...func() error) error {
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	return errors.Join(errs...)
}
