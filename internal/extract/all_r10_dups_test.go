package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR10Dups: a kind word that opens examples of it, or that names the
// system in brackets right after it, and a bracketed gloss of a system's
// name make no transfer of their own (all_r10_dups_umbrella.go,
// all_r10_dups_bracket.go); a counted kind word over its examples and a
// second system in brackets with more than its name stay. Sentences
// written for this test.
func TestR10Dups(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text string
		want, notWant    []string // system names, "cat:<category>" for a kind word
	}{
		{"umbrella en", "en", "Title\n\nPakistan will supply Azerbaijan with 8 JF-17 fighter jets as well as ammunition such as air-to-surface missiles.",
			[]string{"JF-17 Thunder", "cat:missiles"}, []string{"cat:ammunition"}},
		{"umbrella ar", "ar", "عنوان\n\nسلمت الولايات المتحدة الجيش اللبناني شحنة من المعدات والذخائر، تضم أربعمئة وثمانين صاروخا من طراز AT4.",
			nil, []string{"cat:ammunition"}},
		{"umbrella de", "de", "Titel\n\nDeutschland liefert Polen Munition, darunter Lenkflugkörper vom Typ IRIS-T.",
			[]string{"IRIS-T"}, []string{"cat:ammunition"}},
		{"counted kind word stays", "fr", "Titre\n\nLe Maroc a commandé à la France 20 blindés, dont 10 VBCI.",
			[]string{"VBCI", "cat:armoured-vehicles"}, nil},
		{"kind word, name in brackets", "ar", "عنوان\n\nستصدر تركيا إلى بولندا ذخائر من طراز (MAM-L) طورتها شركة روكيتسان.",
			nil, []string{"cat:ammunition"}},
		{"bracketed gloss", "ar", "عنوان\n\nسيتسلم المغرب من فرنسا منظومة صواريخ \"ميكا\" (MICA VL) أرض-جو.",
			[]string{"MICA"}, []string{"VL MICA"}},
		// review10: "así como" is another item; a clause between the word
		// and the goods after it opens no examples
		{"así como is no umbrella", "es", "Título\n\nEspaña entregó a Ucrania munición de artillería así como seis tanques Leopard 2.",
			[]string{"Leopard 2", "cat:ammunition"}, nil},
		{"como parte de, relative clause", "es", "Título\n\nEstados Unidos entregó a Ucrania munición como parte de un paquete que incluye misiles Javelin.",
			[]string{"FGM-148 Javelin", "cat:ammunition"}, nil},
		{"wie, aside", "de", "Titel\n\nDeutschland lieferte der Ukraine Munition, wie das Ministerium mitteilte, und 30 Leopard-Panzer.",
			[]string{"Leopard 2", "cat:ammunition"}, nil},
		{"comme, aside", "fr", "Titre\n\nLa France a livré des munitions à l'Ukraine, comme elle l'avait promis, et six canons Caesar.",
			[]string{"CAESAR", "cat:ammunition"}, nil},
		{"second system, brackets with more", "en", "Title\n\nEgypt ordered 24 Rafale (and 2 FREMM frigates) from France in 2015.",
			[]string{"Rafale", "FREMM"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: "t", Language: tc.lang, Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, c := range cs {
				f := c.Fact
				if f.Type != domain.TypeTransfer || f.System == nil {
					continue
				}
				if f.System.ID == "" {
					got["cat:"+f.System.Category] = true
				} else {
					got[f.System.Name] = true
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("no transfer of %q; got %v", w, got)
				}
			}
			for _, w := range tc.notWant {
				if got[w] {
					t.Errorf("a transfer of %q; got %v", w, got)
				}
			}
		})
	}
}
