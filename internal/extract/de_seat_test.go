package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeSeat: a ministry or a government "in" a capital is that state, a
// party (de_seat.go); "das Verteidigungsministerium" alone stands for the
// document's state; the Swiss "Bundesrat" approving an export sells,
// also back to the maker's state; "Puma-Panzer" is the Puma IFV.
// Sentences written for this test.
func TestDeSeat(t *testing.T) {
	tests := []factCase{
		{"a ministry in a capital buys", "de", "2024-03-03",
			"Das Verteidigungsministerium in Vilnius hat 18 Caesar-Haubitzen bestellt.",
			[]string{"transfer FR>LT caesar q=18 ordered y=2024"}},
		{"a government in a state buys", "de", "2024-03-03",
			"Die Regierung in Polen hat 96 Apache-Hubschrauber bestellt.",
			[]string{"transfer US>PL ah-64-apache q=96 ordered y=2024"}},
		{"the ministry alone stands for the document's buyer", "de", "2024-03-03",
			"Litauen rüstet auf. Das Verteidigungsministerium hat 18 Caesar-Haubitzen bestellt.",
			[]string{"transfer FR>LT caesar q=18 ordered y=2024"}},
		{"a place after a verb stays a place", "de", "2024-03-03",
			"Polen hat in Südkorea 180 Kampfjets bestellt.",
			[]string{"transfer KR>PL cat:aircraft q=180 ordered y=2024"}},
		{"the Bundesrat sells back to the maker's state", "de", "2024-03-03",
			"Die Schweiz hält an ihrer Neutralität fest. Der Bundesrat hat den Verkauf von 25 Leopard 2 A4 an Deutschland genehmigt.",
			[]string{"transfer CH>DE leopard-2 q=25 approved y=2024"}},
		{"the Bundesrat approving an export sells", "de", "2024-03-03",
			"Die Schweiz hält an ihrer Neutralität fest. Der Bundesrat hat die Ausfuhrbewilligung für 30 Leopard-2-Panzer an Polen erteilt.",
			[]string{"transfer CH>PL leopard-2 q=30 approved y=2024"}},
		{"Puma-Panzer", "de", "2024-03-03",
			"Ungarn hat 20 Puma-Panzer bestellt.",
			[]string{"transfer DE>HU puma-ifv q=20 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
