package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// all_roles_maker.go: a demonym between "with"/"con" and the maker's name
// does not hide the maker as the seller of a generic system.
func TestMakerDemonymSeller(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text string }{
		{"en", "Poland orders jets\n\nWarsaw, 5 June 2023 — Poland signed a contract with the South Korean firm KAI for 48 fighter jets.\n"},
		{"es", "Polonia encarga aviones\n\nVarsovia, 5 de junio de 2023 — Polonia firmó un contrato con la empresa surcoreana KAI por 48 aviones de combate.\n"},
	}
	for _, tc := range tests {
		cands, err := x.Candidates(&domain.Document{Source: "maker", Language: tc.lang, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, c := range cands {
			if c.Fact.Type == "transfer" && c.Fact.Supplier != nil && c.Fact.Supplier.String() == "KR" && c.Fact.Recipient != nil && c.Fact.Recipient.String() == "PL" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: no KR>PL candidate", tc.lang)
		}
	}
}
