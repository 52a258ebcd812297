// Package storetest is the behaviour suite that both register adapters
// (internal/store/sqlite and internal/store/postgres) pass: reopening a
// migrated database, saving and reading back documents and facts, failed
// and concurrent saves, the Facts filters, full-text search, Stats and Rank
// (near-duplicate copies included), all through domain.Store, domain.Ranker
// and the adapters' SearchDocuments, DocumentCount and SchemaVersion, and
// the web register's reads and writes (register.go: paged queries, reviews,
// watchlists, pair sheets, search pages, document lists, deal selections,
// feeds, near-duplicates, the reference register), and the deals each write
// assigns (dealwindow.go: as those of whole keys, at a cost growing with
// the documents). An adapter's tests call Run with an Adapter that opens
// fresh stores and reaches into their database where the suite must (row
// counts, integrity, near-duplicate marks). Tests of one database only
// (pragmas, schemas and their lock, a schema newer than the build, hooks
// inside a transaction, column encodings) stay in the adapter's package;
// they can use the fixtures here (Doc, ThreeFacts, SeedFilters).
package storetest

import (
	"context"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
)

// Store is what the suite drives: a register that ranks, searches its
// documents and counts them.
type Store interface {
	domain.Store
	domain.Ranker
	domain.Tabler
	SearchDocuments(ctx context.Context, q string, limit int) ([]rows.SearchHit, error)
	DocumentCount(ctx context.Context) (int, error)
	SchemaVersion(ctx context.Context) (int, error)
	domain.Reextractor
	// Every capability the CLI and the web server use (register.go
	// tests them).
	domain.FullRegister
}

// Adapter tells the suite how to open and look into one adapter's stores.
// Open, Count, SetDupOf, ErrNotFound, Reopen and Migrations are required.
type Adapter[S Store] struct {
	// Open returns a new, empty store, closed when t ends. Two stores it
	// returns never share data.
	Open func(t testing.TB) S
	// Count is the number of rows of a table of s: "documents", "facts"
	// or one of Tables.
	Count func(t testing.TB, s S, table string) int
	// Reopen returns a function that opens one same new database (a file,
	// a schema) each time it is called; the caller closes what it opens.
	Reopen func(t testing.TB) func(ctx context.Context) (S, error)
	// Migrations are the adapter's migrations, in version order.
	Migrations []rows.Migration
	// Tables are more tables (indexes kept as tables) whose row counts a
	// repeated or failed save must leave alone, beyond documents and facts.
	Tables []string
	// SetDupOf records that document id is a near-duplicate copy of the
	// group whose first document is orig (what the resolve stage writes).
	SetDupOf func(t testing.TB, s S, id, orig string)
	// Check, when set, fails t if the store's database or indexes are
	// damaged; the suite calls it after failed and concurrent writes.
	Check func(t testing.TB, s S)
	// FoldsAccents, when set, reports whether s's text search folds
	// accents; the cases that need folding are skipped when it says no.
	FoldsAccents func(t testing.TB, s S) bool
	// Stems says that s's text search also finds the other forms of a
	// word in a document's language (PostgreSQL's stemmers).
	Stems bool
	// ErrNotFound is the error Document wraps for an unknown id.
	ErrNotFound error
	// Stored, when set, returns the facts of a document as stored: the
	// extracted values, rejected facts included, in ordinal order. (Facts
	// reads the register as reviewed.) Stores with reviews need it.
	Stored func(t testing.TB, s S, doc string) []domain.StoredFact
	// Parallel runs the tests in parallel with each other.
	Parallel bool
	// ReviewKey, when set, is the review key the database computes (its
	// dialect's FactKey) for the fact of document doc at ordinal.
	ReviewKey func(t testing.TB, s S, doc string, ordinal int) string
	// Deals, when set, lets the deal assignment tests (dealwindow.go)
	// look at the deal columns; they are skipped without it.
	Deals *DealHooks[S]
}

