package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR15coopExerciseEdition: an exercise named with and without its
// edition in one document is one candidate; two editions stay two
// (all_r15_coop_exedition.go). Sentences written for this test.
func TestR15coopExerciseEdition(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text string
		want             int
	}{
		{"fr: quoted with a year, then bare", "fr", "Les armées sénégalaise et française ont lancé l'exercice « Lion Côtier 2024 ». L'exercice Lion Côtier réunit 800 militaires.", 1},
		{"de: quoted with a short year, then bare", "de", "Soldaten aus Deutschland und Litauen üben bei der Übung „Baltischer Wolf 24“. Die Übung Baltischer Wolf endet am Freitag.", 1},
		{"es: quoted with a year, then bare", "es", "Tropas de Colombia y Perú inician el ejercicio «Cóndor Andino 2024». El ejercicio Cóndor Andino concluye el viernes.", 1},
		{"es: two editions stay two", "es", "Tropas de Colombia y Perú inician el ejercicio «Cóndor Andino 2024». El ejercicio «Cóndor Andino 2019» fue más pequeño.", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-10"})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, c := range cs {
				if c.Fact.Type == "exercise" {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%d exercise candidates, want %d", n, tc.want)
			}
		})
	}
	for _, c := range []struct {
		in, base, ed string
	}{
		{"Cobra Gold 2024", "cobra gold", "24"},
		{"Cobra Gold 24", "cobra gold", "24"},
		{"UNITAS LXV", "unitas", "lxv"},
		{"Sea Border", "sea border", ""},
		{"Vostok-2018", "vostok", "18"},
		{"Red Wave 1", "red wave", "1"},
		{"2024", "2024", ""},
	} {
		if b, e := r15coopExerciseEdition(c.in); b != c.base || e != c.ed {
			t.Errorf("%q: %q %q, want %q %q", c.in, b, e, c.base, c.ed)
		}
	}
}

// TestR15coopOutside: an organisation named as what a state is outside
// of is no membership in it, and an ally word before "outside NATO"
// names the major non-NATO ally status (all_r15_coop_outside.go; the
// status's aliases in named.tsv). Sentences written for this test.
func TestR15coopOutside(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"es: aliado principal fuera de la OTAN", "es", "Estados Unidos designó a Colombia como aliado principal fuera de la OTAN.",
			[]string{"membership CO mnna"}, []string{"nato"}},
		{"es: an ally word far before fuera de la OTAN", "es", "Washington declaró a Colombia aliado militar estratégico de Estados Unidos fuera de la OTAN.",
			[]string{"membership CO mnna"}, []string{"nato", "membership US"}},
		{"de: zum wichtigsten Verbündeten außerhalb der NATO", "de", "Die USA haben Kolumbien zum wichtigsten Verbündeten außerhalb der NATO ernannt.",
			[]string{"membership CO mnna"}, []string{"nato"}},
		{"de: einem wichtigen Verbündeten außerhalb der Nato", "de", "Washington erklärte Kolumbien zu einem wichtigen Verbündeten außerhalb der Nato.",
			[]string{"membership CO mnna"}, []string{"nato"}},
		{"fr: allié majeur en dehors de l'OTAN", "fr", "La Colombie est devenue un allié majeur en dehors de l'OTAN.",
			[]string{"membership CO mnna y=2024"}, []string{"nato"}},
		{"en: an ally outside NATO", "en", "Washington named Colombia a close military ally of the United States outside NATO.",
			[]string{"membership CO mnna"}, []string{"nato", "membership US"}},
		{"es: the long name outside and its abbreviation", "es", "Washington declaró a Colombia aliado estratégico de Estados Unidos fuera de la Organización del Tratado del Atlántico Norte (OTAN).",
			[]string{"membership CO mnna"}, []string{"nato"}},
		{"en: staying outside is no membership", "en", "Colombia decided to remain outside of NATO and joined no alliance.",
			nil, []string{"nato"}},
		// near miss: a member of NATO is still one
		{"es: a member of NATO", "es", "Suecia se unió a la OTAN en marzo de 2024.",
			[]string{"membership SE nato y=2024"}, nil},
	})
}

