package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// denseArticle is one paragraph of n bytes packed with deals: slow to
// extract (seconds per megabyte).
func denseArticle(n int) string {
	r := rand.New(rand.NewSource(1))
	cs := []string{"France", "Egypt", "Morocco", "the United States", "India", "Germany", "Saudi Arabia", "Turkey"}
	ss := []string{"Rafale", "F-16", "HIMARS", "Leopard 2", "S-400", "Caesar howitzers", "Apache helicopters"}
	var b strings.Builder
	b.WriteString("Long dispatch.\n\n")
	for b.Len() < n {
		fmt.Fprintf(&b, "%s delivered %d %s to %s for $%d million in %d, and ", cs[r.Intn(len(cs))], r.Intn(98)+2,
			ss[r.Intn(len(ss))], cs[r.Intn(len(cs))], r.Intn(990)+10, 1995+r.Intn(30))
	}
	return b.String()
}

// TestSIGTERMMidDocument: SIGTERM while a worker is deep in a 3 MB
// document ends ingest within 5 seconds, exiting non-zero with a message,
// and the documents finished before it stay stored, whole.
func TestSIGTERMMidDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	const small = 20
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	if err := os.WriteFile(filepath.Join(in, "a0000-dense.txt"), []byte(denseArticle(3<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	writeArticles(t, in, small) // a0000.txt ... sort after a0000-dense.txt
	db := filepath.Join(dir, "term.db")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := cli(ctx, "ingest", "--workers", "2", "--db", db, in)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	for {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended before the signal (%v): the dense document was too quick\n%s", err, out.String())
		case <-time.After(20 * time.Millisecond):
		}
		if d, _ := counts(t, db); d >= small {
			break
		}
	}
	sent := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	var err error
	select {
	case err = <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
		t.Fatalf("still running 5 s after SIGTERM\n%s", out.String())
	}
	took := time.Since(sent)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(out.String(), "interrupted") {
		t.Errorf("exit %v, want 1 with a message\n%s", err, out.String())
	}
	docs, _ := counts(t, db)
	t.Logf("stopped %v after SIGTERM with %d documents stored", took.Round(time.Millisecond), docs)
	if docs != small {
		t.Errorf("%d documents stored, want the %d finished ones", docs, small)
	}
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// TestSIGTERMWatch: SIGTERM while watch waits on a slow article page ends
// it within 5 seconds.
func TestSIGTERMWatch(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	hit := make(chan struct{}, 1)
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>slow</title><item><title>a</title><link>http://%s/slow.html</link></item></channel></rss>`, r.Host)
		case "/slow.html":
			select {
			case hit <- struct{}{}:
			default:
			}
			w.WriteHeader(200)
			w.(http.Flusher).Flush()
			select { // a page that trickles for ever
			case <-release:
			case <-r.Context().Done():
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errs := runCLI(t, "", "feeds", "add", "--db", db, srv.URL+"/feed.xml"); code != 0 {
		t.Fatal(errs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := cli(ctx, "watch", "--db", db, "--allow-private", "--host-delay", "10ms")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-hit:
	case err := <-exited:
		t.Fatalf("watch ended: %v\n%s", err, out.String())
	case <-time.After(20 * time.Second):
		t.Fatalf("the article page was never requested\n%s", out.String())
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
		t.Fatalf("watch still running 5 s after SIGTERM\n%s", out.String())
	}
}
