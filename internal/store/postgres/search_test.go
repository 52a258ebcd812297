package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// TestMigrationRebuildsSearch: a register stored before migration 011 is
// indexed again with its documents' languages, and its long documents are
// cut into passages when it is next opened; a document whose text changes
// is cut again.
func TestMigrationRebuildsSearch(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn := testDSN(t)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := rows.Migrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Version >= 11 {
			break
		}
		if _, err := conn.Exec(ctx, m.SQL); err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if _, err := conn.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range [][2]string{
		{"old0", storetest.LongText(300<<10, "Rafale")},
		{"old1", "The ministry ordered two missiles."},
	} {
		if _, err := conn.Exec(ctx, `INSERT INTO documents (id, source, language, text) VALUES ($1, 'old.txt', 'en', $2)`, d[0], d[1]); err != nil {
			t.Fatal(err)
		}
	}
	conn.Close(ctx)

	s := openDSN(t, dsn)
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p < (300<<10)/rows.PassageSize || b != 0 {
		t.Fatalf("after the migration: %d passages, %d on the backlog", p, b)
	}
	storetest.CheckLongSnippet(t, s, "old0", "Rafale")
	// Indexed again in English: another form of a word finds it.
	if hits, err := s.SearchDocuments(ctx, "missile", 10); err != nil || len(hits) != 1 || hits[0].ID != "old1" {
		t.Errorf("missile: %+v, %v", hits, err)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE documents SET text = $1 WHERE id = 'old0'`, storetest.LongText(200<<10, "Mirage")); err != nil {
		t.Fatal(err)
	}
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p != 0 || b != 1 {
		t.Errorf("after a new text: %d passages, %d on the backlog", p, b)
	}
	storetest.CheckLongSnippet(t, s, "old0", "Mirage") // from the whole text meanwhile
	s.Close()
	s = openDSN(t, dsn)
	if p, b := count(t, s, "passages"), count(t, s, "passage_backlog"); p < (200<<10)/rows.PassageSize || b != 0 {
		t.Errorf("reopened: %d passages, %d on the backlog", p, b)
	}
	storetest.CheckLongSnippet(t, s, "old0", "Mirage")
}
