package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/source"
)

// article is a page of the generated archives: distinct bytes, and facts.
func article(i int) []byte {
	return fmt.Appendf(nil, `<!doctype html><html><head><title>Sale %d</title></head><body><article>
<h1>Arms sale number %d</h1>
<p>WASHINGTON, March 3, 2023 — The United States approved the sale of %d F-16 fighter jets to Morocco for $%d million, the Defense Security Cooperation Agency said on Friday.</p>
<p>The package, reference %d, includes training and spare parts for the Royal Moroccan Air Force.</p>
</article></body></html>`, i, i, i%20+2, 100+i, i)
}

// writeWARC writes an archive of n articles.
func writeWARC(t testing.TB, path string, n int) {
	t.Helper()
	var b bytes.Buffer
	w := source.NewWARCWriter(&b, true)
	for i := range n {
		if err := w.WriteResponse(fmt.Sprintf("https://news.example/a/%d", i), time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC), "text/html; charset=utf-8", article(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A worker stopped in the middle of a web archive segment leaves its job
// to be retried; the retry stores every document once.
func TestStoppedMidwayIsRetriedOnce(t *testing.T) {
	dir := t.TempDir()
	warc := filepath.Join(dir, "crawl.warc.gz")
	writeWARC(t, warc, 30)
	want := inline(t, dir)
	if want.Documents != 30 {
		t.Fatalf("inline ingest stored %d documents of 30", want.Documents)
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			ctx := context.Background()
			runCtx, stop := context.WithCancel(ctx)
			defer stop()
			o := testOptions()
			o.Segment = 10
			var stopped atomic.Bool
			o.testHookDoc = func(jctx context.Context, path string, i int) {
				// The second segment's 6th record: the worker goes away
				// with the segment's first documents saved.
				if i == 15 && stopped.CompareAndSwap(false, true) {
					stop()
					<-jctx.Done()
				}
			}
			q := openQueue(t, b, st, o)
			e, err := q.Enqueue(ctx, []string{warc})
			if err != nil || e.Segments != 3 {
				t.Fatalf("enqueue: %s, %v; want 3 segments", e, err)
			}
			// The second and third segments start at their first
			// record's gzip member instead of reading the ones before.
			queued, err := q.Jobs(ctx, "", 10)
			if err != nil {
				t.Fatal(err)
			}
			var offsets []int64
			for _, j := range queued {
				var a FileArgs
				if err := json.Unmarshal(j.Args, &a); err != nil {
					t.Fatal(err)
				}
				if (a.Skip == 0) != (a.Offset == 0) {
					t.Errorf("segment from record %d has offset %d", a.Skip, a.Offset)
				}
				offsets = append(offsets, a.Offset)
			}
			if len(offsets) != 3 {
				t.Fatalf("%d jobs queued, want 3: %v", len(offsets), offsets)
			}
			if err := q.RunUntilIdle(runCtx, time.Millisecond); err != nil {
				t.Logf("stop: %v", err)
			}
			if !stopped.Load() {
				t.Fatal("the worker was not stopped")
			}
			mid := stats(t, st).Documents
			if mid >= 30 {
				t.Fatalf("%d documents stored before the stop, want fewer than 30", mid)
			}
			// The interrupted jobs wait for their retry, with their error.
			all, err := q.Jobs(ctx, "", 10)
			if err != nil {
				t.Fatal(err)
			}
			interrupted := 0
			for _, j := range all {
				if j.State != "completed" {
					interrupted++
					// Cancelled mid-work, or its save refused by the
					// stopping batcher: which comes first is a race.
					if !strings.Contains(j.LastError, "context canceled") && !strings.Contains(j.LastError, errStopped.Error()) {
						t.Errorf("interrupted job %+v: want its error", j)
					}
				}
			}
			if interrupted == 0 {
				t.Fatalf("no interrupted job: %+v", all)
			}
			q2 := openQueue(t, b, st, testOptions())
			runIdle(t, q2)
			got := stats(t, st)
			if got.Documents != want.Documents || got.Facts != want.Facts {
				t.Fatalf("after the retry: %d documents, %d facts; want %d, %d (stored once)", got.Documents, got.Facts, want.Documents, want.Facts)
			}
			if c := q2.Counts(); c.Stored != int64(30-mid) || c.Unchanged > int64(mid) {
				t.Errorf("retry counts %+v: want %d stored, at most %d unchanged", c, 30-mid, mid)
			}
		})
	}
}

// A job that cannot succeed shows in the dead-letter view with its error;
// once its input is fixed, retrying it stores the document.
func TestFailedJobRetry(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			ctx := context.Background()
			dir := t.TempDir()
			bad := filepath.Join(dir, "notice.html")
			if err := os.WriteFile(bad, nil, 0o644); err != nil { // empty: nothing to read
				t.Fatal(err)
			}
			q := openQueue(t, b, st, testOptions())
			if _, err := q.Enqueue(ctx, []string{bad}); err != nil {
				t.Fatal(err)
			}
			runIdle(t, q)
			failed, err := q.Jobs(ctx, StateFailed, 10)
			if err != nil || len(failed) != 1 {
				t.Fatalf("failed jobs %+v (%v), want 1", failed, err)
			}
			f := failed[0]
			if f.Kind != KindFile || f.LastError == "" || !strings.Contains(string(f.Args), "notice.html") {
				t.Fatalf("failed job %+v: want the file job with its error", f)
			}
			if n := stats(t, st).Documents; n != 0 {
				t.Fatalf("%d documents stored from an empty file", n)
			}
			if err := os.WriteFile(bad, article(7), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := q.Retry(ctx, f.ID)
			if err != nil || r.State != "available" {
				t.Fatalf("retry: %+v, %v", r, err)
			}
			if _, err := q.Retry(ctx, 1<<40); err == nil {
				t.Error("retry of a job that does not exist")
			}
			q2 := openQueue(t, b, st, testOptions())
			runIdle(t, q2)
			if n := stats(t, st).Documents; n != 1 {
				t.Fatalf("%d documents after the retry, want 1", n)
			}
			if failed, _ := q2.Jobs(ctx, StateFailed, 10); len(failed) != 0 {
				t.Fatalf("still failed: %+v", failed)
			}
		})
	}
}

