package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A sale reported by an official notice and by a news article on it, and
// an order reported by two outlets, count once in rank and table: the
// Nigerian AH-1Z notice and its news story at $997m (not $1.99bn), the
// UAE Rafale order at its converted €16bn (not twice that).
func TestDealsCountOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	code, out, errs := runCLI(t, "", "ingest", "--db", db,
		"../../internal/samples/articles/en-dsca-nigeria-ah1z-notice.txt", "testdata/dealsonce/ng-ah1z-news.txt",
		"../../internal/samples/articles/en-uae-rafale.html", "testdata/dealsonce/uae-rafale-news.txt")
	if code != 0 || !strings.Contains(errs+out, "4 stored") {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "rank", "--db", db, "--supplier", "US")
	if code != 0 || !strings.Contains(out, "Nigeria               997.0m") {
		t.Errorf("rank US: %d\n%s%s", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "rank", "--db", db, "--supplier", "FR")
	if code != 0 || !strings.Contains(out, "AE       United Arab Emirates  18.92bn") {
		t.Errorf("rank FR: %d\n%s%s", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "table", "--db", db, "--supplier", "US", "--format", "csv")
	if code != 0 || !strings.Contains(out, "Nigeria,NG,,,997000000,997000000\n") {
		t.Errorf("table US: %d\n%s%s", code, out, errs)
	}
}
