package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnR4Exported: "exported" tells past exports, a delivery, to each
// state of a list (lexicon stage-delivered); the noun "export" next to an
// approval stays approved. Sentences written for this test.
func TestEnR4Exported(t *testing.T) {
	tests := []factCase{
		{"has exported to a list of buyers", "en", "2024-05-12",
			"South Korea has exported the K9 howitzer to Poland, Norway and Egypt.",
			[]string{"transfer KR>PL k9-thunder delivered y=2024", "transfer KR>NO k9-thunder delivered y=2024", "transfer KR>EG k9-thunder delivered y=2024"}},
		{"exported with a number and a year", "en", "2024-05-12",
			"Turkey exported 12 Bayraktar TB2 drones to Ukraine in 2022.",
			[]string{"transfer TR>UA bayraktar-tb2 q=12 delivered y=2022"}},
		{"an approved export stays approved", "en", "2024-05-12",
			"The export of 18 Leopard 2 tanks to Ukraine was approved by Germany.",
			[]string{"transfer DE>UA leopard-2 q=18 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnR4Paid: money paid or spent for systems from a named seller is a
// purchase (lexicon stage-ordered "paid", "will pay", "spent"). Sentences
// written for this test.
func TestEnR4Paid(t *testing.T) {
	tests := []factCase{
		{"spent on", "en", "2024-05-12",
			"Nigeria spent 300 million dollars on 12 AH-1Z helicopters from the United States.",
			[]string{"transfer US>NG ah-1z-viper q=12 USD=300000000 ordered y=2024"}},
		{"will pay for", "en", "2024-05-12",
			"India will pay France for 26 Rafale Marine jets.",
			[]string{"transfer FR>IN rafale q=26 ordered y=2024"}},
		{"paid to for", "en", "2024-05-12",
			"The Philippines paid India for three BrahMos batteries.",
			[]string{"transfer IN>PH brahmos q=3 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnR4Receipt: "took receipt of" is a delivery (lexicon
// stage-delivered). Sentences written for this test.
func TestEnR4Receipt(t *testing.T) {
	tests := []factCase{
		{"took receipt of", "en", "2024-05-12",
			"Iraq took receipt of six T-50IQ jets from South Korea.",
			[]string{"transfer KR>IQ t-50 q=6 delivered y=2024"}},
		{"has taken receipt of", "en", "2024-05-12",
			"The Kenyan Air Force has taken receipt of two Mi-17 helicopters from Russia.",
			[]string{"transfer RU>KE mi-8-17 q=2 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEnR4Progressive: a purchase under way ("is buying", "is acquiring",
// "is procuring") from a named seller is ordered (lexicon stage-ordered);
// a hypothetical before it still drops it. Sentences written for this
// test.
func TestEnR4Progressive(t *testing.T) {
	tests := []factCase{
		{"is buying", "en", "2024-05-12",
			"Thailand is buying two more Gripen jets from Sweden.",
			[]string{"transfer SE>TH gripen q=2 ordered y=2024"}},
		{"is acquiring", "en", "2024-05-12",
			"Ghana is acquiring four Z-9 helicopters from China.",
			[]string{"transfer CN>GH z-9 q=4 ordered y=2024"}},
		{"considering stays a plan", "en", "2024-05-12",
			"Thailand is considering buying two more Gripen jets from Sweden.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
