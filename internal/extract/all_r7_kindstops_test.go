package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestKindStops: a phrase of lang_<code>.tsv kind-stop ("chalecos
// blindados", "think tanks", "aviones de pasajeros", "الفرقة المدرعة")
// names no weapon, so no transfer of the generic word's kind comes from
// it, while the generic word alone still gives one (all_r7_kindstops.go).
// Sentences written for this test.
func TestKindStops(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text, cat string
		want                  bool
	}{
		{"es vests", "es", "Estados Unidos donó a Honduras 200 chalecos blindados en 2023.", "armoured-vehicles", false},
		{"es armoured vehicles", "es", "Estados Unidos donó a Honduras 20 blindados en 2023.", "armoured-vehicles", true},
		{"es airliners", "es", "Bolivia compró a China dos aviones de pasajeros en 2022.", "aircraft", false},
		{"es aircraft", "es", "Bolivia compró a China dos aviones en 2022.", "aircraft", true},
		{"en think tanks", "en", "Poland bought from the United States 12 think tanks in 2021.", "armoured-vehicles", false},
		{"en tanks", "en", "Poland bought from the United States 12 tanks in 2021.", "armoured-vehicles", true},
		{"fr airliners", "fr", "Le Sénégal a acheté à la France trois avions de ligne en 2020.", "aircraft", false},
		{"fr aircraft", "fr", "Le Sénégal a acheté à la France trois avions en 2020.", "aircraft", true},
		{"ar armoured division", "ar", "تسلمت الفرقة المدرعة في الجيش المصري من الولايات المتحدة معدات في 2021.", "armoured-vehicles", false},
		{"ar armoured vehicle", "ar", "تسلمت مصر من الولايات المتحدة 20 مدرعة في 2021.", "armoured-vehicles", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := anyCandidate(t, x, tc.lang, tc.text, "2024-03-01", func(c Candidate) bool {
				s := c.Fact.System
				return c.Fact.Type == domain.TypeTransfer && s != nil && s.ID == "" && s.Category == tc.cat
			})
			if got != tc.want {
				t.Errorf("%q: a %s transfer: %v, want %v", tc.text, tc.cat, got, tc.want)
			}
		})
	}
}
