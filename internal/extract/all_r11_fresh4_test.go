package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFresh4ListSeller: the maker's state of a list's first system, which
// the sentence never names, does not sell another item of the list that
// goes to another buyer (all_r11_fresh4_listseller.go). Sentences written
// for this test.
func TestFresh4ListSeller(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: Scorpène para Malasia, patrulleras para Venezuela", "es", "2007-06-19",
			"Navantia construirá tres fragatas F-100 para Australia. El centro de Cartagena trabaja en los pedidos de submarinos \"Scorpene\" para Malasia y el astillero de Cádiz, en varias patrulleras para Venezuela.",
			[]string{"transfer FR>MY scorpene ordered y=2007"}, []string{"transfer FR>VE cat:ships ordered y=2007"}},
	})
}

// TestFresh4DemonstrativeSource: a source state named with a
// demonstrative's noun ("Ces appareils, acquis auprès de la Bulgarie") is
// the source of systems named before, not of one a later sentence names;
// armament after a long clause is the host's, no sale
// (all_r11_fresh4_listseller.go). Sentences written for this test.
func TestFresh4DemonstrativeSource(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"fr: ces appareils, then Mi-24", "fr", "2018-08-08",
			"L'armée de l'Air de Côte d'Ivoire a ouvert le défilé avec des Antonov 26. Ces appareils, acquis auprès de la Bulgarie, sont armés de quatre canons. Suivaient des hélicoptères d'assaut Mi-24, armés de roquettes.",
			nil, []string{"transfer BG>CI mi-24-35", "transfer BG>CI cat:artillery q=4 ordered"}},
		{"en: these aircraft, then Mi-24", "en", "2018-08-08",
			"The Ivorian air force opened the parade with An-26 transports. These aircraft, bought from Bulgaria two decades ago, are armed with four cannons. Mi-24 attack helicopters followed.",
			nil, []string{"transfer BG>CI mi-24-35", "transfer BG>CI cat:artillery q=4 ordered"}},
		// near miss: a bullet of a package keeps the package's seller
		{"en: bullet of a package", "en", "2023-01-16",
			"The UK will send Ukraine a new package of military aid, including:\n\n- Hundreds of additional missiles, among them Starstreak air defence and Guided Multiple Launch Rocket System (GMLRS)\n\n- A further 100,000 artillery rounds",
			[]string{"transfer GB>UA gmlrs-m31"}, nil},
	})
}

// TestFresh4SupportWith: weapons with which a state supported another
// were delivered (all_r11_fresh4_supportwith.go); support without weapons
// makes no transfer. Sentences written for this test.
func TestFresh4SupportWith(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"de: mit Raketen unterstützt", "de", "2025-10-11",
			"Zunächst hatte Nordkorea Russland nur mit Raketen und Artilleriemunition im Kampf gegen Kiew unterstützt.",
			[]string{"transfer KP>RU cat:missiles delivered y=2025", "transfer KP>RU cat:ammunition delivered y=2025"}, nil},
		{"en: supported with missiles", "en", "2025-10-11",
			"North Korea has supported Russia with missiles and artillery shells.",
			[]string{"transfer KP>RU cat:missiles delivered y=2025"}, nil},
		{"fr: soutenu avec des missiles", "fr", "2025-10-11",
			"La Corée du Nord a soutenu la Russie avec des missiles et des obus.",
			[]string{"transfer KP>RU cat:missiles delivered y=2025"}, nil},
		{"es: apoyó con misiles", "es", "2025-10-11",
			"Corea del Norte apoyó a Rusia con misiles y proyectiles de artillería.",
			[]string{"transfer KP>RU cat:missiles delivered y=2025"}, nil},
		{"ar: دعمت بطائرات", "ar", "2025-10-11",
			"دعمت إيران روسيا بطائرات مسيرة من طراز شاهد.",
			[]string{"transfer IR>RU cat:aircraft delivered y=2025"}, nil},
		// near misses: the weapons are another verb's, in another clause
		{"de: angreift mit", "de", "2025-10-11",
			"Polen unterstützt die Ukraine, während Russland die Stadt mit Iskander-Raketen angreift.",
			nil, []string{"transfer RU>PL iskander delivered y=2025"}},
		{"es: ataca con", "es", "2025-10-11",
			"España apoya a Ucrania mientras Rusia ataca Kiev con misiles Iskander.",
			nil, []string{"transfer RU>UA iskander delivered y=2025"}},
	})
}

// TestFresh4PresentExport: German "exportiert" without an auxiliary is
// the present of a deal just made (ordered), with one a delivery
// (all_r11_fresh4_supportwith.go). Sentences written for this test.
func TestFresh4PresentExport(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"de: exportiert, present", "de", "2017-12-21",
			"Südkorea exportiert 24 Panzerhaubitzen vom Typ K9 nach Norwegen.",
			[]string{"transfer KR>NO k9-thunder q=24 ordered y=2017"}, []string{"transfer KR>NO k9-thunder q=24 delivered y=2017"}},
		{"de: hat exportiert, perfect", "de", "2017-12-21",
			"Südkorea hat 24 Panzerhaubitzen vom Typ K9 nach Norwegen exportiert.",
			[]string{"transfer KR>NO k9-thunder q=24 delivered y=2017"}, nil},
	})
}

// TestFresh4SubjectOfSentenceBefore: a status of forces agreement (SOFA)
// is an agreement; a signer left out ("firmó ... con Ecuador") is the
// state the sentence before has as its subject. Sentences written for
// this test.
func TestFresh4SubjectOfSentenceBefore(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: firmó un SOFA con Ecuador", "es", "2025-12-15",
			"Estados Unidos y Paraguay firmaron un acuerdo de cooperación militar. Estados Unidos mantiene numerosos acuerdos de este tipo en el mundo. En 2023 firmó un SOFA similar con Ecuador.",
			[]string{"agreement US+EC y=2023"}, nil},
	})
}

// TestFresh4BackPointingNotConjunction: a demonstrative before a word for
// a kind of equipment points back ("these aircraft", "ces appareils"), an
// English "that" before an article is a conjunction ("officials said that
// the aircraft …") and points nowhere. Sentences written for this test.
func TestFresh4BackPointingNotConjunction(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		lang, text string
		want       bool
	}{
		{"en", "These aircraft were bought from Bulgaria.", true},
		{"en", "Officials said that aircraft were bought from Bulgaria.", true},
		{"en", "Officials said that the aircraft were bought from Bulgaria.", false},
		{"fr", "Ces appareils ont été acquis auprès de la Bulgarie.", true},
	}
	for _, tc := range cases {
		d := &docScan{x: x, lw: x.langs[tc.lang], doc: &domain.Document{Source: "t", Language: tc.lang, Text: tc.text}, implicitSup: map[int]bool{}}
		d.scan()
		sc := d.sents[0]
		if got := sc.r11BackPointing("aircraft", 0) >= 0; got != tc.want {
			t.Errorf("%q: points back %v, want %v", tc.text, got, tc.want)
		}
	}
}
