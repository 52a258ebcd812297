package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/web"
)

// TestCommandsSameOnBothRegisters runs the commands that read and write
// the register beyond ingest (stats, query, rank, table, deals and the
// SIPRI export and import, feeds) on a SQLite file and on PostgreSQL
// (when a server is there, as queueDBs finds it), then serves both
// registers' web pages and API, and wants the same output from both.
func TestCommandsSameOnBothRegisters(t *testing.T) {
	dbs := queueDBs(t)
	if len(dbs) < 2 {
		t.Skip("no PostgreSQL to compare with")
	}
	samplesDir := regexp.MustCompile(`armswatch-samples-[0-9]+`)
	sipri := filepath.Join(t.TempDir(), "sipri.csv")
	outputs := map[string][]string{}
	for _, name := range []string{"sqlite", "postgres"} {
		db := dbs[name]
		// step runs a command: its words up to the first flag or file,
		// then --db, then the rest.
		step := func(args ...string) string {
			t.Helper()
			n := 1
			if len(args) > 1 && (args[1] == "import" || args[1] == "add" || args[1] == "list" || args[1] == "remove") {
				n = 2
			}
			full := append(append(append([]string{}, args[:n]...), "--db", db), args[n:]...)
			code, out, errs := runCLI(t, "", full...)
			if code != 0 {
				t.Fatalf("%s: %v: exit %d: %s%s", name, args, code, out, errs)
			}
			return samplesDir.ReplaceAllString(out+errs, "S")
		}
		var outs []string
		step("demo", "--no-serve")
		outs = append(outs,
			step("stats"),
			step("query", "--format", "csv", "--limit", "1000"),
			step("query", "--q", "rafale", "--format", "csv"),
			step("query", "--system", "himars", "--recipient", "MA", "--format", "json"),
			step("rank", "--recipient", "MA"),
			step("table", "--supplier", "US"),
			step("deals", "--supplier", "US"),
		)
		out := step("deals", "--format", "sipri")
		if name == "sqlite" {
			if err := os.WriteFile(sipri, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		outs = append(outs,
			step("deals", "import", sipri),
			step("deals", "--reference", "present", "--format", "csv"),
			step("feeds", "add", "https://example.org/feed.xml"),
			step("feeds", "list"),
			step("feeds", "remove", "https://example.org/feed.xml"),
		)
		outputs[name] = append(outs, webPages(t, db)...)
	}
	if sq := outputs["sqlite"]; !strings.Contains(sq[0], "documents: 16") || !strings.Contains(sq[7], "reference rows imported") ||
		!strings.Contains(sq[8], "Rafale") || !strings.Contains(sq[10], "https://example.org/feed.xml") {
		t.Fatalf("unexpected outputs: %q", sq)
	}
	for i, sq := range outputs["sqlite"] {
		if pg := outputs["postgres"][i]; pg != sq {
			t.Errorf("output %d differs:\nsqlite:\n%s\npostgres:\n%s", i, sq, pg)
		}
	}
}

// parityPaths are the web register's pages and API answers compared
// between the two registers.
var parityPaths = []string{
	"/", "/register", "/register?supplier=US&sort=value&order=desc", "/register.csv?recipient=MA", "/table?supplier=US", "/systems/f-35", "/watchlists", "/map", "/rankings?supplier=US",
	"/countries/MA", "/pairs/US/MA", "/pairs/FR/EG", "/deals", "/deals?recipient=MA", "/search?q=rafale",
	"/api/v1/facts?limit=100", "/api/v1/facts?q=rafale&sort=year", "/api/v1/flows", "/api/v1/stats",
	"/api/v1/rankings?supplier=US", "/api/v1/table?supplier=US", "/api/v1/pairs/US/MA", "/api/v1/deals?recipient=MA",
	"/api/v1/documents", "/api/v1/search?q=rafale", "/api/v1/systems", "/api/v1/countries/MA", "/api/v1/watchlists",
}

// webPages serves the register at db and returns its answer to each of
// parityPaths (status and body).
func webPages(t *testing.T, db string) []string {
	t.Helper()
	st, err := openExistingRegister(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := web.NewServer(st, web.Options{RatePerSecond: 1e9, Burst: 1 << 30, HeavyRatePerSecond: 1e9, HeavyBurst: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	samplesDir := regexp.MustCompile(`armswatch-samples-[0-9]+`)
	var out []string
	for _, p := range parityPaths {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("%s on %s: %d", p, db, rec.Code)
		}
		out = append(out, p+"\n"+samplesDir.ReplaceAllString(rec.Body.String(), "S"))
	}
	return out
}

// TestMigrateDemoToPostgres is the acceptance of `migrate`: it moves the
// demo register from SQLite to PostgreSQL, says what it moved, moves
// nothing the second time, and the commands and web pages then show the
// same on both registers.
func TestMigrateDemoToPostgres(t *testing.T) {
	dbs := queueDBs(t)
	if len(dbs) < 2 {
		t.Skip("no PostgreSQL to migrate to")
	}
	sq, pg := dbs["sqlite"], dbs["postgres"]
	if code, out, errs := runCLI(t, "", "demo", "--db", sq, "--no-serve"); code != 0 {
		t.Fatalf("demo: exit %d: %s%s", code, out, errs)
	}
	// Every kind migrate copies: a feed, the reference layer (the
	// register's own SIPRI export imported back), a watchlist, reviews.
	sipri := filepath.Join(t.TempDir(), "sipri.csv")
	code, out, errs := runCLI(t, "", "deals", "--db", sq, "--format", "sipri")
	if code != 0 || os.WriteFile(sipri, []byte(out), 0o644) != nil {
		t.Fatalf("deals --format sipri: exit %d: %s", code, errs)
	}
	for _, args := range [][]string{{"deals", "import", "--db", sq, sipri}, {"feeds", "add", "--db", sq, "https://example.org/feed.xml"}} {
		if code, out, errs := runCLI(t, "", args...); code != 0 {
			t.Fatalf("%v: exit %d: %s%s", args, code, out, errs)
		}
	}
	ctx := context.Background()
	st, err := openExistingRegister(ctx, sq)
	if err != nil {
		t.Fatal(err)
	}
	page, err := st.QueryFacts(ctx, domain.FactQuery{Filter: domain.Filter{Limit: 1000}})
	if err != nil || len(page.Facts) < 3 {
		t.Fatalf("%d facts (%v)", len(page.Facts), err)
	}
	usd := 2.5e9
	for _, in := range []domain.ReviewInput{
		{FactID: page.Facts[0].ID, Action: domain.ReviewRejected, Who: "ana"},
		{FactID: page.Facts[1].ID, Action: domain.ReviewCorrected, Correction: &domain.Correction{ValueUSD: &usd}, Who: "ben"},
		{FactID: page.Facts[2].ID, Action: domain.ReviewConfirmed, Who: "ana"},
	} {
		if _, err := st.ReviewFact(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SaveWatchlist(ctx, &domain.Watchlist{ID: "ma", Name: "Morocco", Query: "recipient=MA"}); err != nil {
		t.Fatal(err)
	}
	fs, ok := st.(domain.FeedStore)
	if !ok {
		t.Fatal("the register keeps no feeds")
	}
	feeds, err := fs.Feeds(ctx)
	if err != nil || len(feeds) != 1 {
		t.Fatalf("feeds %v (%v)", feeds, err)
	}
	for _, it := range []domain.FeedItem{
		{FeedID: feeds[0].ID, Key: "a", Link: "https://example.org/a", Title: "A", DocumentID: page.Facts[0].DocumentID},
		{FeedID: feeds[0].ID, Key: "b", Link: "https://example.org/b", Error: "HTTP 500"},
	} {
		if err := fs.SaveItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	code, out, errs = runCLI(t, "", "migrate", "-q", "--from", sq, "--to", pg)
	if code != 0 {
		t.Fatalf("migrate: exit %d: %s%s", code, out, errs)
	}
	t.Logf("first migrate:\n%s", out)
	if moved := regexp.MustCompile(`(?m): +0 moved`).FindAllString(out, -1); len(moved) > 0 {
		t.Errorf("first migrate moved nothing of a kind:\n%s", out)
	}
	for _, want := range []string{"documents:          16 moved", "reviews:", "feeds:", "watchlists:", "reference deals:"} {
		if !strings.Contains(out, want) {
			t.Errorf("first migrate does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "skipped") {
		t.Errorf("first migrate skipped a kind:\n%s", out)
	}
	code, out, errs = runCLI(t, "", "migrate", "-q", "--from", sq, "--to", pg)
	if code != 0 {
		t.Fatalf("second migrate: exit %d: %s%s", code, out, errs)
	}
	if moved := regexp.MustCompile(`(?m): +[1-9][0-9]* moved`).FindAllString(out, -1); len(moved) > 0 {
		t.Errorf("second migrate moved %v:\n%s", moved, out)
	}
	reads := [][]string{
		{"stats"},
		{"query", "--format", "csv", "--limit", "1000"},
		{"query", "--q", "rafale", "--format", "csv"},
		{"rank", "--recipient", "MA"},
		{"rank", "--supplier", "US", "--by", "count"},
		{"table", "--supplier", "US"},
		{"deals", "--supplier", "US"},
		{"deals", "--format", "sipri"},
		{"feeds", "list"},
	}
	for _, args := range reads {
		var outs []string
		for _, db := range []string{sq, pg} {
			full := append([]string{args[0]}, append([]string{"--db", db}, args[1:]...)...)
			if args[0] == "feeds" {
				full = []string{"feeds", "list", "--db", db}
			}
			code, out, errs := runCLI(t, "", full...)
			if code != 0 {
				t.Fatalf("%v on %s: exit %d: %s%s", args, db, code, out, errs)
			}
			outs = append(outs, out+errs)
		}
		if outs[0] != outs[1] {
			t.Errorf("%v differs:\nsqlite:\n%s\npostgres:\n%s", args, outs[0], outs[1])
		}
	}
	p1, p2 := webPages(t, sq), webPages(t, pg)
	for i := range p1 {
		if p1[i] != p2[i] {
			t.Errorf("page %s differs after the migration", parityPaths[i])
		}
	}
}

// TestEnvDBIsTheDefault: with $ARMSWATCH_DB set, every command that
// opens the register uses it when --db is not given, and --db still
// wins.
func TestEnvDBIsTheDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // an armswatch.db written by mistake would land here
	db := filepath.Join(dir, "env.db")
	t.Setenv(envDBName, db)
	cmds := [][]string{
		{"demo", "--no-serve"},
		{"stats"},
		{"query", "--recipient", "MA", "--format", "csv"},
		{"rank", "--supplier", "US"},
		{"table", "--supplier", "US"},
		{"deals", "--supplier", "US"},
		{"feeds", "add", "https://example.org/feed.xml"},
		{"feeds", "list"},
		{"reextract", "--dry-run"},
	}
	outs := map[string]string{}
	for _, args := range cmds {
		code, out, errs := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s%s", args, code, out, errs)
		}
		outs[strings.Join(args[:min(2, len(args))], " ")] = out
	}
	if _, err := os.Stat(filepath.Join(dir, defaultDB)); err == nil {
		t.Errorf("a command wrote %s despite $%s", defaultDB, envDBName)
	}
	if !strings.Contains(outs["stats"], "documents: 16") || !strings.Contains(outs["feeds list"], "https://example.org/feed.xml") {
		t.Errorf("the commands did not read $%s: %q", envDBName, outs)
	}
	other := filepath.Join(dir, "other.db")
	if code, out, errs := runCLI(t, "", "stats", "--db", other); code == 0 || !strings.Contains(errs, "other.db does not exist") {
		t.Errorf("--db over $%s: exit %d: %s%s", envDBName, code, out, errs)
	}
}