// TestR15coopTalksSigned: talks that ended in a signing in the same
// sentence are no plan (all_r15_coop_talksigned.go); talks alone stay a
// plan. Sentences written for this test.
func TestR15coopTalksSigned(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"fr: des discussions … ils ont signé", "fr", "À Accra, les présidents du Ghana et du Togo ont concrétisé des discussions engagées depuis des mois : ils ont signé un accord de défense.",
			[]string{"agreement GH+TG y=2024"}, nil},
		{"en: talks … signed", "en", "Ghana and Togo ended weeks of talks on Monday and signed a defence cooperation agreement.",
			[]string{"agreement GH+TG y=2024"}, nil},
		{"es: conversaciones … firmaron", "es", "Las conversaciones entre Perú y Chile culminaron el lunes: firmaron un memorando de cooperación en defensa.",
			[]string{"agreement PE+CL y=2024"}, nil},
		{"de: Gespräche … unterzeichneten", "de", "Die Gespräche zwischen Polen und Litauen waren erfolgreich, beide Minister unterzeichneten eine Vereinbarung über militärische Zusammenarbeit.",
			[]string{"agreement PL+LT y=2024"}, nil},
		// near misses: talks with nothing signed, or a negated signing
		{"en: talks alone", "en", "Ghana and Togo held talks on a defence cooperation agreement on Monday.",
			nil, []string{"agreement"}},
		{"en: talks, nothing signed", "en", "Ghana and Togo held talks on a defence cooperation agreement, but nothing was signed.",
			nil, []string{"agreement"}},
		{"fr: discussions, rien de signé", "fr", "Le Ghana et le Togo ont poursuivi des discussions sur un accord de défense qui n'a pas été signé.",
			nil, []string{"agreement"}},
	})
}

// TestR15coopHubSigner: one state signing with several partners, one
// sentence each, signs every one of them; a sentence opening on "with"
// and its partner has no subject there (all_r15_coop_hub.go). Sentences
// written for this test.
func TestR15coopHubSigner(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, lang, text string
		want, notWant    []string
	}{
		{"en", "en", "Morocco's defence minister signed several agreements on Tuesday. With Rwanda, he signed a memorandum of understanding on military cooperation. With Kenya, a military training agreement was signed. A similar agreement was concluded with Senegal.",
			[]string{"agreement MA+RW", "agreement MA+KE", "agreement MA+SN"}, []string{"agreement RW+KE", "agreement KE+SN"}},
		{"fr", "fr", "Le ministre marocain de la Défense a signé mardi plusieurs accords. Avec le Rwanda, il a signé un mémorandum d'entente sur la coopération militaire. Avec le Kenya, un accord de formation militaire a été signé. Un accord similaire a été conclu avec le Sénégal.",
			[]string{"agreement MA+RW", "agreement MA+KE", "agreement MA+SN"}, []string{"agreement RW+KE", "agreement KE+SN"}},
		{"es", "es", "El ministro de Defensa marroquí firmó el martes varios acuerdos. Con Ruanda firmó un memorando de entendimiento sobre cooperación militar. Con Nigeria se firmó un acuerdo de formación militar. Un acuerdo similar se concluyó con Senegal.",
			[]string{"agreement MA+RW", "agreement MA+NG", "agreement MA+SN"}, []string{"agreement RW+NG", "agreement NG+SN"}},
		{"de", "de", "Der marokkanische Verteidigungsminister unterzeichnete am Dienstag mehrere Abkommen. Mit Ruanda unterzeichnete er eine Absichtserklärung über militärische Zusammenarbeit. Mit Kenia wurde ein Abkommen über militärische Ausbildung unterzeichnet. Ein ähnliches Abkommen wurde mit Senegal geschlossen.",
			[]string{"agreement MA+RW", "agreement MA+KE", "agreement MA+SN"}, []string{"agreement RW+KE", "agreement KE+SN"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x.SetModel(nil)
			fs, err := x.Facts(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-10"})
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			var all []string
			for _, f := range fs {
				b := brief(f)
				all = append(all, b)
				if f.Type == domain.TypeAgreement && len(f.Parties) == 2 {
					have["agreement "+f.Parties[0].String()+"+"+f.Parties[1].String()] = true
					have["agreement "+f.Parties[1].String()+"+"+f.Parties[0].String()] = true
				}
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing %q; have %v", w, all)
				}
			}
			for _, w := range tc.notWant {
				if have[w] {
					t.Errorf("unwanted %q; have %v", w, all)
				}
			}
		})
	}
}
