package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeBareDativeSubject: in the German perfect the subject state stays
// the supplier when a bare state's name, the dative object, stands between
// it and the verb ("Spanien hat Kiew ... geliefert"; roles.go reads
// germanIndirectObject); verbs of buying from, asking for and getting
// (lang_de.tsv). Sentences written for this test.
func TestDeBareDativeSubject(t *testing.T) {
	tests := []factCase{
		{"bare capital as dative", "de", "2024-05-12",
			"Spanien hat Kiew 10 Leopard-2A4-Panzer geliefert.",
			[]string{"transfer ES>UA leopard-2 q=10 delivered y=2024"}},
		{"bare state as dative, a pledge", "de", "2024-05-12",
			"Die Niederlande haben Kiew 18 Leopard-2A6-Panzer zugesagt.",
			[]string{"transfer NL>UA leopard-2 q=18 approved y=2024"}},
		{"bought from", "de", "2024-05-12",
			"Polen hat Südkorea 180 K2-Panzer abgekauft.",
			[]string{"transfer KR>PL k2-black-panther q=180 ordered y=2024"}},
		{"acquires", "de", "2024-05-12",
			"Griechenland erwirbt 20 F-35 von den Vereinigten Staaten.",
			[]string{"transfer US>GR f-35 q=20 ordered y=2024"}},
		{"asked for", "de", "2024-05-12",
			"Die Ukraine hat Deutschland um zehn weitere Iris-T-Systeme gebeten.",
			[]string{"transfer DE>UA iris-t q=10 requested y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
