package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const article = `Nigeria takes delivery of Super Tucanos

LAGOS, July 22, 2021 — Nigeria received six A-29 Super Tucano light attack aircraft from the United States on Thursday, the air force said.
`

func TestFactsJSON(t *testing.T) {
	code, out, errs := runCLI(t, article, "facts", "--json", "--text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Document struct{ Source, Language, Text, Published string }
		Facts    []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if doc.Document.Language != "en" || doc.Document.Published != "2021-07-22" || len(doc.Facts) != 1 {
		t.Fatalf("unexpected output: %s", out)
	}
	f := doc.Facts[0]
	if f["supplier"] != "US" || f["recipient"] != "NG" || f["stage"] != "delivered" || f["quantity"] != 6.0 {
		t.Errorf("fact: %v", f)
	}
}

func TestIngestQueryRankStats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	src := filepath.Join(dir, "ng.txt")
	os.WriteFile(src, []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	code, out, errs := runCLI(t, "", "ingest", "--db", db, dir)
	if code != 1 || !strings.Contains(errs, "empty.txt") || !strings.Contains(out, "1 stored") {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "ingest", "--db", db, src)
	if code != 0 || !strings.Contains(out, "1 unchanged") {
		t.Fatalf("re-ingest: exit %d %s", code, out)
	}
	code, out, errs = runCLI(t, "", "query", "--db", db, "--supplier", "US", "--region", "africa", "--format", "csv")
	if code != 0 || !strings.Contains(out, "A-29 Super Tucano") || strings.Count(out, "\n") != 2 {
		t.Fatalf("query: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "rank", "--db", db, "--supplier", "US", "--region", "africa", "--by", "count")
	if code != 0 || !strings.Contains(out, "Nigeria") {
		t.Fatalf("rank: %s", out)
	}
	code, out, _ = runCLI(t, "", "stats", "--db", db)
	if code != 0 || !strings.Contains(out, "documents: 1") {
		t.Fatalf("stats: %s", out)
	}
	if code, _, errs := runCLI(t, "", "query", "--db", db, "--region", "atlantis"); code == 0 || !strings.Contains(errs, "atlantis") {
		t.Errorf("bad region: exit %d %s", code, errs)
	}
}

func TestUsage(t *testing.T) {
	if code, _, _ := runCLI(t, ""); code != 2 {
		t.Errorf("no args: exit %d", code)
	}
	if code, _, errs := runCLI(t, "", "frobnicate"); code != 2 || !strings.Contains(errs, "frobnicate") {
		t.Errorf("unknown command: exit %d %s", code, errs)
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := runCLI(t, "", "demo", "--db", db, "--no-serve")
	if code != 0 || !strings.Contains(out, "0 failed") || !strings.Contains(out, "Rafale") {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errs)
	}
	// The case the project started from: Morocco, the largest African
	// buyer of US arms, leads the ranking.
	_, rank, _ := strings.Cut(out, "(armswatch rank --supplier US --region africa):")
	if lines := strings.Split(strings.TrimSpace(rank), "\n"); len(lines) < 2 || !strings.Contains(rank, "MA") || !strings.Contains(rank, "HIMARS") && !strings.Contains(rank, "Morocco") {
		t.Errorf("rank after the demo:\n%s", rank)
	}
	// A second run says what the register holds, not "0 facts".
	code, out, errs = runCLI(t, "", "demo", "--db", db, "--no-serve")
	if code != 0 || !regexp.MustCompile(`holds 1[0-9] documents and [1-9][0-9]+ facts`).MatchString(out) {
		t.Errorf("second demo: exit %d\n%s\n%s", code, out, errs)
	}
}
