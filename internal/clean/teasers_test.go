package clean

import "testing"

// TestCutTeasersAndPagination: runs of excerpts cut short, pagination bars
// and a teaser heading that ends with dots go in the five languages; a
// single paragraph that trails off, and body lines, stay.
func TestCutTeasersAndPagination(t *testing.T) {
	tests := []noiseCase{
		{"cut excerpts in a row",
			[]string{"Une patrouille a arrêté lundi deux jeunes en possession ...", "La mine d'or voit sa production reculer de 20 % ..."},
			nil, []string{"patrouille", "mine d'or"}},
		{"cut excerpts es de ar en",
			[]string{"El Ejército recibió ayer los primeros camiones de la nueva …", "Die Marine testet im Sommer ein neues Radar an der …", "وصلت إلى الميناء أمس أول دفعة من ...", "The port city draws new investors after the ..."},
			nil, []string{"camiones", "Radar", "الميناء", "investors"}},
		{"one trailing paragraph stays",
			[]string{"The minister said the talks would go on, and that the 12 jets were only the start ..."},
			[]string{"only the start ..."}, nil},
		{"pagination",
			[]string{"Page 2 sur 3 | « Précédent | Suivant »", "Seite 2 von 5 | Weiter", "« Anterior | Siguiente »", "Previous | 1 | 2 | 3 | Next", "السابق | التالي"},
			nil, []string{"Page 2", "Seite 2", "Anterior", "Previous", "السابق"}},
		{"a bar line with a page in a sentence stays",
			[]string{"Page 2 of the contract | lists 12 helicopters and their spare parts."},
			[]string{"lists 12 helicopters"}, nil},
	}
	runNoiseTable(t, tests, false)
	// under the body, a teaser heading that ends with dots takes the
	// headlines under it
	r := cleanPlain("Headline of the test page\n\n" + testBody + "\n\n" + testLast + "\n\nMore News..\n\nGovt to table budget on November 5\n\nPort city draws new investors")
	keptDropped(t, r.Text, nil, []string{"More News", "budget", "investors"})
	r = cleanPlain("Headline of the test page\n\n" + testBody + "\n\n" + testLast + "\n\nPlus d'actualités…\n\nLe port attire de nouveaux investisseurs\n\nLa marine reçoit un patrouilleur")
	keptDropped(t, r.Text, nil, []string{"actualités", "investisseurs", "patrouilleur"})
}
