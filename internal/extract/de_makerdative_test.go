package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeMakerDative: a maker as the subject of a German giving verb, the
// buyer a bare dative (de_makerdative.go); a company receiving an order
// was ordered from (de_orderstage.go); in clauses each with its own
// buyer, the system goes to its clause's buyers (de_clausebuyer.go).
// Sentences written for this test.
func TestDeMakerDative(t *testing.T) {
	tests := []factCase{
		{"a maker gives to a bare dative", "de", "2024-03-03",
			"Diehl Defence hat Ägypten sieben Luftverteidigungssysteme IRIS-T SLM geliefert.",
			[]string{"transfer DE>EG iris-t-slm q=7 delivered y=2024"}},
		{"a maker sells to a bare dative", "de", "2024-03-03",
			"Rheinmetall hat Ungarn 40 Schützenpanzer Lynx verkauft.",
			[]string{"transfer DE>HU lynx-kf41 q=40 ordered y=2024"}},
		{"a state's dative is read as before", "de", "2024-03-03",
			"Deutschland hat Ägypten sieben Luftverteidigungssysteme IRIS-T SLM geliefert.",
			[]string{"transfer DE>EG iris-t-slm q=7 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

func TestDeOrderReceived(t *testing.T) {
	tests := []factCase{
		{"a company receives a large order", "de", "2024-03-03",
			"Rheinmetall erhält einen Großauftrag aus Ungarn über 218 Schützenpanzer Lynx.",
			[]string{"transfer DE>HU lynx-kf41 q=218 ordered y=2024"}},
		{"the order before the verb", "de", "2024-03-03",
			"Rheinmetall hat von Ungarn einen Auftrag über 218 Schützenpanzer Lynx erhalten.",
			[]string{"transfer DE>HU lynx-kf41 q=218 ordered y=2024"}},
		{"a state receiving goods is still a delivery", "de", "2024-03-03",
			"Ungarn hat 40 Schützenpanzer Lynx von Rheinmetall erhalten.",
			[]string{"transfer DE>HU lynx-kf41 q=40 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

func TestDeClauseBuyer(t *testing.T) {
	tests := []factCase{
		{"the later clause's buyers get its system", "de", "2024-03-03",
			"Togo bekam im Sommer zwei Kirpi, und Marokko und Tunesien haben 12 Bayraktar TB2 gekauft.",
			[]string{"transfer TR>TG kirpi q=2 delivered y=2024", "transfer TR>TN bayraktar-tb2 q=12 ordered y=2024", "transfer TR>MA bayraktar-tb2 q=12 ordered y=2024"}},
		{"a relative clause leaves the subject", "de", "2024-03-03",
			"Polen, das schon Panzer aus Korea kaufte, hat nun 48 K9 bestellt.",
			[]string{"transfer KR>PL k9-thunder q=48 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
