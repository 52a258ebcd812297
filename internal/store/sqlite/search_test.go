package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// TestSearchRanksRecentMatches checks that a word found in more documents
// than sqlreg.SearchRankWindow still gives the best-ranked hits among the most
// recent ones, and that a rare word is found in an old document.
func TestSearchRanksRecentMatches(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := sqlreg.SearchRankWindow + 200
	for i := 0; i < n; i++ {
		text := "Generated report on arms transfers."
		if i == 0 {
			text += " Egypt ordered Rafale jets."
		}
		if i == n-1 {
			text = "Arms arms arms: the arms trade."
		}
		if _, err := st.SaveDocument(ctx, &domain.Document{ID: fmt.Sprintf("d%04d", i), Source: "s", Language: "en", Text: text}, nil); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := st.SearchDocuments(ctx, "arms", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 5 || hits[0].ID != fmt.Sprintf("d%04d", n-1) {
		t.Errorf("arms: %d hits, first %+v", len(hits), hits)
	}
	if hits, err := st.SearchDocuments(ctx, "rafale", 5); err != nil || len(hits) != 1 || hits[0].ID != "d0000" {
		t.Errorf("rafale: %+v, %v", hits, err)
	}
}

// TestMigrationBuildsPassages: the long documents of a register stored
// before migration 010 are cut into passages when it is next opened, and
// a document whose text changes is cut again.
func TestMigrationBuildsPassages(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	ms, err := rows.Migrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Version >= 10 {
			break
		}
		if _, err := db.Exec(m.SQL); err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations VALUES (?, 'test')`, m.Version); err != nil {
			t.Fatal(err)
		}
	}
	for i, text := range []string{storetest.LongText(300<<10, "Rafale"), "A short note on fighter jets."} {
		if _, err := db.Exec(`INSERT INTO documents (id, seq, source, language, text) VALUES (?, ?, 'old.txt', 'en', ?)`,
			fmt.Sprintf("old%d", i), i+1, text); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p < (300<<10)/rows.PassageSize || b != 0 {
		t.Fatalf("after the migration: %d passages, %d on the backlog", p, b)
	}
	storetest.CheckLongSnippet(t, s, "old0", "Rafale")
	if _, err := s.db.Exec(`UPDATE documents SET text = ? WHERE id = 'old0'`, storetest.LongText(200<<10, "Mirage")); err != nil {
		t.Fatal(err)
	}
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p != 0 || b != 1 {
		t.Errorf("after a new text: %d passages, %d on the backlog", p, b)
	}
	storetest.CheckLongSnippet(t, s, "old0", "Mirage") // from the whole text meanwhile
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p < (200<<10)/rows.PassageSize || b != 0 {
		t.Errorf("reopened: %d passages, %d on the backlog", p, b)
	}
	storetest.CheckLongSnippet(t, s, "old0", "Mirage")
}
