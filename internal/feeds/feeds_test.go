package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// sink records what the watcher ingests.
type sink struct {
	mu      sync.Mutex
	sources []string
	seen    map[string]bool
}

func (s *sink) ingest(_ context.Context, raw *source.Raw) (domain.IngestResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sum := sha256.Sum256(raw.Body)
	id := hex.EncodeToString(sum[:])
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	created := !s.seen[id]
	s.seen[id] = true
	s.sources = append(s.sources, raw.Source)
	return domain.IngestResult{DocumentID: id, Created: created, Facts: 1}, nil
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func testOpts() Options {
	return Options{Source: source.Options{AllowPrivate: true, Timeout: 2 * time.Second}, HostDelay: time.Millisecond}
}

func rss(base string, links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>` + base + `</link>`)
	for i, l := range links {
		fmt.Fprintf(&b, "<item><title>Story %d</title><link>%s</link><guid>%s</guid><pubDate>Mon, 02 Jan 2024 10:00:00 GMT</pubDate></item>", i, l, l)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func article(path string) string {
	return "<html><head><title>" + path + "</title></head><body><p>Article at " + path + ".</p></body></html>"
}

func TestPollOnce(t *testing.T) {
	var hits sync.Map
	count := func(p string) int {
		v, _ := hits.Load(p)
		if v == nil {
			return 0
		}
		return int(v.(*atomic.Int32).Load())
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, _ := hits.LoadOrStore(r.URL.Path, new(atomic.Int32))
		v.(*atomic.Int32).Add(1)
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
		case "/rss.xml":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			fmt.Fprint(w, rss(srv.URL, srv.URL+"/a1.html", "/a2.html", srv.URL+"/private/x.html"))
		case "/atom.xml":
			if r.Header.Get("If-Modified-Since") == "Tue, 02 Jan 2024 10:00:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", "Tue, 02 Jan 2024 10:00:00 GMT")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2024-01-02T10:00:00Z</updated>
<entry><title>A3</title><id>urn:a3</id><link href="%s/a3.html"/><updated>2024-01-02T10:00:00Z</updated></entry></feed>`, srv.URL)
		case "/feed.json":
			fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"JSON wire","items":[{"id":"j1","url":"%s/a4.html","title":"A4"},{"id":"j2","url":"%s/a1.html"}]}`, srv.URL, srv.URL)
		case "/a1.html", "/a2.html", "/a3.html", "/a4.html", "/private/x.html":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, article(r.URL.Path))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	st := openStore(t)
	ctx := context.Background()
	for _, p := range []string{"/rss.xml", "/atom.xml", "/feed.json"} {
		if _, created, err := st.AddFeed(ctx, srv.URL+p, ""); err != nil || !created {
			t.Fatal(err, created)
		}
	}
	if _, created, _ := st.AddFeed(ctx, srv.URL+"/rss.xml", ""); created {
		t.Error("a feed added twice was created twice")
	}
	var sk sink
	w := New(st, sk.ingest, testOpts())
	rep, err := w.PollOnce(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Polled != 3 || rep.Failed != 0 || rep.NewItems != 6 || rep.Stored != 4 || rep.ItemErrors != 1 {
		t.Errorf("first poll: %s; errors %v", rep, rep.Errors)
	}
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error(), "robots.txt") {
		t.Errorf("errors = %v", rep.Errors)
	}
	if count("/private/x.html") != 0 {
		t.Error("a page disallowed by robots.txt was fetched")
	}
	// Not due yet: nothing polled.
	rep, _ = w.PollOnce(ctx, false)
	if rep.Polled != 0 {
		t.Errorf("second poll before the interval polled %d feeds", rep.Polled)
	}
	// Forced: conditional GETs answer 304, seen items are not refetched.
	before := count("/a1.html")
	rep, _ = w.PollOnce(ctx, true)
	if rep.Polled != 3 || rep.NotModified != 2 || rep.NewItems != 0 || count("/a1.html") != before {
		t.Errorf("forced poll: %s (a1 fetched %d times)", rep, count("/a1.html"))
	}
	feeds, _ := st.Feeds(ctx)
	byURL := map[string]domain.Feed{}
	for _, f := range feeds {
		byURL[strings.TrimPrefix(f.URL, srv.URL)] = f
	}
	if f := byURL["/rss.xml"]; f.Title != "Test wire" || f.ETag != `"v1"` || f.Documents != 2 || f.Items != 3 || f.ItemErrors != 1 || f.LastOK.IsZero() {
		t.Errorf("rss feed state = %+v", f)
	}
	if f := byURL["/atom.xml"]; f.LastModified == "" || f.Documents != 1 {
		t.Errorf("atom feed state = %+v", f)
	}
	if count("/robots.txt") != 1 {
		t.Errorf("robots.txt fetched %d times", count("/robots.txt"))
	}
	if err := st.RemoveFeed(ctx, srv.URL+"/atom.xml"); err != nil {
		t.Fatal(err)
	}
	if err := st.RemoveFeed(ctx, "999"); err == nil {
		t.Error("removing a missing feed should fail")
	}
}

func TestHostileFeeds(t *testing.T) {
	good := rss("http://x", "/ok.html")
	var gzipped bytes.Buffer
	zw := gzip.NewWriter(&gzipped)
	zw.Write([]byte(rss("http://x", "/gz.html", "/gz2.html", "/gz3.html")))
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good.xml":
			fmt.Fprint(w, good)
		case "/ok.html":
			fmt.Fprint(w, article("ok"))
		case "/entities.xml":
			fmt.Fprint(w, `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title></channel></rss>`)
		case "/huge.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>`)
			chunk := bytes.Repeat([]byte("A"), 64<<10)
			for i := 0; i < (1<<30)/len(chunk); i++ { // 1 GB, unless the client hangs up
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/gzip.xml":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped.Bytes()[:gzipped.Len()/2])
		case "/loop":
			http.Redirect(w, r, fmt.Sprintf("/loop?n=%d", len(r.URL.RawQuery)), http.StatusFound)
		case "/trickle.xml":
			fl := w.(http.Flusher)
			for i := 0; i < 200; i++ {
				if _, err := w.Write([]byte(" ")); err != nil {
					return
				}
				fl.Flush()
				select {
				case <-time.After(50 * time.Millisecond):
				case <-r.Context().Done():
					return
				}
			}
		case "/error.xml":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/notafeed.xml":
			fmt.Fprint(w, "<html><body>hello</body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	st := openStore(t)
	ctx := context.Background()
	want := map[string]string{
		"/entities.xml":  "entit",
		"/huge.xml":      "too large",
		"/gzip.xml":      "unexpected EOF",
		"/loop":          "redirects",
		"/trickle.xml":   "deadline exceeded",
		"/error.xml":     "HTTP status 500",
		"/notafeed.xml":  "parsing feed",
		"/good.xml":      "",
		"/missing.xml":   "404",
		"/../robots.txt": "",
	}
	delete(want, "/../robots.txt")
	for p := range want {
		st.AddFeed(ctx, srv.URL+p, "")
	}
	opts := testOpts()
	opts.MaxFeedBytes = 1 << 20
	opts.Source.Timeout = 600 * time.Millisecond
	opts.Interval = time.Minute
	var sk sink
	w := New(st, sk.ingest, opts)
	start := time.Now()
	rep, err := w.PollOnce(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("hostile feeds took %s", el)
	}
	if rep.Failed != len(want)-1 || rep.Stored != 1 {
		t.Errorf("report: %s; %v", rep, rep.Errors)
	}
	feeds, _ := st.Feeds(ctx)
	for _, f := range feeds {
		p := strings.TrimPrefix(f.URL, srv.URL)
		sub := want[p]
		if sub == "" {
			if f.LastError != "" || f.Failures != 0 {
				t.Errorf("%s: %+v", p, f)
			}
			continue
		}
		if !strings.Contains(f.LastError, sub) || f.Failures != 1 {
			t.Errorf("%s: error %q (failures %d), want %q", p, f.LastError, f.Failures, sub)
		}
		if d := f.NextPoll.Sub(f.LastPolled); d != 2*time.Minute {
			t.Errorf("%s: backoff %s, want 2m", p, d)
		}
	}
}

func TestSSRFGuard(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, rss("x")) }))
	defer srv.Close()
	st := openStore(t)
	st.AddFeed(context.Background(), srv.URL+"/feed.xml", "")
	opts := testOpts()
	opts.Source.AllowPrivate = false
	w := New(st, (&sink{}).ingest, opts)
	rep, _ := w.PollOnce(context.Background(), true)
	if rep.Failed != 1 || len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error(), "loopback address (use --allow-private") || strings.Contains(rep.Errors[0].Error(), "robots") {
		t.Errorf("report %s: %v", rep, rep.Errors)
	}
}

