package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestVariantCounts: two variants of one family with their own counts
// are two lines (fr_variants.go).
func TestVariantCounts(t *testing.T) {
	f := func(mention string, q int) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Quantity: q, Evidence: domain.Evidence{Start: 10},
			System: &domain.System{ID: "mi-8-17", Mention: mention}}
	}
	tests := []struct {
		name string
		a, b domain.Fact
		want bool
	}{
		{"two variants, equal counts", f("Mi-171Ch", 2), f("Mi-17V5", 2), true},
		{"one name written twice", f("Mi-17", 2), f("hélicoptères Mi-17", 2), false},
		{"no count", f("Mi-171Ch", 2), f("Mi-17V5", 0), false},
		{"a count given again with the kind", f("Ka-52", 46), f("hélicoptères", 46), false},
	}
	for _, tc := range tests {
		if got := variantCounts(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	other := f("Mi-17V5", 2)
	other.Evidence.Start = 99
	if variantCounts(f("Mi-171Ch", 2), other) {
		t.Error("two sentences: got true")
	}
}
