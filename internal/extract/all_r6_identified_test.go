package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// all_r6_identified.go: a sentence saying what the goods of a generic deal
// before are gives the named system that deal's parties.
func TestIdentifiedKind(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text string }{
		{"de", "Panzer für Prag\n\nBerlin, 3. Mai 2023 — Deutschland hat Tschechien 14 Kampfpanzer geliefert. Bei den Fahrzeugen handelt es sich um ältere Leopard 2A4, die einst die Schweiz gekauft hatte.\n"},
		{"de", "Panzer für Prag\n\nBerlin, 3. Mai 2023 — Deutschland hat Tschechien 14 Kampfpanzer geliefert. Es handelt sich um Leopard 2A4, die einst die Schweiz gekauft hatte.\n"},
		{"fr", "Des chars pour Prague\n\nBerlin, 3 mai 2023 — L'Allemagne a livré 14 chars à la Tchéquie. Il s'agit de Leopard 2A4 achetés jadis par la Suisse.\n"},
		{"es", "Tanques para Praga\n\nBerlín, 3 de mayo de 2023 — Alemania entregó 14 tanques a la República Checa. Se trata de Leopard 2A4 que compró Suiza hace años.\n"},
		{"en", "Tanks for Prague\n\nBerlin, 3 May 2023 — Germany has delivered 14 tanks to the Czech Republic. The tanks are older Leopard 2A4s that Switzerland once bought.\n"},
	}
	for _, tc := range tests {
		found := anyCandidate(t, x, tc.lang, tc.text, "", func(c Candidate) bool {
			f := c.Fact
			return f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == "leopard-2" && f.Supplier.String() == "DE" && f.Recipient.String() == "CZ" &&
				strings.Contains(strings.Join(c.Features, " "), "flag=kind-identified")
		})
		if !found {
			t.Errorf("%s: no identified DE>CZ Leopard 2 candidate", tc.lang)
		}
	}
	// near miss: without the identifying words the second sentence's
	// system gets no flagged candidate of the deal
	cands, _ := x.Candidates(&domain.Document{Source: t.Name(), Language: "en", Text: "Tanks\n\nBerlin, 3 May 2023 — Germany has delivered 14 tanks to the Czech Republic. Poland praised the Leopard 2A4.\n"})
	for _, c := range cands {
		if strings.Contains(strings.Join(c.Features, " "), "kind-identified") {
			t.Errorf("identified without the words: %v", c.Fact.System)
		}
	}
}
