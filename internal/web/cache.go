package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// The register's aggregates (the overview's flows, timeline and counts, the
// map's flows, rankings, country summaries, pair sheets, deals) read the
// whole register or a large part of it: seconds on a million facts. They
// are cached per register version (domain.VersionedRegister): a write to
// the register (ingest, review, re-extraction, a deleted or re-grouped
// document) moves the version in its own transaction, and each cached
// answer remembers the version it was computed at.
//
// A request that finds its answer computed at an older version starts a
// refresh in the background (one at a time, so that refreshes take at
// most one core) and waits for it at most Options.StaleAfter (not at all
// when the last computation took longer); when the refresh takes longer,
// the request is served the previous answer — the
// exact answer for the register as it was before the write — and the
// refreshed one replaces it as soon as it is ready. So no visitor waits
// for a recomputation over the whole register after a write, and between
// writes each aggregate is computed once, however many visitors ask. An
// answer never computed before (a server just started: see Warm) is
// computed in the request.
//
// A computation that reads other cached answers (the overview reads the
// cached flows and timeline) reads them at the current version, never a
// previous one: an answer is exact for the version it is stamped with.
//
// Registers that are not versioned are read directly.

// maxCacheEntries bounds the cached answers; when full, the oldest is
// dropped.
const maxCacheEntries = 1024

// DefaultStaleAfter is Options.StaleAfter's default: on a small register
// most aggregates are recomputed within it, and a request sees the fresh
// answer.
const DefaultStaleAfter = 25 * time.Millisecond

// refreshTimeout bounds a background refresh.
const refreshTimeout = 10 * time.Minute

type aggCache struct {
	mu      sync.Mutex
	entries map[string]*cacheEntry
	order   []string // insertion order, for eviction
	// computed counts the answers computed (tests).
	computed int
	// refreshes counts the background refreshes under way or waiting.
	refreshes sync.WaitGroup
	// sem is held by the running background refresh.
	sem chan struct{}
}

// cacheEntry is the latest answer to one key and the computation of a
// newer one, if any.
type cacheEntry struct {
	has     bool
	version int64 // the register version val was computed at
	val     any
	took    time.Duration // how long computing val took
	flight  *flight
}

// flight is one computation of an answer.
type flight struct {
	started bool      // false while a background refresh waits for its turn
	version int64     // the register version it computes at, once started
	at      time.Time // when it started
	done    chan struct{}
	val     any
	err     error
}

// freshKey marks the context of a computation: cached answers it reads
// must be at the current version.
type freshKey struct{}

// cached returns what compute returns for key, computed once per register
// version (or the previous version's answer while it is recomputed, see
// above); concurrent callers of one key share one computation. The value
// is shared: callers must not modify it.
func cached[T any](ctx context.Context, s *Server, key string, compute func(context.Context) (T, error)) (T, error) {
	var zero T
	vr, ok := s.st.(domain.VersionedRegister)
	if !ok {
		return compute(ctx)
	}
	v, err := vr.RegisterVersion(ctx)
	if err != nil {
		return zero, err
	}
	fresh := ctx.Value(freshKey{}) != nil
	c := &s.cache
	c.mu.Lock()
	e := c.entry(key)
	if e.has && e.version >= v {
		c.mu.Unlock()
		return e.val.(T), nil
	}
	if e.has && !fresh {
		// Refresh in the background; serve the previous answer unless the
		// refresh is quick.
		f := e.flight
		if f == nil {
			f = &flight{done: make(chan struct{})}
			e.flight = f
			c.refreshes.Add(1)
			go s.refresh(e, f, func(ctx context.Context) (any, error) { return compute(ctx) })
		}
		old, took := e.val.(T), e.took
		c.mu.Unlock()
		var timeout <-chan time.Time
		if s.opts.StaleAfter >= 0 && took > s.opts.StaleAfter {
			// The last computation took longer than a request waits:
			// do not wait for this one.
			return old, nil
		}
		if s.opts.StaleAfter >= 0 {
			t := time.NewTimer(s.opts.StaleAfter)
			defer t.Stop()
			timeout = t.C
		}
		select {
		case <-f.done:
			if f.err == nil {
				return f.val.(T), nil
			}
			return old, nil
		case <-timeout:
			return old, nil
		case <-ctx.Done():
			return zero, ctx.Err()
		}
	}
	// No answer yet, or one that must be current: join a computation at
	// this version or newer, else compute here.
	if f := e.flight; f != nil && f.started && f.version >= v {
		c.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			return zero, ctx.Err()
		}
		if f.err == nil {
			return f.val.(T), nil
		}
		// That computation failed (its request may have been
		// cancelled): compute again for this one.
		c.mu.Lock()
	}
	f := &flight{started: true, version: v, at: time.Now(), done: make(chan struct{})}
	if e.flight == nil {
		e.flight = f
	}
	c.computed++
	c.mu.Unlock()
	val, err := compute(context.WithValue(ctx, freshKey{}, true))
	c.finish(e, f, val, err)
	return val, err
}

