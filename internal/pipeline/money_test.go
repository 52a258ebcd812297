package pipeline

import (
	"math"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

func TestPrice(t *testing.T) {
	eur := func(a float64) *domain.Money { return &domain.Money{Amount: a, Currency: "EUR"} }
	doc := &domain.Document{Published: "2021-12-04"}
	for _, tc := range []struct {
		name  string
		doc   *domain.Document
		fact  domain.Fact
		usd   float64
		basis string
		left  int
	}{
		{"euros at the publication year", doc, domain.Fact{Value: eur(16e9)}, 16e9 / 0.8455, "EUR@2021", 0},
		{"euros at the fact's year", doc, domain.Fact{Value: eur(1e9), Year: 2015}, 1e9 / 0.9015, "EUR@2015", 0},
		{"stated dollars untouched", doc, domain.Fact{Value: &domain.Money{Amount: 5e8, Currency: "USD"}, ValueUSD: 5e8}, 5e8, "", 0},
		{"dollars without value_usd", doc, domain.Fact{Value: &domain.Money{Amount: 5e8, Currency: "USD"}}, 5e8, "", 0},
		{"unknown currency left out", doc, domain.Fact{Value: &domain.Money{Amount: 5e8, Currency: "XYZ"}}, 0, "", 1},
		{"no year left out", &domain.Document{}, domain.Fact{Value: eur(1e9)}, 0, "", 1},
		{"year before the table left out", doc, domain.Fact{Value: eur(1e9), Year: 1980}, 0, "", 1},
		{"future year at the last rate", doc, domain.Fact{Value: eur(1e9), Year: 2090}, 1e9 / 0.885, "EUR@2026", 0},
		{"no value", doc, domain.Fact{}, 0, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			facts := []domain.Fact{tc.fact}
			_, left := Price(tc.doc, facts)
			f := facts[0]
			if math.Abs(f.ValueUSD-tc.usd) > 1 || f.USDBasis != tc.basis || left != tc.left {
				t.Errorf("got %v %q left %d; want %v %q left %d", f.ValueUSD, f.USDBasis, left, tc.usd, tc.basis, tc.left)
			}
			if tc.fact.Value != nil && (f.Value.Amount != tc.fact.Value.Amount || f.Value.Currency != tc.fact.Value.Currency) {
				t.Errorf("the original amount changed: %+v", f.Value)
			}
		})
	}
}

// The extractor's output (Process: `armswatch facts`, the gold scores)
// keeps the euros as stated; what is stored (Extract for re-extraction,
// and ingestion) carries their dollar value too.
func TestStoredFactsArePriced(t *testing.T) {
	res := processFile(t, "../../internal/samples/articles/en-uae-rafale.html")
	var stated *domain.Fact
	for i := range res.Facts {
		if f := &res.Facts[i]; f.Value != nil && f.Value.Currency == "EUR" {
			stated = f
		}
	}
	if stated == nil || stated.ValueUSD != 0 || stated.USDBasis != "" {
		t.Fatalf("Process: want a euro amount with no dollar value, got %+v", stated)
	}
	facts, unsupported, err := testP.Extract(res.Doc)
	if err != nil || unsupported {
		t.Fatal(err, unsupported)
	}
	var priced *domain.Fact
	for i := range facts {
		if f := &facts[i]; f.Value != nil && f.Value.Currency == "EUR" {
			priced = f
		}
	}
	if priced == nil || priced.USDBasis != "EUR@2021" || math.Abs(priced.ValueUSD-16e9/0.8455) > 1 || priced.Value.Amount != 16e9 {
		t.Errorf("Extract: want €16bn at the 2021 rate, got %+v", priced)
	}
}
