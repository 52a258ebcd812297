package lexicon_test

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestSystemsInSentences: names of systems the catalogue gained, as news
// writes them in each language, make a transfer candidate of the right
// system. Sentences written for this test.
func TestSystemsInSentences(t *testing.T) {
	x := extract.New(lexicon.Default())
	cases := []struct{ lang, text, id string }{
		// en
		{"en", "France delivered four C-Falcon interceptors to Nigeria in 2021.", "c-falcon"},
		{"en", "Nigeria bought four FPB 110 patrol boats from France.", "fpb-110"},
		{"en", "Nigeria bought eight FPB 72 patrol boats from France.", "fpb-72"},
		{"en", "Japan will transfer a J/FPS-3ME radar to the Philippines.", "j-fps-3"},
		{"en", "Qatar ordered 24 Typhoons from the United Kingdom.", "eurofighter-typhoon"},
		{"en", "The United States handed over the high endurance cutter to Sri Lanka.", "island-class"},
		// fr
		{"fr", "Le Qatar a commandé 24 Typhoon au Royaume-Uni.", "eurofighter-typhoon"},
		{"fr", "La France a cédé des petits véhicules protégés au Niger.", "panhard-pvp"},
		{"fr", "La France a livré deux C-160 Transall au Niger.", "c-160-transall"},
		{"fr", "Le Canada a livré huit VBTT Senator à l'Ukraine.", "senator-roshel"},
		// es
		{"es", "Italia vendió cuatro fragatas Lupo a Perú.", "lupo-class"},
		{"es", "Alemania vendió dos patrulleros OPV 80 a Colombia.", "fassmer-opv"},
		{"es", "Israel ofreció a Chipre el sistema Domo de Hierro.", "iron-dome"},
		{"es", "España venderá 20 cazas Typhoon a Turquía.", "eurofighter-typhoon"},
		// de
		{"de", "Deutschland liefert der Ukraine zehn Bergepanzer Büffel.", "buffel"},
		{"de", "Die Ukraine erhält aus Deutschland 20 Vector-Drohnen.", "quantum-vector"},
		{"de", "Deutschland liefert Litauen zwölf Spähwagen Fennek.", "fennek"},
		{"de", "Österreich kauft zwölf Typhoon aus Deutschland.", "eurofighter-typhoon"},
		// ar
		{"ar", "تسلمت مصر من فرنسا 24 طائرة ميراج.", "mirage-2000"},
		{"ar", "اشترت مصر من تركيا مدرعات كوبرا.", "cobra-otokar"},
		{"ar", "تسلمت روسيا من إيران طائرات مهاجر.", "mohajer-6"},
		{"ar", "أرسلت ألمانيا دبابات ليوبارد إلى أوكرانيا.", "leopard-2"},
	}
	for _, c := range cases {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Published: "2024-03-01", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, cand := range cs {
			f := cand.Fact
			if f.Type != "transfer" || f.System == nil {
				continue
			}
			got = append(got, f.System.ID)
			ok = ok || f.System.ID == c.id
		}
		if !ok {
			t.Errorf("%s %q: transfer systems %v, want %s", c.lang, c.text, strings.Join(got, ","), c.id)
		}
	}
}
