package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
	"github.com/armswatch/armswatch/internal/web"
)

// reviewArticles are three short articles, one transfer each.
var reviewArticles = map[string]string{
	"ma.txt": `Morocco to buy HIMARS

WASHINGTON, April 4, 2023 — The United States approved the sale of 18 M142 HIMARS rocket launchers to Morocco for $524 million, the Defense Security Cooperation Agency said.
`,
	"eg.txt": `Egypt orders Apache helicopters

CAIRO, May 9, 2024 — Egypt signed a contract with the United States for 12 AH-64 Apache helicopters worth $1.2 billion, officials said.
`,
	"ng.txt": article,
}

// TestReviewsReachEveryReader is issue 9's done-when test for reviews:
// after a reviewer corrects a fact's value and rejects another (through
// the API, as the web register does), query, stats, deals, rank, the API's
// rankings and the SIPRI-layout export all show the reviewed register.
func TestReviewsReachEveryReader(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	src := filepath.Join(dir, "src")
	os.Mkdir(src, 0o755)
	for name, text := range reviewArticles {
		os.WriteFile(filepath.Join(src, name), []byte(text), 0o644)
	}
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, out, errs)
	}
	queryFacts := func() map[string]domain.StoredFact {
		t.Helper()
		code, out, errs := runCLI(t, "", "query", "--db", db, "--supplier", "US", "--format", "json")
		if code != 0 {
			t.Fatalf("query: exit %d: %s", code, errs)
		}
		m := map[string]domain.StoredFact{}
		sc := bufio.NewScanner(strings.NewReader(out))
		for sc.Scan() {
			var f domain.StoredFact
			if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
				t.Fatal(err)
			}
			m[f.Recipient.String()] = f
		}
		return m
	}
	before := queryFacts()
	ma, eg := before["MA"], before["EG"]
	if ma.ValueUSD != 524e6 || eg.ValueUSD != 1.2e9 || before["NG"].ID == 0 {
		t.Fatalf("extracted: %+v", before)
	}

	// Review through the API: MA's value corrected to $600 million, EG
	// rejected.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.NewServer(st, web.Options{Token: "tok", RatePerSecond: 1e6, Burst: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	api := func(method, path, body string) string {
		t.Helper()
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s %s: %d %s", method, path, rec.Code, rec.Body.String())
		}
		return rec.Body.String()
	}
	api("POST", fmt.Sprintf("/api/v1/facts/%d/review", ma.ID), `{"action":"correct","who":"ana","correction":{"value":600000000,"currency":"USD"}}`)
	api("POST", fmt.Sprintf("/api/v1/facts/%d/review", eg.ID), `{"action":"reject","who":"ana","note":"a rumour"}`)

	// The API's rankings.
	var rk struct{ Rows []domain.RankRow }
	if err := json.Unmarshal([]byte(api("GET", "/api/v1/rankings?supplier=US", "")), &rk); err != nil {
		t.Fatal(err)
	}
	if got := rankSummary(rk.Rows); got != "MA=600000000 NG=0" {
		t.Errorf("API rankings = %s, want MA at the corrected $600m, NG, and no rejected EG", got)
	}
	// The API's facts filter and value sort.
	var page domain.FactPage
	if err := json.Unmarshal([]byte(api("GET", "/api/v1/facts?supplier=US&sort=value&order=desc", "")), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Facts) != 2 || page.Facts[0].ValueUSD != 600e6 || page.Facts[0].Value.Amount != 600e6 {
		t.Errorf("API facts = %+v, want MA's corrected value first and no EG", page.Facts)
	}
	st.Close()

	// CLI query.
	after := queryFacts()
	if _, ok := after["EG"]; ok || after["MA"].ValueUSD != 600e6 || after["MA"].Value.Amount != 600e6 || len(after) != 2 {
		t.Errorf("query after review = %+v", after)
	}
	// CLI stats.
	if code, out, _ := runCLI(t, "", "stats", "--db", db); code != 0 || !strings.Contains(out, "facts: 2\n") || !strings.Contains(out, "recipients: 2\n") {
		t.Errorf("stats: %s", out)
	}
	// CLI rank.
	code, out, errs := runCLI(t, "", "rank", "--db", db, "--supplier", "US", "--format", "json")
	var rows []domain.RankRow
	if code != 0 || json.Unmarshal([]byte(out), &rows) != nil {
		t.Fatalf("rank: exit %d %s %s", code, out, errs)
	}
	if got := rankSummary(rows); got != "MA=600000000 NG=0" {
		t.Errorf("rank = %s, want MA=600000000 NG=0", got)
	}
	// CLI deals.
	code, out, errs = runCLI(t, "", "deals", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("deals: exit %d %s", code, errs)
	}
	var deals []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var d domain.Deal
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		deals = append(deals, fmt.Sprintf("%s>%s=%.0f", d.Supplier, d.Recipient, d.ValueUSD))
	}
	slices.Sort(deals)
	if !slices.Equal(deals, []string{"US>MA=600000000", "US>NG=0"}) {
		t.Errorf("deals = %v, want US>MA at $600m, US>NG, no US>EG", deals)
	}
	// The SIPRI-layout export.
	code, out, errs = runCLI(t, "", "deals", "--db", db, "--format", "sipri")
	if code != 0 {
		t.Fatalf("deals --format sipri: exit %d %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	var sipri []string
	for _, r := range recs[1:] {
		sipri = append(sipri, r[col["Recipient"]]+"="+r[col["Value (USD)"]])
	}
	slices.Sort(sipri)
	if !slices.Equal(sipri, []string{"Morocco=600000000", "Nigeria="}) {
		t.Errorf("SIPRI export rows = %v, want Morocco at the corrected $600m, Nigeria, and no rejected Egypt", sipri)
	}
}

func rankSummary(rows []domain.RankRow) string {
	var s []string
	for _, r := range rows {
		s = append(s, fmt.Sprintf("%s=%.0f", r.Party, r.ValueUSD))
	}
	return strings.Join(s, " ")
}
