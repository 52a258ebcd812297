package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestReportFigure: an export report's figure with the world is no
// aggregate of the pair the document borrows from another sentence; a
// value of the pair's whole package or a stated total stays theirs
// (all_aggregate_world.go). Sentences written for this test.
func TestReportFigure(t *testing.T) {
	tests := []factCase{
		{"de: the year's approved exports", "de", "2024-03-03",
			"Berlin erlaubt den Export von zwei Korvetten nach Katar. Im Jahresbericht sanken die Ausfuhren von Rüstungsgütern insgesamt auf 5,1 Milliarden Euro.",
			nil},
		{"fr: the year's arms exports", "fr", "2024-03-03",
			"La France a autorisé la vente de 12 canons Caesar au Maroc. Les exportations d'armement ont atteint 8 milliards d'euros l'an dernier.",
			nil},
		{"es: the year's arms exports", "es", "2024-03-03",
			"España autorizó la venta de un buque patrullero a Arabia Saudí. Las exportaciones de armas alcanzaron 4.000 millones de euros el año pasado.",
			nil},
		{"de: goods to buyers in 58 states, licensed by an office", "de", "2024-03-03",
			"Schweizer Firmen exportierten weniger Kriegsmaterial. Laut Seco gingen Waren für 512,3 Millionen Franken an Kunden in 61 Staaten. Russische Waffen enthielten Schweizer Bauteile.",
			nil},
		{"fr: the whole contract stays the pair's", "fr", "2024-03-03",
			"L'Égypte achète 24 avions de combat Rafale à la France. Le Caire commande aussi une frégate FREMM aux Français. Les experts estiment la valeur de l'ensemble du contrat à environ 5,3 milliards d'euros.",
			[]string{"aggregate FR>EG EUR=5300000000"}},
		{"es: the whole package stays the pair's", "es", "2024-03-03",
			"Egipto compra 24 cazas Rafale a Francia. El Cairo encarga además una fragata FREMM a los franceses. Los expertos calculan el valor del paquete completo en unos 5.300 millones de euros.",
			[]string{"aggregate FR>EG EUR=5300000000"}},
		{"de: a stated total after the contracts stays the pair's", "de", "2024-03-03",
			"Polen hat mit Südkorea Verträge über 180 Kampfpanzer K2 und 212 Panzerhaubitzen K9 geschlossen. Das Gesamtvolumen liegt bei mehr als 5,8 Milliarden Dollar.",
			[]string{"aggregate KR>PL USD=5800000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate })
}
