package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCoopR3Agreement: agreements told expired or rejected, signed with a
// company or by a ministry with a university, or standing for a purchase are no agreement between states; a
// signed cooperation agreement stays one (coop_r3_agreement.go). A
// national exercise in Arabic is no joint exercise (coop_r3_exercise.go).
// Sentences written for this test.
func TestCoopR3Agreement(t *testing.T) {
	tests := []factCase{
		{"en signed", "en", "2021-05-03",
			"Morocco and Spain signed a defence cooperation agreement on Monday.",
			[]string{"agreement ES,MA"}},
		{"en expired", "en", "2021-05-03",
			"The defence cooperation agreement between Morocco and Spain expired in 2020.", nil},
		{"en company", "en", "2021-05-03",
			"Morocco signed a defence cooperation agreement with the US company Lockheed Martin in 2021.", nil},
		{"en purchase", "en", "2021-05-03",
			"The memorandum of understanding signed by Poland and South Korea covers the purchase of 180 tanks.", nil},
		{"en signed then expired", "en", "2021-05-03",
			"The defence cooperation agreement that Morocco and Spain signed in 2015 expired in 2020.",
			[]string{"agreement ES,MA"}},
		{"fr expired", "fr", "2021-05-03",
			"L'accord de coopération en matière de défense entre le Maroc et l'Espagne a expiré en 2020.", nil},
		{"fr company", "fr", "2021-05-03",
			"Le Maroc a signé en 2021 un accord de coopération militaire avec l'entreprise américaine Lockheed Martin.", nil},
		{"es rejected", "es", "2021-05-03",
			"Marruecos rechazó el acuerdo de cooperación militar propuesto por España en 2021.", nil},
		{"es company", "es", "2021-05-03",
			"Marruecos firmó en 2021 un acuerdo de cooperación militar con la empresa estadounidense Lockheed Martin.", nil},
		{"es purchase", "es", "2021-05-03",
			"El convenio de cooperación firmado por Perú y Corea del Sur abarca la compra de 40 tanques.", nil},
		{"de expired", "de", "2021-05-03",
			"Das Abkommen über Verteidigungszusammenarbeit zwischen Marokko und Spanien lief 2020 aus.", nil},
		{"de rejected", "de", "2021-05-03",
			"Marokko lehnte 2021 das von Spanien vorgeschlagene Abkommen über militärische Zusammenarbeit ab.", nil},
		{"ar company", "ar", "2021-05-03",
			"وقع المغرب عام 2021 اتفاقية تعاون عسكري مع شركة لوكهيد مارتن الأمريكية.", nil},
		{"es ministry with a university", "es", "2021-05-03",
			"MADRID, 3 may (EFE) - El Ministerio de Defensa firmó el lunes un convenio de colaboración con la Universidad de Sevilla. Marruecos y España son vecinos.", nil},
		{"de ministry with a university", "de", "2021-05-03",
			"Das Verteidigungsministerium hat am Montag eine Kooperationsvereinbarung mit der Universität der Bundeswehr unterzeichnet. Deutschland und Frankreich arbeiten eng zusammen.", nil},
		{"en two states with an institute", "en", "2021-05-03",
			"Morocco and Spain signed a defence cooperation agreement with the support of the Elcano Institute on Monday.",
			[]string{"agreement ES,MA"}},
		{"ar national exercise", "ar", "2023-05-03",
			"نفذ الجيش المغربي عام 2023 مناورة وطنية باسم \"درع الصحراء\".", nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeAgreement && f.Type != domain.TypeExercise {
			return "", false
		}
		var ps []string
		for _, p := range f.Parties {
			ps = append(ps, p.String())
		}
		slices.Sort(ps)
		return f.Type + " " + strings.Join(ps, ","), true
	})
}
