// Package feeds follows news outlets: it polls RSS, Atom and JSON Feed
// subscriptions (github.com/mmcdole/gofeed) politely — conditional GET,
// backoff on errors, one request at a time per host with a delay between
// them, robots.txt respected — and hands each new item's page, fetched
// through source (SSRF guard, size cap, timeout), to an ingest function.
// Subscriptions and what was seen of them live in a domain.FeedStore.
package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
)

// Defaults of zero Options fields.
const (
	DefaultMaxFeedBytes = 10 << 20
	DefaultHostDelay    = time.Second
	DefaultConcurrency  = 8
	DefaultInterval     = 15 * time.Minute
	DefaultMaxBackoff   = 24 * time.Hour
	DefaultMaxItems     = 100
)

// Options tune a Watcher.
type Options struct {
	Source       source.Options // pages and feeds: AllowPrivate, Timeout, MaxBytes (pages), UserAgent
	MaxFeedBytes int64          // feed body cap; larger feeds fail with source.ErrTooLarge
	HostDelay    time.Duration  // pause between two requests to one host
	Concurrency  int            // hosts served at once
	Interval     time.Duration  // between two polls of a healthy feed
	MaxBackoff   time.Duration  // longest wait after repeated failures
	MaxItems     int            // items looked at per feed and poll (newest first)
	// Turn, if set, replaces the in-process host gate: it returns when
	// host may be fetched, with the function that frees it (the job
	// queue's host leases hold across processes and machines).
	Turn func(ctx context.Context, host string) (release func(), err error)
}

func (o Options) withDefaults() Options {
	if o.MaxFeedBytes <= 0 {
		o.MaxFeedBytes = DefaultMaxFeedBytes
	}
	if o.HostDelay < 0 {
		o.HostDelay = 0
	} else if o.HostDelay == 0 {
		o.HostDelay = DefaultHostDelay
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxItems
	}
	if o.Source.UserAgent == "" {
		o.Source.UserAgent = source.DefaultUserAgent
	}
	if o.Source.Timeout <= 0 {
		o.Source.Timeout = source.DefaultTimeout
	}
	return o
}

// IngestFunc stores one fetched page (the pipeline's IngestRaw).
type IngestFunc func(ctx context.Context, raw *source.Raw) (domain.IngestResult, error)

// Watcher polls the feeds of a store.
type Watcher struct {
	store  domain.FeedStore
	ingest IngestFunc
	opts   Options
	client *http.Client
	// Log, if set, receives one line per event worth telling (errors,
	// new documents).
	Log func(format string, args ...any)
	Now func() time.Time

	mu     sync.Mutex
	hosts  map[string]*hostGate
	robots map[string]*robotsRules
}

// hostGate serialises the requests to one host and spaces them.
type hostGate struct {
	mu   sync.Mutex
	last time.Time
}

// New returns a Watcher over store's feeds storing pages with ingest.
func New(store domain.FeedStore, ingest IngestFunc, opts Options) *Watcher {
	opts = opts.withDefaults()
	client := opts.Source.Client
	if client == nil {
		client = source.NewClient(opts.Source)
	}
	opts.Source.Client = client
	return &Watcher{store: store, ingest: ingest, opts: opts, client: client,
		hosts: map[string]*hostGate{}, robots: map[string]*robotsRules{}, Now: time.Now}
}

func (w *Watcher) logf(format string, args ...any) {
	if w.Log != nil {
		w.Log(format, args...)
	}
}

// Report counts what one round of polling did.
type Report struct {
	Feeds, Polled, NotModified, Failed int
	NewItems, Stored, ItemErrors       int
	Errors                             []error
}

func (r Report) String() string {
	return fmt.Sprintf("%d feeds: %d polled, %d not modified, %d failed; %d new items, %d documents stored, %d item errors",
		r.Feeds, r.Polled, r.NotModified, r.Failed, r.NewItems, r.Stored, r.ItemErrors)
}

// PollOnce polls the feeds that are due (all of them when force), hosts in
// parallel and each host's feeds one after the other, and returns when
// they are done. One feed's failure never stops the others.
func (w *Watcher) PollOnce(ctx context.Context, force bool) (Report, error) {
	feeds, err := w.store.Feeds(ctx)
	if err != nil {
		return Report{}, err
	}
	now := w.Now()
	byHost := map[string][]domain.Feed{}
	var hosts []string
	rep := Report{Feeds: len(feeds)}
	for _, f := range feeds {
		if !force && !f.NextPoll.IsZero() && f.NextPoll.After(now) {
			continue
		}
		h := hostOf(f.URL)
		if _, ok := byHost[h]; !ok {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], f)
	}
	sort.Strings(hosts)
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		sem = make(chan struct{}, w.opts.Concurrency)
	)
	for _, h := range hosts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-sem }()
			for _, f := range byHost[h] {
				if ctx.Err() != nil {
					return
				}
				r := w.pollFeed(ctx, f)
				mu.Lock()
				rep.Polled++
				rep.NotModified += r.NotModified
				rep.Failed += r.Failed
				rep.NewItems += r.NewItems
				rep.Stored += r.Stored
				rep.ItemErrors += r.ItemErrors
				rep.Errors = append(rep.Errors, r.Errors...)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return rep, ctx.Err()
}

