package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"html"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/samples"
	"github.com/armswatch/armswatch/internal/source"
)

// queueDBs are the databases the queue's CLI tests run on: a SQLite file,
// and a fresh schema on the PostgreSQL test server when one answers.
func queueDBs(t *testing.T) map[string]string {
	dbs := map[string]string{"sqlite": filepath.Join(t.TempDir(), "reg.db")}
	base := os.Getenv("ARMSWATCH_TEST_PG")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	exec := func(sql string) error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		_, err = conn.Exec(ctx, sql)
		return err
	}
	if err := exec("SELECT 1"); err != nil {
		t.Logf("no PostgreSQL for the tests (set ARMSWATCH_TEST_PG): %v", err)
		return dbs
	}
	_ = exec("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
	b := make([]byte, 6)
	rand.Read(b)
	schema := "aw_cliq_" + hex.EncodeToString(b)
	if err := exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { exec("DROP SCHEMA " + schema + " CASCADE") })
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	dbs["postgres"] = u.String()
	return dbs
}

func registerCounts(t *testing.T, db string) (docs, facts int) {
	t.Helper()
	st, err := openRegister(context.Background(), db)
	if err != nil {
		return -1, -1
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		return -1, -1
	}
	return s.Documents, s.Facts
}

func TestQueueCLI(t *testing.T) {
	for name, db := range queueDBs(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := samples.WriteTo(dir); err != nil {
				t.Fatal(err)
			}
			bad := filepath.Join(t.TempDir(), "broken.html")
			os.WriteFile(bad, nil, 0o644)
			code, out, errs := runCLI(t, "", "ingest", "--queue", "--db", db, dir, bad)
			if code != 0 || !strings.Contains(out, "jobs enqueued") {
				t.Fatalf("ingest --queue: exit %d: %s%s", code, out, errs)
			}
			if d, _ := registerCounts(t, db); d != 0 {
				t.Fatalf("ingest --queue stored %d documents itself", d)
			}
			code, out, errs = runCLI(t, "", "worker", "--db", db, "--until-idle", "--poll", "100ms")
			if code != 0 || !strings.Contains(out, "documents stored") {
				t.Fatalf("worker: exit %d: %s%s", code, out, errs)
			}
			docs, _ := registerCounts(t, db)
			// The dead letter: the empty file, with its error.
			code, out, errs = runCLI(t, "", "jobs", "--db", db, "--state", "failed")
			if code != 0 || !strings.Contains(out, "broken.html") || !strings.Contains(out, "cancelled") || strings.Count(out, "\n") != 2 {
				t.Fatalf("jobs --state failed: exit %d:\n%s%s", code, out, errs)
			}
			id := regexp.MustCompile(`(?m)^(\d+)\s`).FindStringSubmatch(strings.SplitN(out, "\n", 2)[1])
			if id == nil {
				t.Fatalf("no job id in %q", out)
			}
			os.WriteFile(bad, []byte("<html><body><p>Morocco received 24 F-16 fighter jets from the United States in 2024.</p></body></html>"), 0o644)
			if code, out, errs = runCLI(t, "", "jobs", "retry", "--db", db, id[1]); code != 0 || !strings.Contains(out, "available") {
				t.Fatalf("jobs retry: exit %d: %s%s", code, out, errs)
			}
			if code, _, _ = runCLI(t, "", "jobs", "retry", "--db", db, "999999"); code != 1 {
				t.Errorf("retry of no job: exit %d, want 1", code)
			}
			prof := filepath.Join(t.TempDir(), "worker.prof")
			if code, out, errs = runCLI(t, "", "worker", "--db", db, "--until-idle", "--poll", "100ms", "--cpuprofile", prof); code != 0 {
				t.Fatalf("worker: exit %d: %s%s", code, out, errs)
			}
			if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
				t.Errorf("worker --cpuprofile: %v, want a profile", err)
			}
			if d, _ := registerCounts(t, db); d != docs+1 {
				t.Fatalf("%d documents after the retry, want %d", d, docs+1)
			}
			if _, out, _ = runCLI(t, "", "jobs", "--db", db, "--state", "failed"); strings.Count(out, "\n") != 1 {
				t.Fatalf("still failed after the retry:\n%s", out)
			}
			if code, _, errs = runCLI(t, "", "jobs", "--db", db, "--state", "sleeping"); code != 1 || !strings.Contains(errs, "unknown job state") {
				t.Errorf("unknown state: exit %d, %s", code, errs)
			}
			// Re-extraction through the queue changes nothing here.
			before, facts := registerCounts(t, db)
			if code, out, errs = runCLI(t, "", "reextract", "--queue", "--db", db); code != 0 || !strings.Contains(out, "1 re-extraction jobs") {
				t.Fatalf("reextract --queue: exit %d: %s%s", code, out, errs)
			}
			runCLI(t, "", "worker", "--db", db, "--until-idle", "--poll", "100ms")
			if d, f := registerCounts(t, db); d != before || f != facts {
				t.Errorf("reextract through the queue: %d documents, %d facts; want %d, %d", d, f, before, facts)
			}
		})
	}
}

