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
