package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// fresh5Case: a sentence, the candidates it must give (brief form, exact)
// and the parts of a brief no candidate may hold.
type fresh5Case struct {
	name, lang, text string
	want, notHaving  []string
}

func checkFresh5(t *testing.T, cases []fresh5Case) {
	t.Helper()
	x := testExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-10"})
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			have := map[string]bool{}
			for _, c := range cs {
				all = append(all, brief(c.Fact))
				have[brief(c.Fact)] = true
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing candidate %q; have:\n  %s", w, strings.Join(all, "\n  "))
				}
			}
			for _, n := range tc.notHaving {
				for _, b := range all {
					if strings.Contains(b, n) {
						t.Errorf("unwanted candidate %q (holds %q)", b, n)
					}
				}
			}
		})
	}
}

// TestFresh5Witness: the states of the witnesses of a signing or a launch
// ("in the presence of", "en présence de", "en presencia de", "im Beisein
// von", "بحضور") are no parties (all_r12_fresh5_witness.go); with one
// signer named, the witness stays the other party. Sentences written for
// this test.
func TestFresh5Witness(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"de: im Beisein von", "de", "Im Beisein des deutschen Verteidigungsministers Boris Pistorius unterzeichneten Österreich und die Schweiz am Freitag eine Absichtserklärung zur Zusammenarbeit.",
			[]string{"agreement AT+CH y=2024"}, []string{"agreement AT+CH+DE", "agreement DE+AT", "agreement CH+DE"}},
		{"en: in the presence of", "en", "In the presence of German minister Boris Pistorius, Austria and Switzerland signed a defence cooperation memorandum on Friday.",
			[]string{"agreement AT+CH y=2024"}, []string{"DE"}},
		{"fr: en présence du", "fr", "En présence du ministre allemand, l'Autriche et la Suisse ont signé vendredi un protocole d'accord de coopération en matière de défense.",
			[]string{"agreement AT+CH y=2024"}, []string{"DE"}},
		{"es: en presencia del", "es", "En presencia del ministro alemán, Austria y Suiza firmaron un memorando de cooperación en defensa.",
			[]string{"agreement AT+CH y=2024"}, []string{"DE"}},
		{"ar: بحضور", "ar", "وقع وزيرا دفاع النمسا وسويسرا بحضور وزير الدفاع الألماني اتفاقا للتعاون الدفاعي يوم الجمعة.",
			[]string{"agreement AT+CH y=2024"}, []string{"DE"}},
		{"fr: launch witnessed by two presidents", "fr", "Le sous-marin Tonelero a été mis à l'eau en présence de Macron et Lula à Itaguaí mercredi.",
			nil, []string{"transfer FR>BR"}},
		// near miss: one signer named, the witness's state is the other party
		{"es: one signer, witness is the other party", "es", "El ministro peruano de Defensa firmó el memorando de cooperación naval en presencia del vicepresidente brasileño, de visita en Lima.",
			[]string{"agreement PE+BR y=2024"}, nil},
	})
}

// TestFresh5Removed: a state removed from a programme gets nothing from
// it, and French "exclu du programme" is a removal, no negation: the
// purchase in the same sentence stays (all_r12_fresh5_removed.go).
// Sentences written for this test.
func TestFresh5Removed(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"en: removed from the F-35 programme", "en", "In 2019 the United States removed Turkey from the F-35 programme over Ankara's purchase of Russian S-400 air defence systems.",
			[]string{"transfer RU>TR s-400 ordered y=2019"}, []string{"f-35"}},
		{"fr: exclu du programme", "fr", "Le pays a été exclu du programme F-35 après l'achat par Ankara de S-400 russes en 2019.",
			[]string{"transfer RU>TR s-400 ordered y=2019"}, []string{"f-35"}},
		{"es: excluida del programa", "es", "Turquía fue excluida del programa F-35 por Estados Unidos tras la compra de los S-400 rusos en 2019.",
			nil, []string{"f-35"}},
		{"de: aus dem Programm ausgeschlossen", "de", "Die USA hatten die Türkei 2019 nach dem Kauf russischer S-400 aus dem F-35-Programm ausgeschlossen.",
			nil, []string{"f-35"}},
		{"ar: استبعاد من برنامج", "ar", "استبعدت الولايات المتحدة تركيا من برنامج إف-35 بعد شرائها منظومة إس-400 الروسية.",
			nil, []string{"f-35"}},
		// near miss: joining a programme still buys
		{"en: Poland's F-35 order stays", "en", "Poland ordered 32 F-35 fighters from the United States in 2020.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2020"}, nil},
	})
}

// TestFresh5Civil: a civil airliner or freighter named by its model is no
// arms transfer, and the number written onto a model ("777-8") is not its
// count (all_r12_fresh5_civil.go). Sentences written for this test.
func TestFresh5Civil(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"en: 777-8 cargo aircraft", "en", "Qatar Airways ordered 34 Boeing 777-8 cargo aircraft from the United States.",
			nil, []string{"cat:aircraft", "q=8"}},
		{"fr: avions Airbus A330", "fr", "L'Algérie a commandé 8 avions Airbus A330 à la France.",
			nil, []string{"cat:aircraft"}},
		{"es: aviones Embraer E195-E2", "es", "Perú compró 24 aviones Embraer E195-E2 a Brasil.",
			nil, []string{"transfer BR>PE"}},
		{"de: A350-1000 Flugzeuge", "de", "Lufthansa bestellte 10 Airbus A350-1000 Flugzeuge aus Frankreich.",
			nil, []string{"cat:aircraft", "q=1000"}},
		// near misses: a tanker on a civil airframe, a rising range
		{"en: 777 tanker stays", "en", "Qatar ordered 34 Boeing 777-8 tanker aircraft from the United States.",
			[]string{"transfer US>QA cat:aircraft q=34 ordered y=2024"}, nil},
		{"en: money is no model", "en", "Egypt will buy 24 fighter aircraft from France for 787 million euros.",
			[]string{"transfer FR>EG cat:aircraft q=24 EUR=787000000"}, nil},
		{"en: a range is a count", "en", "Poland ordered 100-120 tanks from South Korea.",
			[]string{"transfer KR>PL cat:armoured-vehicles q=120 ordered y=2024"}, nil},
	})
}