// writeCrawl writes a web archive of n distinct pages built from the
// corpus.
func writeCrawl(t *testing.T, path string, n int) {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var b bytes.Buffer
	w := source.NewWARCWriter(&b, true)
	for i := range n {
		text, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		var page strings.Builder
		fmt.Fprintf(&page, "<!doctype html><html><head><title>Dispatch %d</title></head><body><article><h1>Dispatch %d</h1>", i, i)
		for _, p := range strings.Split(string(text), "\n\n") {
			fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(p))
		}
		page.WriteString("</article></body></html>")
		if err := w.WriteResponse(fmt.Sprintf("https://news.example/%d", i), time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), "text/html; charset=utf-8", []byte(page.String())); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestKillWorker SIGKILLs a worker in the middle of a web archive (on
// PostgreSQL twice, beside a worker that runs all along); its jobs are
// rescued once stale, and the register ends with every document once, no
// job lost, and the facts of an inline ingest.
func TestKillWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	const n = 200
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	warc, _, refDocs, refFacts := referenceCrawl(ctx, t, n)
	workerFlags := []string{"--poll", "100ms", "--job-timeout", "5s", "--rescue-after", "6s", "--concurrency", "2"}
	for name, db := range queueDBs(t) {
		t.Run(name, func(t *testing.T) {
			if out, err := cli(ctx, "ingest", "--queue", "--segment", "20", "--db", db, warc).CombinedOutput(); err != nil {
				t.Fatalf("ingest --queue: %v\n%s", err, out)
			}
			// killAt starts a worker and SIGKILLs it once the register
			// holds more than docs documents.
			killAt := func(docs int) {
				cmd := cli(ctx, append([]string{"worker", "--db", db}, workerFlags...)...)
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
						t.Fatalf("the worker exited before the kill (%v): %s", err, out.String())
					case <-time.After(20 * time.Millisecond):
					}
					if d, _ := registerCounts(t, db); d > docs {
						cmd.Process.Signal(syscall.SIGKILL)
						<-exited
						return
					}
				}
			}
			// On PostgreSQL a second worker runs all along, and the first
			// is killed twice.
			var steady *exec.Cmd
			if name == "postgres" {
				steady = cli(ctx, append([]string{"worker", "--db", db}, workerFlags...)...)
				if err := steady.Start(); err != nil {
					t.Fatal(err)
				}
				defer steady.Process.Kill()
				killAt(n / 4)
				killAt(n / 2)
			} else {
				killAt(n / 4)
			}
			mid, _ := registerCounts(t, db)
			t.Logf("killed with %d documents stored", mid)
			if mid >= refDocs {
				t.Fatalf("everything was stored before the kill (%d)", mid)
			}
			start := time.Now()
			if out, err := cli(ctx, append([]string{"worker", "--db", db, "--until-idle"}, workerFlags...)...).CombinedOutput(); err != nil {
				t.Fatalf("last worker: %v\n%s", err, out)
			}
			t.Logf("the last worker finished in %s", time.Since(start).Round(time.Second))
			if steady != nil {
				steady.Process.Signal(syscall.SIGTERM)
				if err := steady.Wait(); err != nil {
					t.Errorf("the steady worker: %v", err)
				}
			}
			docs, facts := registerCounts(t, db)
			if docs != refDocs || facts != refFacts {
				t.Errorf("after the kill: %d documents, %d facts; inline ingest %d, %d", docs, facts, refDocs, refFacts)
			}
			jobs, err := cli(ctx, "jobs", "--db", db, "--limit", "100").CombinedOutput()
			if err != nil {
				t.Fatal(err)
			}
			if c := strings.Count(string(jobs), " completed "); c != n/20 {
				t.Errorf("%d jobs completed, want %d:\n%s", c, n/20, jobs)
			}
		})
	}
}

// referenceCrawl writes a generated archive of n pages and ingests it in
// one process into a SQLite register: the archive, that register and its
// document and fact counts, what queued ingests must end with.
func referenceCrawl(ctx context.Context, t *testing.T, n int) (warc, ref string, docs, facts int) {
	t.Helper()
	warc = filepath.Join(t.TempDir(), "crawl.warc.gz")
	writeCrawl(t, warc, n)
	ref = filepath.Join(t.TempDir(), "ref.db")
	if out, err := cli(ctx, "ingest", "--db", ref, warc).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	docs, facts = registerCounts(t, ref)
	if docs < n*9/10 || facts == 0 {
		t.Fatalf("reference: %d documents, %d facts", docs, facts)
	}
	return warc, ref, docs, facts
}