func TestPoliteness(t *testing.T) {
	var inflight, maxIn atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		defer inflight.Add(-1)
		for {
			m := maxIn.Load()
			if n <= m || maxIn.CompareAndSwap(m, n) {
				break
			}
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		if strings.HasSuffix(r.URL.Path, ".xml") {
			fmt.Fprint(w, rss(srv.URL, r.URL.Path+".a.html", r.URL.Path+".b.html"))
			return
		}
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, article(r.URL.Path))
	}))
	defer srv.Close()
	st := openStore(t)
	for i := range 4 {
		st.AddFeed(context.Background(), fmt.Sprintf("%s/f%d.xml", srv.URL, i), "")
	}
	opts := testOpts()
	opts.HostDelay = 20 * time.Millisecond
	w := New(st, (&sink{}).ingest, opts)
	rep, _ := w.PollOnce(context.Background(), false)
	if rep.Stored != 8 {
		t.Errorf("report %s", rep)
	}
	if maxIn.Load() != 1 {
		t.Errorf("%d requests at once to one host", maxIn.Load())
	}
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < opts.HostDelay {
			t.Errorf("requests %d and %d only %s apart", i-1, i, gap)
		}
	}
}

func TestRobots(t *testing.T) {
	txt := `# comment
User-agent: *
Disallow: /private/
Allow: /private/open$

User-agent: ArmsWatch
User-agent: other
Disallow: /news/*.pdf$
Disallow: /drafts
Allow: /drafts/public
`
	mine := &robotsRules{rules: parseRobots([]byte(txt), robotsAgent)}
	star := &robotsRules{rules: parseRobots([]byte(txt), "somebot")}
	tests := []struct {
		r    *robotsRules
		path string
		want bool
	}{
		{mine, "/private/x", true}, // our group replaces *
		{mine, "/drafts/x", false},
		{mine, "/drafts/public/x", true},
		{mine, "/news/a.pdf", false},
		{mine, "/news/a.pdf?x", true},
		{mine, "/news/a.html", true},
		{star, "/private/x", false},
		{star, "/private/open", true},
		{star, "/private/open/2", false},
		{star, "/drafts/x", true},
		{&robotsRules{}, "/anything", true},
	}
	for _, tt := range tests {
		if got := tt.r.allows(tt.path); got != tt.want {
			t.Errorf("allows(%q) = %v", tt.path, got)
		}
	}
}

func TestOPML(t *testing.T) {
	in := `<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
<outline text="Defence"><outline text="Wire A" xmlUrl="https://a.example/rss"/><outline text="B" title="Wire B" type="rss" xmlUrl="https://b.example/atom"/></outline>
<outline text="dup" xmlUrl="https://a.example/rss"/><outline text="no url"/></body></opml>`
	got, err := ReadOPML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "[{Wire A https://a.example/rss} {Wire B https://b.example/atom}]" {
		t.Errorf("outlines = %v", got)
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, []domain.Feed{{URL: "https://a.example/rss", Title: "Wire A & co"}, {URL: "https://c.example/feed"}}); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOPML(&buf)
	if err != nil || fmt.Sprint(back) != "[{Wire A & co https://a.example/rss} {https://c.example/feed https://c.example/feed}]" {
		t.Errorf("round trip = %v, %v", back, err)
	}
	if _, err := ReadOPML(strings.NewReader("not xml at all")); err == nil {
		t.Error("garbage should fail")
	}
}
