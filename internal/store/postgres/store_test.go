package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// The tests run against a real server: ARMSWATCH_TEST_PG, else the local
// default below. Each test gets its own schema, dropped when it ends.
const defaultTestDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

func baseDSN() string {
	if dsn := os.Getenv("ARMSWATCH_TEST_PG"); dsn != "" {
		return dsn
	}
	return defaultTestDSN
}

// adminExec runs one statement on a fresh connection to the base DSN.
func adminExec(ctx context.Context, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, baseDSN())
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

var server struct {
	once sync.Once
	err  error
}

// serverUp reports why the test server is unusable, or nil. It also
// installs unaccent in public once, so that no test schema owns the
// extension (dropping that schema would drop it under the other tests).
func serverUp() error {
	server.once.Do(func() {
		ctx := context.Background()
		if server.err = adminExec(ctx, "SELECT 1"); server.err != nil {
			return
		}
		// Without the privilege the migration falls back to 'simple' too.
		_ = adminExec(ctx, "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
	})
	return server.err
}

// testDSN creates a schema for t and returns a DSN whose search_path is it.
func testDSN(t testing.TB) string {
	t.Helper()
	if err := serverUp(); err != nil {
		t.Skipf("no PostgreSQL for the tests (set ARMSWATCH_TEST_PG to a server where schemas may be created): %v", err)
	}
	b := make([]byte, 8)
	rand.Read(b)
	schema := "aw_test_" + hex.EncodeToString(b)
	if err := adminExec(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if err := adminExec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	dsn := baseDSN()
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

// openTest opens a store in a new schema of its own.
func openTest(t testing.TB) *Store {
	t.Helper()
	return openDSN(t, testDSN(t))
}

func openDSN(t testing.TB, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// count is SELECT COUNT(*) FROM table.
func count(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.pool.QueryRow(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// foldsAccents reports whether the search configuration has unaccent.
func foldsAccents(t testing.TB, s *Store) bool {
	t.Helper()
	var ok bool
	if err := s.pool.QueryRow(context.Background(),
		`SELECT to_tsvector('armswatch', 'coopération') = to_tsvector('armswatch', 'cooperation')`).Scan(&ok); err != nil {
		t.Fatal(err)
	}
	return ok
}

// TestStore runs the behaviour suite both adapters pass, each test in a
// schema of its own.
func TestStore(t *testing.T) {
	t.Parallel()
	ms, err := rows.Migrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	storetest.Run(t, storetest.Adapter[*Store]{
		Open:  func(t testing.TB) *Store { return openTest(t) },
		Count: count,
		SetDupOf: func(t testing.TB, s *Store, id, orig string) {
			t.Helper()
			if _, err := s.pool.Exec(context.Background(), `UPDATE documents SET dup_of = $1 WHERE id = $2`, orig, id); err != nil {
				t.Fatalf("set dup_of of %s: %v", id, err)
			}
		},
		ErrNotFound: ErrNotFound,
		Reopen: func(t testing.TB) func(context.Context) (*Store, error) {
			dsn := testDSN(t)
			return func(ctx context.Context) (*Store, error) { return Open(ctx, dsn) }
		},
		Migrations:   ms,
		Tables:       []string{"passages", "passage_terms"},
		FoldsAccents: foldsAccents,
		Stems:        true,
		Parallel:     true,
		Deals:        dealHooks,
		ReviewKey: func(t testing.TB, s *Store, doc string, ordinal int) string {
			t.Helper()
			var key string
			if err := s.pool.QueryRow(context.Background(), `SELECT fact_review_key(f) FROM facts f WHERE f.document_id = $1 AND f.ordinal = $2`, doc, ordinal).Scan(&key); err != nil {
				t.Fatal(err)
			}
			return key
		},
		Stored: func(t testing.TB, s *Store, doc string) []domain.StoredFact {
			t.Helper()
			rs, err := s.pool.Query(context.Background(), `SELECT f.id, f.document_id, d.source, COALESCE(d.language, ''), COALESCE(d.published, ''), f.body
				FROM facts f JOIN documents d ON d.id = f.document_id WHERE f.document_id = $1 ORDER BY f.ordinal`, doc)
			if err != nil {
				t.Fatal(err)
			}
			out, err := pgx.CollectRows(rs, func(row pgx.CollectableRow) (domain.StoredFact, error) {
				var sf domain.StoredFact
				err := row.Scan(&sf.ID, &sf.DocumentID, &sf.Source, &sf.Language, &sf.Published, &sf.Fact)
				return sf, err
			})
			if err != nil {
				t.Fatal(err)
			}
			return out
		},
	})
}

func TestOpenConcurrently(t *testing.T) {
	t.Parallel()
	dsn := testDSN(t)
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			s, err := Open(context.Background(), dsn)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open #%d: %v", i, err)
		}
	}
	ms, _ := rows.Migrations(migrationFS, "migrations")
	if got := count(t, openDSN(t, dsn), "schema_migrations"); got != len(ms) {
		t.Errorf("%d schema_migrations rows, want %d", got, len(ms))
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := testDSN(t)
	s := openDSN(t, dsn)
	if _, err := s.pool.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future.sql')`); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, dsn)
	if err == nil {
		s2.Close()
		t.Fatal("Open of a newer database succeeded")
	}
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("err = %v, want ErrSchemaTooNew", err)
	}
}

func TestOpenBadDSN(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, dsn string }{
		{"empty", " "},
		{"unparsable", "postgres://u:s3cret@[::1/x"},
		{"nobody listening", "postgres://u:s3cret@127.0.0.1:1/x?sslmode=disable&connect_timeout=2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(context.Background(), tc.dsn)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want error", tc.dsn)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error leaks the password: %v", err)
			}
		})
	}
}

func TestTestSchemaIsDropped(t *testing.T) {
	t.Parallel()
	var schema string
	t.Run("inner", func(t *testing.T) {
		s := openTest(t)
		if err := s.pool.QueryRow(context.Background(), "SELECT current_schema()").Scan(&schema); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(schema, "aw_test_") {
			t.Fatalf("current_schema = %q, want the test's own", schema)
		}
	})
	if schema == "" {
		return // skipped or failed: nothing to check
	}
	conn, err := pgx.Connect(context.Background(), baseDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(context.Background(), "SELECT COUNT(*) FROM pg_namespace WHERE nspname = $1", schema).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("schema %s still exists after its test", schema)
	}
}
