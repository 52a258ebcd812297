package extract

import "testing"

// TestOrdinalDate: a German date's day number ends with a period that
// ends no sentence (de_dates.go). Sentences written for this test.
func TestOrdinalDate(t *testing.T) {
	tests := []struct {
		text string
		n    int
	}{
		{"Berlin, 20. Oktober 2025 — Das Ministerium hat zwölf Hubschrauber bestellt.", 1},
		{"Am 3. März unterzeichnete Polen den Vertrag. Die ersten Panzer kommen 2026.", 2},
		{"Seit dem 1. Jänner gilt das neue Gesetz.", 1},
		{"Die Lieferung begann am 12. Okt. 2023 in Kiel.", 1},
		{"Die Zahl der Panzer stieg auf 14. Danach kam nichts mehr.", 2},
		{"Das Heer hat 1500. April ist der Stichtag.", 2},
		{"Geführt wird das Manöver von der 1. Panzerdivision der Bundeswehr.", 1},
		{"Ungarn ist der 19. Staat, der Leopard-Panzer nutzt.", 1},
		{"Die Zahl stieg auf 19. Der Staat zahlt.", 2},
		{"Deutschland lieferte Rüstungsgüter für 203,8 Mio. Franken, Italien für 1,2 Mrd. Euro.", 1},
		{"Das Paket umfasst u.a. Munition bzw. Ersatzteile.", 1},
	}
	for _, tc := range tests {
		if got := len(splitSentences(tc.text)); got != tc.n {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.n)
		}
	}
}
