package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	for _, tc := range []struct {
		done, total int
		elapsed     time.Duration
		detail      string
		want        string
	}{
		{0, 0, 0, "", "ingest: 0"},
		{10, 0, 2 * time.Second, "3 facts", "ingest: 10, 5.0/s; 3 facts"},
		{10, 40, 2 * time.Second, "", "ingest: 10/40 (25%), 5.0/s, 6s left"},
		{40, 40, 8 * time.Second, "", "ingest: 40/40 (100%), 5.0/s"},
		{5, 40, 100 * time.Millisecond, "", "ingest: 5/40 (12%)"}, // too early for a rate
	} {
		if got := progressLine("ingest", tc.done, tc.total, tc.elapsed, tc.detail); got != tc.want {
			t.Errorf("progressLine(%d, %d, %s) = %q, want %q", tc.done, tc.total, tc.elapsed, got, tc.want)
		}
	}
}

// On a terminal the line is redrawn in place at most four times a second
// and cleared at the end; elsewhere nothing is written.
func TestProgressTerminalOnly(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &buf, on: true, label: "reextract", total: 4, start: clock, now: func() time.Time { return clock }}
	p.update(0, "")
	clock = clock.Add(100 * time.Millisecond)
	p.update(1, "") // throttled
	clock = clock.Add(time.Second)
	p.update(2, "")
	p.clear()
	if got := strings.Count(buf.String(), "\r\033[K"); got != 3 {
		t.Errorf("%d redraws and clears, want 3: %q", got, buf.String())
	}
	if !strings.Contains(buf.String(), "reextract: 2/4 (50%), 1.8/s, 1s left") {
		t.Errorf("line: %q", buf.String())
	}
	var quiet bytes.Buffer
	q := newProgress(&env{stderr: &quiet}, "ingest", 0)
	q.update(5, "x")
	q.clear()
	if quiet.Len() != 0 {
		t.Errorf("not a terminal, yet wrote %q", quiet.String())
	}
}

func TestCountInputs(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "b/c.html", "b/d/e.txt", ".hidden.txt", ".git/x", "b/.y"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	if n := countInputs([]string{dir}); n != 3 {
		t.Errorf("folder: %d, want 3", n)
	}
	if n := countInputs([]string{dir, filepath.Join(dir, "a.txt")}); n != 4 {
		t.Errorf("folder and file: %d, want 4", n)
	}
	for _, specs := range [][]string{{"-"}, {dir, "https://example.org/a"}, {"x.warc.gz"}} {
		if n := countInputs(specs); n != 0 {
			t.Errorf("%v: %d, want 0 (unknown)", specs, n)
		}
	}
}

// Ingest's stderr holds no progress line when it is not a terminal.
func TestIngestQuietWhenNotTerminal(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ng.txt"), []byte(article), 0o644)
	code, out, errs := runCLI(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "a.db"), dir)
	if code != 0 || errs != "" || strings.Contains(out, "\r") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// watch says when it next polls.
func TestWatchNextPoll(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Empty</title></channel></rss>`)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	if code, out, errs := runCLI(t, "", "feeds", "add", "--db", db, srv.URL+"/rss.xml"); code != 0 {
		t.Fatalf("feeds add: %d %s %s", code, out, errs)
	}
	var out bytes.Buffer
	e := &env{stdout: &out, stderr: &out}
	st, err := openExistingRegister(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	printNextPoll(context.Background(), e, st)
	st.Close()
	if !strings.Contains(out.String(), "watching 1 feeds: polling now") {
		t.Errorf("before the first poll: %q", out.String())
	}
	if code, o, errs := runCLI(t, "", "watch", "--once", "--allow-private", "--interval", "15m", "--db", db); code != 0 {
		t.Fatalf("watch --once: %d %s %s", code, o, errs)
	}
	out.Reset()
	st, _ = openExistingRegister(context.Background(), db)
	printNextPoll(context.Background(), e, st)
	st.Close()
	if !strings.Contains(out.String(), "next poll at ") || !strings.Contains(out.String(), "(in 1") {
		t.Errorf("after a poll: %q", out.String())
	}
}