// hostCounter is a web server that records how many requests it serves
// at once and when each starts and ends.
type hostCounter struct {
	mu           sync.Mutex
	now, most    int
	starts, ends []time.Time
}

func (h *hostCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.now++
	h.most = max(h.most, h.now)
	h.starts = append(h.starts, time.Now())
	h.mu.Unlock()
	time.Sleep(20 * time.Millisecond)
	var i int
	fmt.Sscanf(r.URL.Path, "/a/%d", &i)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(article(i))
	h.mu.Lock()
	h.now--
	h.ends = append(h.ends, time.Now())
	h.mu.Unlock()
}

// Two workers, one host: never two requests at once, and the host's
// delay between the end of one and the start of the next.
func TestPolitenessAcrossWorkers(t *testing.T) {
	const pages, delay = 8, 80 * time.Millisecond
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			h := &hostCounter{}
			srv := httptest.NewServer(h)
			defer srv.Close()
			st := b.open(t)
			ctx := context.Background()
			o := testOptions()
			o.Source.AllowPrivate = true // the test server is on loopback
			o.HostDelay = delay
			var urls []string
			for i := range pages {
				urls = append(urls, fmt.Sprintf("%s/a/%d", srv.URL, i))
			}
			q1 := openQueue(t, b, st, o)
			if e, err := q1.Enqueue(ctx, urls); err != nil || e.URLs != pages {
				t.Fatalf("enqueue: %s, %v", e, err)
			}
			q2 := openQueue(t, b, st, o)
			var wg sync.WaitGroup
			for _, q := range []*Queue{q1, q2} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
					defer cancel()
					q.RunUntilIdle(ctx, time.Second)
				}()
			}
			wg.Wait()
			defer func() {
				if t.Failed() {
					dumpJobs(t, q1)
				}
			}()
			if n := stats(t, st).Documents; n != pages {
				t.Fatalf("%d documents stored, want %d", n, pages)
			}
			h.mu.Lock()
			defer h.mu.Unlock()
			if h.most != 1 {
				t.Errorf("%d requests at once to one host, want 1", h.most)
			}
			if len(h.starts) != pages {
				t.Fatalf("%d requests, want %d", len(h.starts), pages)
			}
			for i := 1; i < len(h.starts); i++ {
				if gap := h.starts[i].Sub(h.ends[i-1]); gap < delay-10*time.Millisecond {
					t.Errorf("request %d started %s after the previous one ended, want at least %s", i, gap, delay)
				}
			}
			if c1, c2 := q1.Counts(), q2.Counts(); c1.Stored == 0 || c2.Stored == 0 {
				t.Logf("one worker did all the work: %+v %+v", c1, c2)
			}
		})
	}
}