// Run runs every test of the suite as a subtest of t.
func Run[S Store](t *testing.T, a Adapter[S]) {
	for _, tc := range []struct {
		name string
		run  func(*testing.T, Adapter[S])
	}{
		{"OpenMigratesIdempotently", OpenMigratesIdempotently[S]},
		{"SaveAndReadBack", SaveAndReadBack[S]},
		{"DocumentNotFound", DocumentNotFound[S]},
		{"ResaveChangesNothing", ResaveChangesNothing[S]},
		{"FailedSaveLeavesNothing", FailedSaveLeavesNothing[S]},
		{"ConcurrentSaves", ConcurrentSaves[S]},
		{"StoresAreIsolated", StoresAreIsolated[S]},
		{"FactsFilters", FactsFilters[S]},
		{"HostileTextSearch", HostileTextSearch[S]},
		{"SearchDocuments", SearchDocuments[S]},
		{"SearchLongDocument", SearchLongDocument[S]},
		{"SearchPassages", SearchPassages[S]},
		{"SearchWordForms", SearchWordForms[S]},
		{"Stats", Stats[S]},
		{"Rank", Rank[S]},
		{"RankCountsCopiesOnce", RankCountsCopiesOnce[S]},
		{"DealsCountOnce", DealsCountOnce[S]},
		{"RankMoney", RankMoney[S]},
		{"Table", Table[S]},
		{"ReplaceFactsKeepsReviews", ReplaceFactsKeepsReviews[S]},
		{"ReviewsReachEveryReader", ReviewsReachEveryReader[S]},
		{"AddedFactSurvivesReextract", AddedFactSurvivesReextract[S]},
		{"ReviewKeyMatchesSQL", ReviewKeyMatchesSQL[S]},
		{"DealWindowsMatchWholeKeys", DealWindowsMatchWholeKeys[S]},
		{"DealAssignmentGrowth", DealAssignmentGrowth[S]},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, a) })
	}
	for _, tc := range registerTests[S]() {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, a) })
	}
}

// OpenMigratesIdempotently: opening a database again applies no migration
// twice, keeps its data and leaves it at the latest version.
func OpenMigratesIdempotently[S Store](t *testing.T, a Adapter[S]) {
	if a.Parallel {
		t.Parallel()
	}
	ctx := context.Background()
	ms := a.Migrations
	if len(ms) == 0 || ms[0].Version != 1 {
		t.Fatalf("migrations = %v, want 001 first", ms)
	}
	open := a.Reopen(t)
	doc := Doc("idem", "en", "2024-01-02", "Idempotent migrations keep this text.")
	for i := range 3 {
		s, err := open(ctx)
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		if i == 0 {
			if _, err := s.SaveDocument(ctx, doc, []domain.Fact{{Type: domain.TypeTransfer}}); err != nil {
				t.Fatal(err)
			}
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := ms[len(ms)-1].Version; v != want {
			t.Errorf("open #%d: version = %d, want %d", i+1, v, want)
		}
		if got := a.Count(t, s, "schema_migrations"); got != len(ms) {
			t.Errorf("open #%d: %d schema_migrations rows, want %d", i+1, got, len(ms))
		}
		if n, err := s.DocumentCount(ctx); err != nil || n != 1 {
			t.Errorf("open #%d: DocumentCount = %d, %v; want 1", i+1, n, err)
		}
		a.check(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// open starts a test: parallel if the adapter says so, on a new store.
func (a Adapter[S]) open(t *testing.T) S {
	t.Helper()
	if a.Parallel {
		t.Parallel()
	}
	return a.Open(t)
}

func (a Adapter[S]) check(t testing.TB, s S) {
	t.Helper()
	if a.Check != nil {
		a.Check(t, s)
	}
}

// review records a reviewer's decision on a fact.
func review[S Store](t testing.TB, s S, in domain.ReviewInput) {
	t.Helper()
	if _, err := s.ReviewFact(context.Background(), in); err != nil {
		t.Fatal(err)
	}
}

// reviewStatuses maps each stored fact that has a review to its status.
func reviewStatuses[S Store](t testing.TB, s S) map[int64]string {
	t.Helper()
	q := domain.FactQuery{IncludeRejected: true}
	q.Limit = MaxFacts
	page, err := s.QueryFacts(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	st := map[int64]string{}
	for _, f := range page.Facts {
		if f.ReviewStatus != "" {
			st[f.ID] = f.ReviewStatus
		}
	}
	return st
}

// MaxFacts bounds the facts a suite's register holds.
const MaxFacts = 1000
