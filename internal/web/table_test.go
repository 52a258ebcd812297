package web

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/armswatch/armswatch/internal/domain"
)

// addMoney stores a converted euro amount (FR to EG, 2015) and one in a
// currency with no rate (FR to EG, 2021).
func addMoney(t *testing.T, st interface {
	SaveDocument(context.Context, *domain.Document, []domain.Fact) (domain.IngestResult, error)
}) {
	t.Helper()
	text := "Egypt ordered 24 Rafale jets for €5.2 billion. It also paid 3 billion zorkmids."
	facts := []domain.Fact{
		{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("EG"), System: &domain.System{ID: "rafale", Name: "Dassault Rafale"}, Year: 2015,
			Value: &domain.Money{Amount: 5.2e9, Currency: "EUR"}, ValueUSD: 5.768e9, USDBasis: "EUR@2015", Evidence: evidence(text, "Egypt ordered 24 Rafale jets for €5.2 billion."), Confidence: 0.9},
		{Type: domain.TypeTransfer, Supplier: code("FR"), Recipient: code("EG"), Year: 2021,
			Value: &domain.Money{Amount: 3e9, Currency: "ZRK"}, Evidence: evidence(text, "It also paid 3 billion zorkmids."), Confidence: 0.9},
	}
	if _, err := st.SaveDocument(context.Background(), &domain.Document{ID: "doc-eur", Source: "https://example.org/eg-rafale", Language: "en", Published: "2015-02-16", Text: text}, facts); err != nil {
		t.Fatal(err)
	}
}

func TestTablePageAndDownloads(t *testing.T) {
	srv, st := newTest(t, Options{})
	addMoney(t, st)

	page := get(t, srv, "/table?supplier=FR&by=value&since=2014")
	body := page.Body.String()
	if page.Code != 200 {
		t.Fatalf("/table: %d %s", page.Code, body)
	}
	for _, want := range []string{"Recipients of arms from France by year", "<th scope=\"col\" class=\"num\">2015</th>", "$5.8 billion", "Left out of the values: 1 stated amount",
		`href="/table.csv?by=value&amp;since=2014&amp;supplier=FR"`, `href="/pairs/FR/EG"`} {
		if !strings.Contains(body, want) {
			t.Errorf("/table lacks %q", want)
		}
	}
	if rec := get(t, srv, "/table"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Choose a supplier") {
		t.Errorf("/table with no side: %d", rec.Code)
	}
	if rec := get(t, srv, "/table?supplier=FR&constant=1800"); rec.Code != 400 {
		t.Errorf("/table constant 1800: %d, want 400", rec.Code)
	}

	csv := get(t, srv, "/table.csv?supplier=FR&since=2015&until=2016")
	s := csv.Body.String()
	if csv.Code != 200 || !strings.HasPrefix(s, "\uFEFFRecipient,Code,2015,2016,Total,Link\r\n") && !strings.HasPrefix(s, "\uFEFFRecipient,Code,2015,2016,Total,Link\n") {
		t.Fatalf("/table.csv: %d %q", csv.Code, s)
	}
	if !strings.Contains(s, "Egypt,EG,5768000000,,5768000000,http://example.com/pairs/FR/EG") {
		t.Errorf("/table.csv lacks Egypt's row with an absolute link:\n%s", s)
	}
	if !strings.Contains(s, "Source,http://example.com/table?") {
		t.Errorf("/table.csv lacks its absolute source:\n%s", s)
	}

	x := get(t, srv, "/table.xlsx?recipient=EG&by=count")
	if x.Code != 200 || x.Header().Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Fatalf("/table.xlsx: %d %s", x.Code, x.Header().Get("Content-Type"))
	}
	f, err := excelize.OpenReader(bytes.NewReader(x.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Table", "A1"); v != "Supplier" {
		t.Errorf("A1 = %q", v)
	}
	if v, _ := f.GetCellValue("Table", "A2"); v != "France" {
		t.Errorf("A2 = %q, want France (most facts)", v)
	}

	api := get(t, srv, "/api/v1/table?supplier=FR&since=2015&until=2021")
	var resp struct {
		Table domain.Table `json:"table"`
	}
	if err := json.Unmarshal(api.Body.Bytes(), &resp); err != nil || api.Code != 200 {
		t.Fatalf("/api/v1/table: %d %v", api.Code, err)
	}
	if resp.Table.LeftOut != 1 || len(resp.Table.Years) != 7 || resp.Table.Total != 5.768e9 {
		t.Errorf("/api/v1/table: %+v", resp.Table)
	}
}

func TestTotalsSayWhatTheyLeaveOut(t *testing.T) {
	srv, st := newTest(t, Options{})
	addMoney(t, st)
	rec := get(t, srv, "/api/v1/rankings?supplier=FR")
	var r struct {
		LeftOut int `json:"left_out"`
		Rows    []struct {
			Party    string  `json:"party"`
			ValueUSD float64 `json:"value_usd"`
			LeftOut  int     `json:"left_out"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || rec.Code != 200 {
		t.Fatalf("rankings: %d %v", rec.Code, err)
	}
	if r.LeftOut != 1 || len(r.Rows) == 0 || r.Rows[0].Party != "EG" || r.Rows[0].ValueUSD != 5.768e9 || r.Rows[0].LeftOut != 1 {
		t.Errorf("rankings: %+v", r)
	}
	for _, path := range []string{"/rankings?supplier=FR", "/countries/FR", "/pairs/FR/EG"} {
		if body := get(t, srv, path).Body.String(); !strings.Contains(body, "leave out 1 stated amount") && !strings.Contains(body, "leaves out 1 stated amount") {
			t.Errorf("%s does not say what its values leave out", path)
		}
	}
	if body := get(t, srv, "/countries/FR").Body.String(); !strings.Contains(body, `href="/table?supplier=FR&amp;by=value"`) {
		t.Error("the country page does not link its table")
	}
	// the stated amount shows with its conversion
	if body := get(t, srv, "/pairs/FR/EG").Body.String(); !strings.Contains(body, "EUR (≈ $5.8 billion)") {
		t.Error("the pair page does not show the euro amount and its conversion")
	}
}
