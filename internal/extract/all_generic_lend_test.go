package extract

import (
	"strconv"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestGenericLendsToNamed: a word for the kind of the one named system
// ("the four aircraft", "los 24 aviones") restates it; its count and the
// deal's amount in its sentence are the named system's (all_generic_lend.go,
// ruleDealValue). Sentences written for this test.
func TestGenericLendsToNamed(t *testing.T) {
	tests := []factCase{
		{"en worth ... the agreement covers four aircraft", "en", "2025-08-26",
			"Thailand has signed a contract with Sweden for Gripen E/F fighters. Worth 5.3 billion SEK, the agreement covers the supply of four aircraft from 2026.",
			[]string{"transfer SE>TH gripen q=4 v=5.3e+09 SEK ordered"}},
		{"en the deal for the helicopters is valued", "en", "2024-03-02",
			"Nigeria has ordered AH-1Z Viper attack helicopters from the United States. The deal, valued at $997 million, covers 12 helicopters.",
			[]string{"transfer US>NG ah-1z-viper q=12 v=9.97e+08 USD ordered"}},
		{"es el contrato por los aviones", "es", "2024-05-03",
			"Argentina compró cazas F-16 a Dinamarca. El contrato, de 300 millones de dólares, incluye 24 aviones.",
			[]string{"transfer DK>AR f-16 q=24 v=3e+08 USD ordered"}},
		{"fr le contrat porte sur des avions", "fr", "2024-05-03",
			"L'Indonésie a commandé des Rafale à la France. Le contrat, d'un montant de 8,1 milliards de dollars, porte sur 42 avions.",
			[]string{"transfer FR>ID rafale q=42 v=8.1e+09 USD ordered"}},
		// two named systems of the kind: whose the count is, the text does not say
		{"two named systems keep their own", "en", "2024-05-03",
			"Poland ordered F-35 and F-16 fighters from the United States. The deal covers 32 aircraft.",
			[]string{"transfer US>PL f-35 q=0 v=- ordered", "transfer US>PL f-16 q=0 v=- ordered"}},
	}
	checkFacts(t, tests, lendBrief)
}

func lendBrief(f domain.Fact) (string, bool) {
	if f.Type != domain.TypeTransfer || f.System == nil {
		return "", false
	}
	what := f.System.Category
	if f.System.ID != "" {
		what = f.System.ID
	}
	v := "-"
	if f.Value != nil {
		v = strconv.FormatFloat(f.Value.Amount, 'g', -1, 64) + " " + f.Value.Currency
	}
	return f.Type + " " + f.Supplier.String() + ">" + f.Recipient.String() + " " + what + " q=" + itoa(f.Quantity) + " v=" + v + " " + f.Stage, true
}
