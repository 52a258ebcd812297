package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
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
	checkFTSTerms(t, s, "old0", true) // 011: the long document's words replace its text in the index
	checkFTSTerms(t, s, "old1", false)
	checkIntegrity(t, s)
	if _, err := s.db.Exec(`UPDATE documents SET text = ? WHERE id = 'old0'`, storetest.LongText(200<<10, "Mirage")); err != nil {
		t.Fatal(err)
	}
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p != 0 || b != 1 {
		t.Errorf("after a new text: %d passages, %d on the backlog", p, b)
	}
	checkFTSTerms(t, s, "old0", false) // the old words are stale: the new text is indexed
	checkIntegrity(t, s)
	storetest.CheckLongSnippet(t, s, "old0", "Mirage") // from the whole text meanwhile
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p < (200<<10)/rows.PassageSize || b != 0 {
		t.Errorf("reopened: %d passages, %d on the backlog", p, b)
	}
	checkFTSTerms(t, s, "old0", true)
	checkIntegrity(t, s)
	storetest.CheckLongSnippet(t, s, "old0", "Mirage")
	if hits, err := s.SearchDocuments(ctx, "Rafale", 10); err != nil || len(hits) != 0 {
		t.Errorf("the old text's word: %v %v", hits, err)
	}
}

// checkFTSTerms fails t unless document id's full-text index holds its
// distinct words (want) or its text.
func checkFTSTerms(t *testing.T, s *Store, id string, want bool) {
	t.Helper()
	var has bool
	if err := s.db.QueryRow(`SELECT fts_terms IS NOT NULL FROM documents WHERE id = ?`, id).Scan(&has); err != nil {
		t.Fatal(err)
	}
	if has != want {
		t.Errorf("%s: fts_terms set %v, want %v", id, has, want)
	}
}

// A long document is indexed by its distinct words: a search still ANDs
// words far apart in it, finds a word typed with its hyphen, and a word it
// does not hold finds nothing; the index stays whole when it is deleted.
func TestSearchLongDocumentWords(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "long.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	long := "Poland signs for Apache helicopters.\n\n" + storetest.LongText(300<<10, "F-16") + "\n\nThe deal covers K239 launchers."
	for _, d := range []*domain.Document{
		{ID: "long", Source: "long.txt", Language: "en", Text: long},
		{ID: "short", Source: "short.txt", Language: "en", Text: "Egypt ordered more Rafale jets."},
	} {
		if _, err := s.SaveDocument(ctx, d, nil); err != nil {
			t.Fatal(err)
		}
	}
	checkFTSTerms(t, s, "long", true)
	checkFTSTerms(t, s, "short", false)
	checkIntegrity(t, s)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Apache K239", []string{"long"}}, // first and last paragraphs
		{"f-16", []string{"long"}},
		{"Egypt", []string{"long", "short"}},
		{"Apache Rafale", nil},
		{"launch*", []string{"long"}},
	} {
		hits, err := s.SearchDocuments(ctx, tc.q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.q, got, tc.want)
		}
	}
	if _, err := s.db.Exec(`DELETE FROM documents WHERE id = 'long'`); err != nil {
		t.Fatal(err)
	}
	checkIntegrity(t, s)
	if hits, err := s.SearchDocuments(ctx, "Apache", 10); err != nil || len(hits) != 0 {
		t.Errorf("deleted: %v %v", hits, err)
	}
}