// Run polls until ctx is cancelled, checking for due feeds every tick.
func (w *Watcher) Run(ctx context.Context, tick time.Duration, onRound func(Report)) error {
	if tick <= 0 {
		tick = 30 * time.Second
	}
	for {
		rep, err := w.PollOnce(ctx, false)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if onRound != nil && rep.Polled > 0 {
			onRound(rep)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(tick):
		}
	}
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.ToLower(u.Host)
}

// backoff is the wait after the n-th consecutive failure.
func (w *Watcher) backoff(n int) time.Duration {
	d := w.opts.Interval
	for i := 0; i < n && d < w.opts.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, w.opts.MaxBackoff)
}

// ErrNoFeed is returned by PollFeed for a feed that is not subscribed.
var ErrNoFeed = errors.New("no such feed")

// PollFeed polls the feed id now, due or not (the job queue's poll job).
func (w *Watcher) PollFeed(ctx context.Context, id int64) (Report, error) {
	list, err := w.store.Feeds(ctx)
	if err != nil {
		return Report{}, err
	}
	for _, f := range list {
		if f.ID == id {
			rep := w.pollFeed(ctx, f)
			rep.Feeds, rep.Polled = 1, 1
			return rep, ctx.Err()
		}
	}
	return Report{}, fmt.Errorf("feed %d: %w", id, ErrNoFeed)
}

// pollFeed polls one feed and fetches its new items.
func (w *Watcher) pollFeed(ctx context.Context, f domain.Feed) Report {
	var rep Report
	now := w.Now()
	f.LastPolled = now
	parsed, notModified, err := w.fetchFeed(ctx, &f)
	if err != nil {
		if ctx.Err() != nil {
			return rep
		}
		f.Failures++
		f.LastError = err.Error()
		f.NextPoll = now.Add(w.backoff(f.Failures))
		rep.Failed++
		rep.Errors = append(rep.Errors, fmt.Errorf("feed %s: %w", f.URL, err))
		w.logf("feed %s: %v (retry after %s)", f.URL, err, w.backoff(f.Failures))
		if uerr := w.store.UpdateFeed(ctx, f); uerr != nil {
			rep.Errors = append(rep.Errors, uerr)
		}
		return rep
	}
	f.Failures, f.LastError, f.LastOK = 0, "", now
	f.NextPoll = now.Add(w.opts.Interval)
	if notModified {
		rep.NotModified++
	} else {
		if f.Title == "" && parsed.Title != "" {
			f.Title = strings.TrimSpace(parsed.Title)
		}
		w.items(ctx, f, parsed, &rep)
	}
	if err := w.store.UpdateFeed(ctx, f); err != nil {
		rep.Errors = append(rep.Errors, err)
	}
	return rep
}

// request makes one GET to a host, politely: robots.txt first, then the
// host's turn and delay.
func (w *Watcher) request(ctx context.Context, rawURL string, hdr map[string]string) (*http.Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("invalid URL: %w", err)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return nil, fmt.Errorf("unsupported URL scheme %q", u.Scheme)
	}
	if ok, err := w.allowed(ctx, u); err != nil {
		return nil, err
	} else if !ok {
		return nil, ErrDisallowed
	}
	release, err := w.turn(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", w.opts.Source.UserAgent)
	for k, v := range hdr {
		if v != "" {
			req.Header.Set(k, v)
		}
	}
	resp, err := w.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, err
	}
	return resp, nil
}

// ErrDisallowed is returned for a URL robots.txt forbids.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// turn waits until the host is free and its delay has passed; the
// returned function frees it.
func (w *Watcher) turn(ctx context.Context, host string) (func(), error) {
	if w.opts.Turn != nil {
		return w.opts.Turn(ctx, host)
	}
	w.mu.Lock()
	g := w.hosts[host]
	if g == nil {
		g = &hostGate{}
		w.hosts[host] = g
	}
	w.mu.Unlock()
	g.mu.Lock()
	if wait := time.Until(g.last.Add(w.opts.HostDelay)); wait > 0 {
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			g.mu.Unlock()
			return nil, ctx.Err()
		}
	}
	return func() { g.last = time.Now(); g.mu.Unlock() }, nil
}

