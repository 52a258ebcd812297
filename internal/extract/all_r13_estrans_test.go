package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEstransCapitalCase: "La Paz" names Bolivia, "la paz" is peace
// (all_r13_estrans_capitalcase.go). Sentences written for this test.
func TestEstransCapitalCase(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: amenazas a la paz", "es", "2023-07-23",
			"Ecuador y Estados Unidos firmaron un memorándum de entendimiento en defensa frente a las amenazas a la paz y la seguridad.",
			[]string{"agreement EC+US y=2023"}, []string{"agreement EC+BO y=2023", "agreement BO+EC y=2023", "agreement EC+US+BO y=2023"}},
		{"es: La Paz is Bolivia", "es", "2023-07-23",
			"La Paz y Pekín firmaron un memorándum de cooperación en defensa.",
			[]string{"agreement BO+CN y=2023"}, nil},
	})
}

// TestEstransGiftOf: a gift word and "de" before a state name the giver
// (lexicon r13-estrans supplier-prep). Sentences written for this test.
func TestEstransGiftOf(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: donación de Corea del Sur", "es", "2023-08-14",
			"El Gobierno uruguayo incorpora un nuevo patrullero para la Armada gracias a una donación de Corea del Sur.",
			nil, []string{"transfer UY>KR cat:ships q=1 delivered y=2023", "transfer UY>KR cat:ships q=1 y=2023"}},
	})
}

// TestEstransParadeDoc: a document opening on a parade reports what
// passed, not sales: such candidates carry the doubt r13-parade-doc
// (all_r13_estrans_paradedoc.go), and a purchase the text tells does not.
// Sentences written for this test.
func TestEstransParadeDoc(t *testing.T) {
	x := testExtractor(t)
	flagged := func(text, want string) bool {
		cs, err := x.Candidates(&domain.Document{Source: "parade", Language: "es", Text: text, Published: "2019-09-16"})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if brief(c.Fact) != want {
				continue
			}
			for _, f := range c.Features {
				if strings.HasSuffix(f, "flag=r13-parade-doc") {
					return true
				}
			}
			return false
		}
		t.Fatalf("no candidate %q", want)
		return false
	}
	if !flagged("Desfile militar del 16 de septiembre en el Zócalo\n\nMiles de personas asistieron. Después cruzaron la plaza cuatro aviones T-6 Texan II de la Fuerza Aérea Mexicana.", "transfer US>MX t-6-texan q=4") {
		t.Error("a system passing in a parade is not flagged")
	}
	// near miss: a parade document may still tell a purchase
	if flagged("Desfile militar del 16 de septiembre en el Zócalo\n\nMéxico compró a Estados Unidos cuatro aviones T-6 Texan II en 2018.", "transfer US>MX t-6-texan q=4 ordered y=2018") {
		t.Error("a purchase in a parade's report is flagged")
	}
}

// TestEstransFittedList: every item of a platform's equipment list is a
// part (all_r13_estrans_fittedlist.go). Sentences written for this test.
func TestEstransFittedList(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"en: armed with A and B", "en", "2025-06-10",
			"South Korea delivered a corvette to the Philippines. The 3,200-tonne warship is armed with C-Star anti-ship missiles and a VL MICA vertical launcher.",
			nil, []string{"transfer KR>PH vl-mica q=1 delivered y=2025", "transfer FR>PH vl-mica q=1 delivered y=2025"}},
		{"es: llevan motores", "es", "2009-06-10",
			"Bolivia sustituirá la compra de aviones L-159 checos, vetada porque llevan motores estadounidenses.",
			nil, []string{"transfer US>BO cat:engines ordered y=2009"}},
	})
}

// TestEstransUnlike: a phrase of contrast opening the sentence keeps its
// fact from the main clause's negation (all_r13_estrans_unlike.go).
// Sentences written for this test.
func TestEstransUnlike(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: a diferencia de", "es", "2025-01-10",
			"A diferencia de los seis cazas F-16 que Argentina compró a Dinamarca, esta vez Estados Unidos no aportará financiamiento.",
			[]string{"transfer DK>AR f-16 q=6 ordered y=2025"}, nil},
		{"en: unlike", "en", "2025-01-10",
			"Unlike the six F-16s that Argentina bought from Denmark, the United States will not finance the vehicles.",
			[]string{"transfer DK>AR f-16 q=6 ordered y=2025"}, nil},
		// near miss: a negation inside the same stretch still negates
		{"es: negated purchase", "es", "2025-01-10",
			"Argentina no compró a Dinamarca seis cazas F-16.",
			nil, []string{"transfer DK>AR f-16 q=6 ordered y=2025"}},
	})
}

// TestEstransPartsFor: the kinds after "spare parts for" are hosts
// (all_r13_estrans_partsfor.go). Sentences written for this test.
func TestEstransPartsFor(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: repuestos para", "es", "2024-10-23",
			"Estados Unidos entregó al Ejército de Guatemala chalecos y repuestos para vehículos, embarcaciones y aeronaves.",
			nil, []string{"transfer US>GT cat:aircraft delivered y=2024", "transfer US>GT cat:ships delivered y=2024"}},
		{"en: spare parts for", "en", "2024-10-23",
			"The United States delivered spare parts for helicopters and patrol boats to Guatemala.",
			nil, []string{"transfer US>GT cat:aircraft delivered y=2024", "transfer US>GT cat:ships delivered y=2024"}},
		// near miss: an item with its own article is sold
		{"es: y una lancha", "es", "2024-10-23",
			"Estados Unidos entregó a Guatemala repuestos para vehículos y una lancha patrullera.",
			[]string{"transfer US>GT cat:ships q=1 delivered y=2024"}, nil},
	})
}
