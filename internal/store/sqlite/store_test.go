package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// openTest opens a store for a test: ":memory:" or a file in t.TempDir().
func openTest(t testing.TB, file bool) *Store {
	t.Helper()
	path := ":memory:"
	if file {
		path = filepath.Join(t.TempDir(), "register.db")
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// count is SELECT COUNT(*) FROM table.
func count(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// checkIntegrity fails t unless SQLite and the FTS index report no damage.
func checkIntegrity(t testing.TB, s *Store) {
	t.Helper()
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatalf("integrity_check: %v", err)
	}
	if res != "ok" {
		t.Fatalf("integrity_check = %q, want ok", res)
	}
	if _, err := s.db.Exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Fatalf("fts integrity-check: %v", err)
	}
}

// dealsOnFiles gives the deal hooks to the file run only: the deal tests
// save hundreds of documents, and the store they test is the same.
func dealsOnFiles(file bool) *storetest.DealHooks[*Store] {
	if file {
		return dealHooks
	}
	return nil
}

// TestStore runs the behaviour suite both adapters pass, on private
// in-memory databases and on files (WAL, a pool of connections).
func TestStore(t *testing.T) {
	ms, err := rows.Migrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []bool{false, true} {
		t.Run(fmt.Sprintf("file=%v", file), func(t *testing.T) {
			storetest.Run(t, storetest.Adapter[*Store]{
				Open:   func(t testing.TB) *Store { return openTest(t, file) },
				Count:  count,
				Tables: []string{"documents_fts", "passages", "passage_terms"},
				SetDupOf: func(t testing.TB, s *Store, id, orig string) {
					t.Helper()
					if _, err := s.db.Exec(`UPDATE documents SET dup_of = ? WHERE id = ?`, orig, id); err != nil {
						t.Fatalf("set dup_of of %s: %v", id, err)
					}
				},
				ErrNotFound: ErrNotFound,
				// A file even in the memory run: a memory database cannot be reopened.
				Reopen: func(t testing.TB) func(context.Context) (*Store, error) {
					path := filepath.Join(t.TempDir(), "r.db")
					return func(ctx context.Context) (*Store, error) { return Open(ctx, path) }
				},
				Migrations: ms,
				Check:      checkIntegrity,
				Stored: func(t testing.TB, s *Store, doc string) []domain.StoredFact {
					t.Helper()
					return storedOf(t, s, doc)
				},
				Deals: dealsOnFiles(file),
				ReviewKey: func(t testing.TB, s *Store, doc string, ordinal int) string {
					t.Helper()
					var key string
					if err := s.db.QueryRow(`SELECT `+factKeySQL+` FROM facts f WHERE f.document_id = ? AND f.ordinal = ?`, doc, ordinal).Scan(&key); err != nil {
						t.Fatal(err)
					}
					return key
				},
			})
		})
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (9999, 'future')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err == nil {
		s.Close()
		t.Fatal("Open of a newer database succeeded")
	}
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("err = %v, want ErrSchemaTooNew", err)
	}
}

func TestOpenBadPaths(t *testing.T) {
	for _, path := range []string{"", "a?b.db", "x#y.db", filepath.Join(t.TempDir(), "missing-dir", "r.db")} {
		s, err := Open(context.Background(), path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want error", path)
		}
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name        string
		file        bool
		journalMode string
	}{
		{"file", true, "wal"},
		{"memory", false, "memory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, tc.file)
			conns := 1
			if tc.file {
				conns = 3
			}
			// Hold several connections at once so the pool must open new ones.
			for i := range conns {
				c, err := s.db.Conn(ctx)
				if err != nil {
					t.Fatal(err)
				}
				defer c.Close()
				var jm string
				var fk, bt, sync int
				if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&jm); err != nil {
					t.Fatal(err)
				}
				if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
					t.Fatal(err)
				}
				if err := c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&bt); err != nil {
					t.Fatal(err)
				}
				if err := c.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil {
					t.Fatal(err)
				}
				if jm != tc.journalMode || fk != 1 || bt != 5000 || sync != 1 {
					t.Errorf("conn %d: journal_mode=%s foreign_keys=%d busy_timeout=%d synchronous=%d; want %s 1 5000 1",
						i, jm, fk, bt, sync, tc.journalMode)
				}
			}
		})
	}
}

// storedOf reads the facts of document doc as stored (extracted values,
// rejected facts included), in ordinal order.
func storedOf(t testing.TB, s *Store, doc string) []domain.StoredFact {
	t.Helper()
	rfs, err := queryRegisterOn(context.Background(), s.db, false, false, ` WHERE f.document_id = ? ORDER BY f.ordinal`, doc)
	if err != nil {
		t.Fatal(err)
	}
	return storedFacts(rfs)
}
