package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/samples"
	"github.com/armswatch/armswatch/internal/store/postgres"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// testPG is the PostgreSQL server of the tests (ARMSWATCH_TEST_PG, else
// the local default); each test gets a schema of its own.
func testPG() string {
	if dsn := os.Getenv("ARMSWATCH_TEST_PG"); dsn != "" {
		return dsn
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

func adminExec(sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, testPG())
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// backend is one database the tests run on: its --db and how to open the
// register on it.
type backend struct {
	name string
	db   string
}

func (b backend) open(t testing.TB) domain.Store {
	t.Helper()
	var (
		st  domain.Store
		err error
	)
	if IsPostgres(b.db) {
		st, err = postgres.Open(context.Background(), b.db)
	} else {
		st, err = sqlite.Open(context.Background(), b.db)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// backends returns SQLite (always) and PostgreSQL (when a server answers),
// each fresh.
func backends(t *testing.T) []backend {
	out := []backend{{"sqlite", filepath.Join(t.TempDir(), "reg.db")}}
	if err := adminExec("SELECT 1"); err != nil {
		t.Logf("no PostgreSQL for the tests (set ARMSWATCH_TEST_PG): %v", err)
		return out
	}
	_ = adminExec("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
	b := make([]byte, 6)
	rand.Read(b)
	schema := "aw_queue_" + hex.EncodeToString(b)
	if err := adminExec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if err := adminExec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	u, err := url.Parse(testPG())
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return append(out, backend{"postgres", u.String()})
}

func newPipeline() *pipeline.Pipeline {
	return &pipeline.Pipeline{Extractor: extract.New(lexicon.Default())}
}

func testOptions() Options {
	return Options{Pipeline: newPipeline(), Concurrency: 4, Poll: 50 * time.Millisecond, BatchDelay: 5 * time.Millisecond}
}

func openQueue(t testing.TB, b backend, st domain.Store, o Options) *Queue {
	t.Helper()
	q, err := Open(context.Background(), b.db, st, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func runIdle(t testing.TB, q *Queue) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := q.RunUntilIdle(ctx, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("the queue did not drain within a minute")
	}
}

func sampleDir(t testing.TB) string {
	dir := t.TempDir()
	if err := samples.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func stats(t testing.TB, st domain.Store) domain.Stats {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// inline is what the inline ingest stores from dir: the reference.
func inline(t *testing.T, dir string) domain.Stats {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "inline.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum := newPipeline().Ingest(context.Background(), st, []string{dir}, testOptions().Source, nil)
	if sum.Failed > 0 {
		t.Fatalf("inline ingest: %s", sum)
	}
	return stats(t, st)
}

func TestIngestThroughQueue(t *testing.T) {
	dir := sampleDir(t)
	want := inline(t, dir)
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			q := openQueue(t, b, st, testOptions())
			ctx := context.Background()
			e, err := q.Enqueue(ctx, []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			if e.Files != want.Documents || e.Jobs != e.Files {
				t.Fatalf("enqueued %s, want %d files", e, want.Documents)
			}
			// Enqueued twice before any work: the second is a duplicate.
			if e2, err := q.Enqueue(ctx, []string{dir}); err != nil || e2.Jobs != 0 || e2.Duplicates != e.Files {
				t.Fatalf("second enqueue: %s, %v; want only duplicates", e2, err)
			}
			runIdle(t, q)
			got := stats(t, st)
			if got.Documents != want.Documents || got.Facts != want.Facts {
				t.Fatalf("queue stored %d documents, %d facts; inline %d, %d", got.Documents, got.Facts, want.Documents, want.Facts)
			}
			if c := q.Counts(); c.Stored != int64(want.Documents) {
				t.Errorf("counts %+v, want %d stored", c, want.Documents)
			}
			// Every stored document has its near-duplicate fingerprint
			// (none is computed again when grouping).
			if nd, ok := st.(nearDuplicater); ok {
				computed, seen := 0, 0
				_, err := nd.UpdateNearDuplicates(ctx, func(string) uint64 { computed++; return 1 }, func(d []domain.DocHash) map[string]string {
					seen = len(d)
					return nil
				})
				if err != nil || computed != 0 || seen != want.Documents {
					t.Errorf("near-duplicates: %d fingerprints computed again, %d seen, %v; want 0, %d", computed, seen, err, want.Documents)
				}
			}
			jobs, err := q.Jobs(ctx, "completed", 1000)
			if err != nil || len(jobs) != e.Files {
				t.Fatalf("%d completed jobs (%v), want %d", len(jobs), err, e.Files)
			}
			// Once completed, the same inputs may be queued again; they
			// store nothing more.
			q2 := openQueue(t, b, st, testOptions())
			if e3, err := q2.Enqueue(ctx, []string{dir}); err != nil || e3.Jobs != e.Files {
				t.Fatalf("enqueue after completion: %s, %v", e3, err)
			}
			runIdle(t, q2)
			if got2 := stats(t, st); got2.Documents != want.Documents || got2.Facts != want.Facts {
				t.Fatalf("after a second run: %d documents, %d facts; want %d, %d", got2.Documents, got2.Facts, want.Documents, want.Facts)
			}
			if c := q2.Counts(); c.Unchanged != int64(want.Documents) || c.Stored != 0 {
				t.Errorf("second run counts %+v, want all unchanged", c)
			}
		})
	}
}

func TestEnqueueRefusesStdin(t *testing.T) {
	b := backends(t)[0]
	q := openQueue(t, b, b.open(t), testOptions())
	if _, err := q.Enqueue(context.Background(), []string{"-"}); err == nil {
		t.Fatal("stdin enqueued")
	}
	if _, err := q.Enqueue(context.Background(), []string{filepath.Join(t.TempDir(), "missing.html")}); err == nil {
		t.Fatal("a missing file enqueued")
	}
}

func TestOpenRefusesMemory(t *testing.T) {
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := Open(context.Background(), ":memory:", st, testOptions()); err == nil {
		t.Fatal("a queue in memory")
	}
}

// dumpJobs logs every job, to tell why a test failed.
func dumpJobs(t *testing.T, q *Queue) {
	js, err := q.Jobs(context.Background(), "", 100)
	if err != nil {
		t.Log(err)
	}
	for _, j := range js {
		t.Log(fmt.Sprintf("job %d %s %s attempt %d error %q args %s", j.ID, j.Kind, j.State, j.Attempt, j.LastError, j.Args))
	}
}

// Workers starting together on a new database: River's migrations run
// once, one process after the other, and every Open succeeds.
func TestOpenConcurrently(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			st := b.open(t)
			errs := make(chan error, 4)
			for range 4 {
				go func() {
					q, err := Open(context.Background(), b.db, st, testOptions())
					if err == nil {
						q.Close()
					}
					errs <- err
				}()
			}
			for range 4 {
				if err := <-errs; err != nil {
					t.Error(err)
				}
			}
		})
	}
}
