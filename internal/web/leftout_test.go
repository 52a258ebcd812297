package web

import (
	"context"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestOverviewSaysWhatTotalsLeaveOut: an amount with no US dollar value
// (a currency without a rate) is counted as left out under the overview's
// "Top suppliers by value" and in the flows API, not silently dropped.
func TestOverviewSaysWhatTotalsLeaveOut(t *testing.T) {
	srv, st := newTest(t, Options{})
	text := "Ruritania sold ten patrol boats to Egypt for 3 billion crowns."
	doc := &domain.Document{ID: "leftout-1", Source: "l.txt", Language: "en", Published: "2024-01-01", Text: text}
	if _, err := st.SaveDocument(context.Background(), doc, []domain.Fact{{Type: domain.TypeTransfer, Supplier: code("GB"), Recipient: code("EG"),
		System: &domain.System{Category: "ships"}, Quantity: 10, Year: 2024, Value: &domain.Money{Amount: 3e9, Currency: "XRC"},
		Evidence: evidence(text, text), Confidence: 0.9}}); err != nil {
		t.Fatal(err)
	}
	page := get(t, srv, "/").Body.String()
	i := strings.Index(page, "Top suppliers by value")
	j := strings.Index(page, "Top suppliers by number of facts")
	if i < 0 || j < i {
		t.Fatalf("overview has no value ranking")
	}
	if !strings.Contains(page[i:j], "leave out 1 stated amount(s) in the register") {
		t.Errorf("top suppliers by value do not say they leave out the amount in XRC:\n%s", page[i:j])
	}
	if api := get(t, srv, "/api/v1/flows").Body.String(); !strings.Contains(strings.ReplaceAll(api, " ", ""), `"left_out":1`) {
		t.Errorf("flows API has no left_out: %s", api)
	}
}
