package extract

import "testing"

// TestR13ReviewCarryIsNoFitting: a verb of carrying that a delivery
// follows tells a transport's cargo, not a platform's parts
// (all_r13_review13_carry.go). Sentences written for this test.
func TestR13ReviewCarryIsNoFitting(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es: lleva ... donados por", "es", "2024-05-01",
			"Un avión Hércules C-130 de la Fuerza Aérea lleva los primeros dos blindados Guaraní donados por Brasil a Argentina.",
			[]string{"transfer BR>AR guarani q=2 delivered y=2024"}, nil},
		{"en: carries ... to Turkey", "en", "2024-05-01",
			"A Russian An-124 transport plane carries the first S-400 components to Turkey.",
			[]string{"transfer RU>TR s-400"}, nil},
		{"fr: embarque ... livrés", "fr", "2024-05-01",
			"Le navire embarque 20 blindés VAB livrés par la France au Mali.",
			[]string{"transfer FR>ML vab q=20 delivered y=2024"}, nil},
		// near miss: a platform's equipment stays a part
		{"es: llevan motores estadounidenses", "es", "2009-06-10",
			"Bolivia sustituirá la compra de aviones L-159 checos, vetada porque llevan motores estadounidenses.",
			nil, []string{"transfer US>BO cat:engines ordered y=2009"}},
		{"fr: la frégate emporte des missiles", "fr", "2024-05-01",
			"La Grèce a reçu une frégate FDI qui emporte des missiles Exocet.",
			nil, []string{"transfer FR>GR exocet delivered y=2024"}},
	})
}

// TestR13ReviewGermanList: a state after a comma is a later recipient of a
// German list only when the list goes on to "und X"; a comma before "und"
// opens a clause of its own (all_r13_detrans_relative.go). Sentences
// written for this test.
func TestR13ReviewGermanList(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"de: a new clause after the comma", "de", "2024-05-01",
			"Deutschland liefert Haubitzen an die Ukraine, Polen hat 20 Leopard-2-Panzer geliefert.",
			[]string{"transfer PL>UA leopard-2 q=20 delivered y=2024"}, []string{"transfer DE>UA leopard-2 q=20 delivered y=2024"}},
		{"de: a list of three", "de", "2024-05-01",
			"Deutschland hat Leopard-2-Panzer an Katar, Ungarn und Tschechien geliefert.",
			[]string{"transfer DE>QA leopard-2 delivered y=2024", "transfer DE>HU leopard-2 delivered y=2024", "transfer DE>CZ leopard-2 delivered y=2024"}, nil},
	})
}

// TestR13ReviewCountedPersons: a counted head that English capitalises as
// a person names no system (lang_en.tsv ordinary-word, block
// r13-review13; all_r13_frtrans_counted.go). Sentences written for this
// test.
func TestR13ReviewCountedPersons(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"en: Twelve Senators", "en", "2024-05-01",
			"Twelve Senators urged the administration to halt the sale of 40 F-16 jets to Turkey.",
			nil, []string{"transfer CA>TR senator-roshel q=12"}},
		{"en: the vehicle with its kind word", "en", "2024-05-01",
			"Canada donated 12 Senator armoured vehicles to Ukraine.",
			[]string{"transfer CA>UA senator-roshel q=12 delivered y=2024"}, nil},
	})
}

// TestR13ReviewNatoSibling: a kind noun does not turn a product's name into
// the Soviet system that bears it as a NATO reporting name
// (all_r13_review13_nato.go); the Hawk's sibling stays. Sentences written
// for this test.
func TestR13ReviewNatoSibling(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "The United States will send 100 Switchblade missiles to Ukraine.", "switchblade"},
		{"fr", "Les États-Unis enverront des missiles Switchblade à l'Ukraine.", "switchblade"},
		{"ar", "تسلمت مصر صواريخ من طراز هوك", "mim-23-hawk"},
	} {
		got := ""
		for _, m := range x.m.find(tokenize(tc.text, 0), tc.lang) {
			if m.kind == mSystem {
				got = m.id
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestR13ReviewFAB: "FAB" names no state: Benin's forces and Brazil's air
// force share it (country_names.tsv, block r13-review13). Sentences
// written for this test.
func TestR13ReviewFAB(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"fr: la FAB brésilienne", "fr", "2024-05-01",
			"La Force aérienne brésilienne (FAB) a reçu trois nouveaux Gripen E de la Suède.",
			nil, []string{"transfer SE>BJ gripen q=3 delivered y=2024"}},
	})
}
