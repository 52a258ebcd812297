package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The €16bn UAE Rafale order counts in France's totals at its converted
// value (the 2021 average rate), in current and constant dollars, and in
// the table by year.
func TestMoneyRankTable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	code, out, errs := runCLI(t, "", "ingest", "--db", db, "../../internal/samples/articles/en-uae-rafale.html")
	if code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "rank", "--db", db, "--supplier", "FR")
	if code != 0 || !strings.Contains(out, "AE       United Arab Emirates  18.92bn") {
		t.Fatalf("rank: %d\n%s%s", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "rank", "--db", db, "--supplier", "FR", "--constant", "2024")
	if code != 0 || !strings.Contains(out, "VALUE (USD 2024)") || !strings.Contains(out, "21.91bn") {
		t.Errorf("rank --constant 2024: %d\n%s", code, out)
	}
	if code, _, errs = runCLI(t, "", "rank", "--db", db, "--supplier", "FR", "--constant", "1850"); code == 0 || !strings.Contains(errs, "no US CPI") {
		t.Errorf("rank --constant 1850: %d %s", code, errs)
	}
	code, out, errs = runCLI(t, "", "table", "--db", db, "--supplier", "FR", "--since", "2020", "--until", "2022", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "\uFEFFRecipient,Code,2020,2021,2022,Total\n") ||
		!strings.Contains(out, "United Arab Emirates,AE,,18923713779,,18923713779\n") {
		t.Errorf("table csv: %d\n%s%s", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "table", "--db", db, "--supplier", "FR", "--by", "count")
	if code != 0 || !strings.Contains(out, "Recipients of arms from France by year (facts)") {
		t.Errorf("table: %d\n%s", code, out)
	}
	x := filepath.Join(dir, "t.xlsx")
	if code, _, errs = runCLI(t, "", "table", "--db", db, "--supplier", "FR", "--format", "xlsx", "--out", x); code != 0 {
		t.Fatalf("table xlsx: %d %s", code, errs)
	}
	f, err := excelize.OpenFile(x)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Table", "A2"); v != "United Arab Emirates" {
		t.Errorf("xlsx A2 = %q", v)
	}
	if code, _, _ = runCLI(t, "", "table", "--db", db); code != 2 {
		t.Errorf("table with no side: exit %d, want 2", code)
	}
	code, out, _ = runCLI(t, "", "rates", "list")
	if code != 0 || !strings.Contains(out, "EUR") || !strings.Contains(out, "WB:XC") {
		t.Errorf("rates list: %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "rates.tsv")); err == nil {
		t.Error("rates list wrote a file")
	}
}