// entry is key's entry, made (and the oldest dropped when full) if there
// is none. c.mu is held.
func (c *aggCache) entry(key string) *cacheEntry {
	if e, ok := c.entries[key]; ok {
		return e
	}
	if c.entries == nil {
		c.entries = map[string]*cacheEntry{}
	}
	if len(c.order) >= maxCacheEntries {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	e := &cacheEntry{}
	c.entries[key] = e
	c.order = append(c.order, key)
	return e
}

// finish records what flight f computed: the entry's answer when it is
// newer.
func (c *aggCache) finish(e *cacheEntry, f *flight, val any, err error) {
	c.mu.Lock()
	f.val, f.err = val, err
	if err == nil && (!e.has || f.version >= e.version) {
		e.has, e.version, e.val, e.took = true, f.version, val, time.Since(f.at)
	}
	if e.flight == f {
		e.flight = nil
	}
	c.mu.Unlock()
	close(f.done)
}

// refresh computes e's answer anew in the background, after the
// refreshes before it.
func (s *Server) refresh(e *cacheEntry, f *flight, compute func(context.Context) (any, error)) {
	c := &s.cache
	defer c.refreshes.Done()
	c.sem <- struct{}{}
	defer func() { <-c.sem }()
	ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), freshKey{}, true), refreshTimeout)
	defer cancel()
	v, err := s.st.(domain.VersionedRegister).RegisterVersion(ctx)
	c.mu.Lock()
	if err == nil && e.has && e.version >= v {
		// Computed meanwhile by a request that needed it current.
		val := e.val
		f.started, f.version, f.at = true, e.version, time.Now().Add(-e.took)
		c.mu.Unlock()
		c.finish(e, f, val, nil)
		return
	}
	f.started, f.version, f.at = true, v, time.Now()
	if err == nil {
		c.computed++
	}
	c.mu.Unlock()
	var val any
	if err == nil {
		val, err = compute(ctx)
	}
	if err != nil {
		s.log.Error("refreshing a cached aggregate", "err", err)
	}
	c.finish(e, f, val, err)
}

// waitRefreshes waits for the background refreshes under way (tests).
func (c *aggCache) waitRefreshes() { c.refreshes.Wait() }

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

// warmPaths are the pages whose aggregates Warm computes first.
var warmPaths = []string{"/", "/map", "/rankings", "/api/v1/stats", "/api/v1/flows", "/deals"}

// warmCountries is how many country pages Warm computes: the parties of
// the largest flows.
const warmCountries = 30

// Warm computes the aggregates of the most visited pages (the overview,
// the map, the rankings, the country pages of the largest suppliers and
// recipients) one after the other, so that their first visitors after the
// server starts do not wait for them; after that, writes only refresh
// them (see above). It returns when done or when ctx ends. A server calls
// it in the background when it starts.
func (s *Server) Warm(ctx context.Context) {
	get := func(path string) bool {
		if ctx.Err() != nil {
			return false
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, path, nil)
		if err != nil {
			return false
		}
		req.RemoteAddr = "warm"
		w := &discard{header: http.Header{}, code: http.StatusOK}
		s.ServeHTTP(w, req)
		if w.code != http.StatusOK && ctx.Err() == nil {
			s.log.Warn("warming the cache", "path", path, "status", w.code)
		}
		return true
	}
	for _, p := range warmPaths {
		if !get(p) {
			return
		}
	}
	flows, err := cachedQuery(ctx, s, "flows", domain.FactQuery{}, s.st.Flows)
	if err != nil {
		return
	}
	seen := map[string]bool{}
	for _, fl := range flows {
		for _, c := range []string{fl.Supplier, fl.Recipient} {
			if len(seen) >= warmCountries || seen[c] {
				continue
			}
			seen[c] = true
			if !get("/countries/" + c) {
				return
			}
		}
	}
}

// discard is a ResponseWriter that keeps only the status.
type discard struct {
	header http.Header
	code   int
}

func (d *discard) Header() http.Header         { return d.header }
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(code int)        { d.code = code }
