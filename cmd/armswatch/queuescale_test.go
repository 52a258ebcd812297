package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// scaleDocs is the size of TestQueueScale's archive: the 2,000
// pages (about 85 s on 2 shared cores), or $ARMSWATCH_SCALE_DOCS:
//
//	ARMSWATCH_SCALE_DOCS=500 go test -count=1 -run TestQueueScale -v ./cmd/armswatch
func scaleDocs(t *testing.T) int {
	if v := os.Getenv("ARMSWATCH_SCALE_DOCS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 40 {
			t.Fatalf("ARMSWATCH_SCALE_DOCS=%q: want a number of at least 40", v)
		}
		return n
	}
	return 2000
}

// TestQueueScale is the queue on several machines, in processes: a
// PostgreSQL-backed serve and three workers work a generated web archive;
// one worker is SIGKILLed twice mid-run and started again each time. The
// register ends with every document once, every job completed, and the
// facts of a single-process ingest of the same archive, while serve
// answers all along.
func TestQueueScale(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	db, ok := queueDBs(t)["postgres"]
	if !ok {
		t.Skip("no PostgreSQL server (set ARMSWATCH_TEST_PG): the queue's scale test needs one")
	}
	n := scaleDocs(t)
	const segment = 20
	jobsWant := (n + segment - 1) / segment
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()

	// The single-process reference, into SQLite.
	warc, ref, refDocs, refFacts := referenceCrawl(ctx, t, n)
	t.Logf("reference ingest of %d pages: %d documents, %d facts in %s", n, refDocs, refFacts, time.Since(start).Round(time.Second))

	if out, err := cli(ctx, "ingest", "--queue", "--segment", strconv.Itoa(segment), "--db", db, warc).CombinedOutput(); err != nil || !strings.Contains(string(out), fmt.Sprintf("%d jobs enqueued", jobsWant)) {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}

	// serve, and a prober that asks it for /readyz and an API page until
	// the end.
	addr := freeAddr(t)
	var serveOut syncBuffer
	serve := cli(ctx, "serve", "--db", db, "--addr", addr, "--rate", "1000", "--burst", "1000")
	serve.Stdout, serve.Stderr = &serveOut, &serveOut
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		serve.Process.Signal(syscall.SIGTERM)
		serve.Wait()
	}()
	base := "http://" + addr
	client := &http.Client{Timeout: 10 * time.Second}
	probe := func() error {
		for _, path := range []string{"/readyz", "/api/v1/stats", "/api/v1/facts?limit=5"} {
			resp, err := client.Get(base + path)
			if err != nil {
				return err
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				return fmt.Errorf("%s: %s: %s", path, resp.Status, body)
			}
			if strings.HasPrefix(path, "/api/") && !json.Valid(body) {
				return fmt.Errorf("%s: not JSON: %.200s", path, body)
			}
		}
		return nil
	}
	for deadline := time.Now().Add(time.Minute); ; {
		if probe() == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve is not ready after a minute: %v\n%s", probe(), serveOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	var (
		probes    int
		probeErrs []string
		probeMu   sync.Mutex
	)
	stopProbe := make(chan struct{})
	probeDone := make(chan struct{})
	go func() {
		defer close(probeDone)
		for {
			select {
			case <-stopProbe:
				return
			case <-time.After(500 * time.Millisecond):
			}
			err := probe()
			probeMu.Lock()
			probes++
			if err != nil {
				probeErrs = append(probeErrs, err.Error())
			}
			probeMu.Unlock()
		}
	}()

	// Three workers; the third is killed twice and started again.
	workerFlags := []string{"worker", "--db", db, "--poll", "100ms", "--concurrency", "1", "--job-timeout", "15s", "--rescue-after", "20s"}
	startWorker := func() (*exec.Cmd, chan error, *syncBuffer) {
		cmd := cli(ctx, workerFlags...)
		out := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		return cmd, exited, out
	}
	type worker struct {
		cmd    *exec.Cmd
		exited chan error
		out    *syncBuffer
	}
	var workers []worker
	defer func() {
		for _, w := range workers {
			w.cmd.Process.Kill()
		}
	}()
	for range 3 {
		c, e, o := startWorker()
		workers = append(workers, worker{c, e, o})
	}
	for i, at := range []int{n / 4, n / 2} {
		w := workers[2]
		for {
			select {
			case err := <-w.exited:
				t.Fatalf("the worker exited before kill %d (%v): %s", i+1, err, w.out.String())
			case <-time.After(50 * time.Millisecond):
			}
			if d, _ := registerCounts(t, db); d > at {
				break
			}
		}
		w.cmd.Process.Signal(syscall.SIGKILL)
		<-w.exited
		d, _ := registerCounts(t, db)
		t.Logf("kill %d with %d documents stored (%s)", i+1, d, time.Since(start).Round(time.Second))
		if d >= refDocs {
			t.Fatalf("everything was stored before kill %d (%d)", i+1, d)
		}
		c, e, o := startWorker()
		workers[2] = worker{c, e, o}
	}

	// A last worker until the queue is idle (it also rescues the killed
	// worker's jobs), then the three are stopped gracefully.
	if out, err := cli(ctx, append(workerFlags, "--until-idle")...).CombinedOutput(); err != nil {
		t.Fatalf("last worker: %v\n%s", err, out)
	}
	for i, w := range workers {
		w.cmd.Process.Signal(syscall.SIGTERM)
		if err := <-w.exited; err != nil {
			t.Errorf("worker %d: %v\n%s", i+1, err, w.out.String())
		}
	}
	workers = nil
	t.Logf("queue idle after %s", time.Since(start).Round(time.Second))

	// serve answered all along, and still does.
	close(stopProbe)
	<-probeDone
	if err := probe(); err != nil {
		t.Errorf("serve after the run: %v", err)
	}
	if len(probeErrs) > 0 {
		t.Errorf("%d of %d probes of serve failed during the run, first: %s", len(probeErrs), probes, probeErrs[0])
	}
	if probes < 3 {
		t.Errorf("serve was probed %d times during the run", probes)
	}

	// Every document once, every job completed.
	docs, facts := registerCounts(t, db)
	if docs != refDocs || facts != refFacts {
		t.Errorf("after the kills: %d documents, %d facts; single-process ingest %d, %d", docs, facts, refDocs, refFacts)
	}
	out, err := cli(ctx, "jobs", "--db", db, "--format", "json", "--limit", strconv.Itoa(10*jobsWant)).Output()
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]int{}
	total := 0
	for line := range strings.Lines(string(out)) {
		var j struct{ State string }
		if err := json.Unmarshal([]byte(line), &j); err != nil {
			t.Fatalf("jobs --format json: %v: %q", err, line)
		}
		states[j.State]++
		total++
	}
	if total != jobsWant || states["completed"] != jobsWant {
		t.Errorf("jobs: %v (%d in all); want %d completed", states, total, jobsWant)
	}

	// The facts are the single-process ingest's, field for field.
	got, want := factDump(t, ctx, db), factDump(t, ctx, ref)
	if len(want) != refFacts {
		t.Fatalf("the reference dump has %d facts, the register %d", len(want), refFacts)
	}
	if !slices.Equal(got, want) {
		shown := 0
		for _, f := range want {
			if _, found := slices.BinarySearch(got, f); !found && shown < 3 {
				t.Errorf("missing on PostgreSQL: %s", f)
				shown++
			}
		}
		for _, f := range got {
			if _, found := slices.BinarySearch(want, f); !found && shown < 6 {
				t.Errorf("not in the single-process ingest: %s", f)
				shown++
			}
		}
		t.Errorf("the facts differ: %d on PostgreSQL, %d in the single-process ingest", len(got), len(want))
	}
	t.Logf("%d documents, %d facts, %d jobs, %d probes of serve; %s in all", docs, facts, total, probes, time.Since(start).Round(time.Second))
}

// factDump is the register's facts as sorted JSON lines without their
// ids (a fact's id is the order it was stored in; its document's id is
// the hash of the document's bytes and stays).
func factDump(t *testing.T, ctx context.Context, db string) []string {
	t.Helper()
	out, err := cli(ctx, "query", "--db", db, "--format", "json", "--limit", "10000000").Output()
	if err != nil {
		t.Fatalf("query %s: %v", db, err)
	}
	var lines []string
	for line := range strings.Lines(string(out)) {
		var f map[string]any
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("query --format json: %v: %q", err, line)
		}
		delete(f, "id")
		b, _ := json.Marshal(f) // map keys sorted
		lines = append(lines, string(b))
	}
	slices.Sort(lines)
	return lines
}

// freeAddr is a loopback address with a port free at the time of asking.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// syncBuffer is a bytes.Buffer that a subprocess's output copier and the
// test may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