// fetchFeed downloads and parses a feed with a conditional GET.
func (w *Watcher) fetchFeed(ctx context.Context, f *domain.Feed) (*gofeed.Feed, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, w.opts.Source.Timeout)
	defer cancel()
	resp, err := w.request(ctx, f.URL, map[string]string{
		"If-None-Match":     f.ETag,
		"If-Modified-Since": f.LastModified,
		"Accept":            "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
	})
	if err != nil {
		return nil, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, true, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, false, fmt.Errorf("HTTP status %s", resp.Status)
	}
	max := w.opts.MaxFeedBytes
	if resp.ContentLength > max {
		return nil, false, fmt.Errorf("%w (Content-Length %d, limit %d)", source.ErrTooLarge, resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, false, fmt.Errorf("reading feed: %w", err)
	}
	if int64(len(body)) > max {
		return nil, false, fmt.Errorf("%w (more than %d bytes)", source.ErrTooLarge, max)
	}
	parsed, err := parseFeed(body)
	if err != nil {
		return nil, false, err
	}
	f.ETag = resp.Header.Get("ETag")
	f.LastModified = resp.Header.Get("Last-Modified")
	return parsed, false, nil
}

// parseFeed parses RSS, Atom or JSON Feed, refusing documents that declare
// entities (a DTD has no place in a news feed, and entity expansion is a
// classic denial of service).
func parseFeed(body []byte) (feed *gofeed.Feed, err error) {
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	if bytes.Contains(head, []byte("<!ENTITY")) {
		return nil, errors.New("feed declares XML entities (refused: entity expansion)")
	}
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("parsing feed: internal error: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parsing feed: %w", err)
	}
	// gofeed reads some broken XML as a feed without items: say so
	// rather than report "0 items".
	if len(feed.Items) == 0 && looksXML(body) {
		if err := checkXML(body); err != nil {
			return nil, fmt.Errorf("parsing feed: not well-formed XML: %w", err)
		}
	}
	return feed, nil
}

// items fetches and ingests the items not seen before.
func (w *Watcher) items(ctx context.Context, f domain.Feed, parsed *gofeed.Feed, rep *Report) {
	base, _ := url.Parse(f.URL)
	items := parsed.Items
	if len(items) > w.opts.MaxItems {
		items = items[:w.opts.MaxItems]
	}
	for _, it := range items {
		if ctx.Err() != nil {
			return
		}
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		if link != "" && base != nil {
			if u, err := base.Parse(link); err == nil {
				link = u.String()
			}
		}
		// Credentials in a link are neither used nor stored.
		link = source.RedactURL(link)
		key := source.RedactURL(strings.TrimSpace(it.GUID))
		if key == "" {
			key = link
		}
		if key == "" {
			continue
		}
		seen, err := w.store.SeenItem(ctx, f.ID, key)
		if err != nil {
			rep.Errors = append(rep.Errors, err)
			return
		}
		if seen {
			continue
		}
		rep.NewItems++
		fi := domain.FeedItem{FeedID: f.ID, Key: key, Link: link, Title: strings.TrimSpace(it.Title)}
		if it.PublishedParsed != nil {
			fi.Published = *it.PublishedParsed
		}
		ir, err := w.page(ctx, link)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			fi.Error = err.Error()
			rep.ItemErrors++
			rep.Errors = append(rep.Errors, fmt.Errorf("feed %s: item %s: %w", f.URL, link, err))
			w.logf("feed %s: item %s: %v", f.URL, link, err)
		} else {
			fi.DocumentID = ir.DocumentID
			if ir.Created {
				rep.Stored++
				w.logf("stored %s (%d facts)", link, ir.Facts)
			}
		}
		if err := w.store.SaveItem(ctx, fi); err != nil {
			rep.Errors = append(rep.Errors, err)
		}
	}
}

// page fetches an item's page through source.Fetch and ingests it.
func (w *Watcher) page(ctx context.Context, link string) (domain.IngestResult, error) {
	if link == "" {
		return domain.IngestResult{}, errors.New("item has no link")
	}
	u, err := url.Parse(link)
	if err != nil {
		return domain.IngestResult{}, fmt.Errorf("invalid link: %w", err)
	}
	if ok, err := w.allowed(ctx, u); err != nil {
		return domain.IngestResult{}, err
	} else if !ok {
		return domain.IngestResult{}, ErrDisallowed
	}
	release, err := w.turn(ctx, strings.ToLower(u.Host))
	if err != nil {
		return domain.IngestResult{}, err
	}
	raw, err := source.Fetch(ctx, link, w.opts.Source)
	release()
	if err != nil {
		return domain.IngestResult{}, err
	}
	return w.ingest(ctx, raw)
}
