package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// seedDeal adds two later reports of the US–Nigeria AH-1Z sale that
// disagree on the number ordered, one of them a syndicated copy.
func seedDeal(t testing.TB, st *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	ah1z := &domain.System{ID: "ah-1z", Name: "AH-1Z Viper", Designation: "AH-1Z", Category: "aircraft"}
	for i, r := range []struct {
		id, published, text string
		qty                 int
	}{
		{"wire-1", "2022-09-01", "Nigeria signed for 12 AH-1Z attack helicopters.", 12},
		{"wire-2", "2022-10-03", "Nigeria has ordered 14 AH-1Z helicopters, officials said.", 14},
	} {
		doc := &domain.Document{ID: r.id, Source: "https://wire.example/" + r.id, Language: "en", Published: r.published, Text: r.text}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("NG"), System: ah1z, Quantity: r.qty,
			Stage: domain.StageOrdered, Year: 2022, Evidence: evidence(r.text, r.text), Confidence: 0.8}
		if _, err := st.SaveDocument(ctx, doc, []domain.Fact{f}); err != nil {
			t.Fatal(i, err)
		}
	}
}

func TestDeals(t *testing.T) {
	srv, st := newTest(t, Options{})
	seedDeal(t, st)
	for _, tc := range []struct {
		path    string
		code    int
		want    []string
		notWant []string
	}{
		{"/deals", 200, []string{"AH-1Z Viper", "approved 2022 (reported 2022-04-14) → ordered 2022 (reported 2022-09-01)", "quantity ordered: 12 vs 14 reported",
			`href="/documents/wire-2#fact-0"`, "/deals.csv", "CAESAR", "Dassault Rafale"}, nil},
		{"/deals?supplier=US&stage=ordered", 200, []string{"AH-1Z Viper", "<strong>1</strong> deals"}, []string{"CAESAR"}},
		{"/deals?supplier=FR&since=2023", 200, []string{"<strong>1</strong> deals"}, []string{"CAESAR", "Dassault Rafale"}},
		{"/deals?supplier=FR&until=2021", 200, []string{"Dassault Rafale"}, []string{"CAESAR"}},
		{"/deals?stage=nope", 400, []string{"stage"}, nil},
		{"/deals?sort=value", 400, []string{"sort"}, nil},
		{"/pairs/US/NG", 200, []string{`<section class="deals"><h2>Deals</h2>`, `id="deal-`, "quantity ordered: 12 vs 14 reported",
			`href="/deals?recipient=NG&amp;supplier=US"`}, nil},
		{"/countries/NG", 200, []string{"Deals as a recipient", "AH-1Z Viper", "12 vs 14"}, nil},
		{"/countries/FR", 200, []string{"Deals as a supplier", "CAESAR", "Morocco"}, nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := get(t, srv, tc.path)
			body := rec.Body.String()
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %.300s", rec.Code, tc.code, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
		})
	}
}

func TestDealsAPI(t *testing.T) {
	srv, st := newTest(t, Options{})
	seedDeal(t, st)
	var resp dealsResponse
	rec := get(t, srv, "/api/v1/deals?supplier=US&recipient=NG&type=transfer")
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || rec.Code != 200 {
		t.Fatalf("%d %v %s", rec.Code, err, rec.Body.String())
	}
	if resp.Total != 1 || len(resp.Deals) != 1 {
		t.Fatalf("deals = %+v", resp)
	}
	d := resp.Deals[0]
	if d.Sources != 3 || len(d.FactIDs) != 3 || d.Stage != domain.StageDelivered && d.Stage != domain.StageOrdered || len(d.Conflicts) != 1 {
		t.Errorf("deal = %+v", d)
	}
	// Paging: one deal per page, a next link while more remain.
	rec = get(t, srv, "/api/v1/deals?limit=1")
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || resp.Total < 3 || len(resp.Deals) != 1 || !strings.Contains(resp.Next, "offset=1") {
		t.Errorf("paged: %v %+v", err, resp)
	}
	resp = dealsResponse{}
	rec = get(t, srv, "/api/v1/deals?limit=1&offset=100")
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Deals) != 0 || resp.Next != "" {
		t.Errorf("past the end: %v %+v", err, resp)
	}
	// The CSV is SIPRI's layout, one row per transfer deal.
	for _, path := range []string{"/api/v1/deals?format=csv&supplier=US", "/deals.csv?supplier=US"} {
		rec = get(t, srv, path)
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || rec.Code != 200 || len(rows) != 2 {
			t.Fatalf("%s: %d %v %q", path, rec.Code, err, rows)
		}
		if rows[0][0] != "\uFEFFSIPRI AT Database ID" || rows[0][1] != "Supplier" || !strings.Contains(strings.Join(rows[1], "|"), "Nigeria") {
			t.Errorf("%s: %q", path, rows)
		}
	}
	for _, tc := range []struct{ path, param string }{
		{"/api/v1/deals?format=xml", "format"},
		{"/api/v1/deals?supplier=ZZ", "supplier"},
		{"/api/v1/deals?since=1700", "since"},
		{"/api/v1/deals?limit=501", "limit"},
	} {
		rec := get(t, srv, tc.path)
		var e apiError
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != 400 || e.Param != tc.param {
			t.Errorf("%s: %d %+v", tc.path, rec.Code, e)
		}
	}
}

// TestNoticeDeal: an official notice's items and total are one deal on the
// deals page, its transmittal named, its value once.
func TestNoticeDeal(t *testing.T) {
	srv, st := newTest(t, Options{})
	ctx := context.Background()
	text := "Prospective Purchaser: Government of Ghana. TOTAL $120 million. Four (4) Bell 412 helicopters. Two (2) spare engines."
	n := &domain.Notice{Transmittal: "23-61", Date: "2023-05-02"}
	facts := []domain.Fact{
		{Type: domain.TypeAggregate, Supplier: code("US"), Recipient: code("GH"), Value: &domain.Money{Amount: 120e6, Currency: "USD"}, ValueUSD: 120e6,
			Notice: n, Evidence: evidence(text, "TOTAL $120 million."), Confidence: 0.8},
		{Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("GH"), System: &domain.System{ID: "bell-412", Name: "Bell 412", Category: "aircraft"},
			Quantity: 4, Stage: domain.StageApproved, Notice: n, Evidence: evidence(text, "Four (4) Bell 412 helicopters."), Confidence: 0.8},
		{Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("GH"), System: &domain.System{ID: "pt6", Name: "PT6 engine", Category: "engines"},
			Quantity: 2, Stage: domain.StageApproved, Notice: n, Evidence: evidence(text, "Two (2) spare engines."), Confidence: 0.8},
	}
	doc := &domain.Document{ID: "gh-notice", Source: "https://dsca.example/gh", Language: "en", Published: "2023-05-03", Text: text}
	if _, err := st.SaveDocument(ctx, doc, facts); err != nil {
		t.Fatal(err)
	}
	body := get(t, srv, "/deals?recipient=GH").Body.String()
	for _, w := range []string{"<strong>1</strong> deals", "notice 23-61 of 2023-05-02", "with 2 PT6 engine (one package, one value)", "approved 2023-05-02 (reported 2023-05-03)"} {
		if !strings.Contains(body, w) {
			t.Errorf("body lacks %q", w)
		}
	}
}
