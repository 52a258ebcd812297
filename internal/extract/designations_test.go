package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDesignations: designation-shaped names beside a weapon noun the
// lexicon knows become systems; years, amounts, counts and plain words do
// not. Sentences written for this test.
func TestDesignations(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want       []string // "id|category|name" of the made systems
	}{
		{"en", "The air force will buy six Zephyr IV drones.", []string{"x:zephyr-iv|aircraft|Zephyr IV"}},
		{"en", "The navy received two Type 099B frigates.", []string{"x:type-099-b|ships|Type 099B"}},
		{"es", "El ejército compró dos aviones Condor III a Argentina.", []string{"x:condor-iii|aircraft|Condor III"}},
		{"fr", "L'armée a commandé des hélicoptères XK-27M.", []string{"x:xk-27-m|aircraft|XK-27M"}},
		{"de", "London versprach 14 Challenge-2-Panzer.", []string{"x:challenge-2|armoured-vehicles|Challenge-2"}},
		{"es", "La Armada pidió cuatro lanchas patrulleras del proyecto 19910.", []string{"x:proyecto-19910|ships|proyecto 19910"}},
		{"en", "It bought ZR 150 helicopters from the maker.", []string{"x:zr-150|aircraft|ZR 150"}},
		{"es", "Compró 20 helicópteros militares Agusta Westland AB 206.", []string{"x:ab-206|aircraft|AB 206"}},
		{"fr", `Paris livrera 382 véhicules blindés légers multirôle "Griffon" à la Belgique.`, []string{"x:griffon|armoured-vehicles|Griffon"}},
		{"ar", "تسلمت الجزائر 16 طائرة تدريب طراز “ياكو” من روسيا.", []string{"x:ياكو|aircraft|ياكو"}},
		{"de", "Die Marine bestellte zwei Fregatten der Klasse 127.", []string{"x:klasse-127|ships|Klasse 127"}},
		// capitals that are also a scale ("$5 M") opening a code
		{"es", "Perú recibió de Brasil diez obuses autopropulsados M-108.", []string{"x:m-108|artillery|M-108"}},
		{"en", "Brazil handed over ten M108 howitzers.", []string{"x:m-108|artillery|M108"}},
		// not designations
		{"es", "Pagó 5 M de dólares por diez obuses.", nil},
		{"en", "The howitzers cost $12 M 2024 budget money.", nil},
		{"de", "Die Armee kaufte Haubitzen Kaliber 155 aus Frankreich.", nil},
		{"fr", `Les chars, selon "Le Monde", sont arrivés.`, nil},
		{"fr", `Les chars sont "prêts".`, nil},
		{"ar", "واستقبل الفرقاطة الفريق \"أحمد خالد\" قائد القوات البحرية.", nil},
		{"en", "Some 20 drones were delivered in 2021.", nil},
		{"en", "The country ordered drones in March 2024.", nil},
		{"en", "Poland bought 2023 tanks.", nil},
		{"en", "Veterans of World War II tanks units met.", nil},
		{"en", "The $300 million drones deal was signed.", nil},
		{"en", "The F-16 Block 70 jets arrive soon.", nil},
		{"en", "Egypt ordered Rafale jets and frigates.", nil},
		{"de", "Insgesamt 14 Panzer wurden geliefert.", nil},
		{"en", "Deliveries of the FY2025 drones and Q3 helicopters slipped.", nil},
		{"en", "The army received XR2024 tanks.", nil},
		{"fr", "La Grèce recevra 40 chars, dont 12 Phase 2 chars.", nil},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0)
		var got []string
		for _, m := range x.m.find(toks, tc.lang) {
			if strings.HasPrefix(m.id, synthPrefix) {
				s, ok := x.systemOf(m)
				if !ok || s.ID != m.id {
					t.Errorf("%q: systemOf(%s) = %+v", tc.text, m.id, s)
				}
				got = append(got, s.ID+"|"+s.Category+"|"+s.Name)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q:\n got  %v\n want %v", tc.text, got, tc.want)
		}
	}
}

// TestBaseDesignations: a family designation names the system whose
// variants the lexicon lists ("J-35" for "J-35A"), unless it is ambiguous.
func TestBaseDesignations(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, id string }{
		{"Pakistan ordered 40 J-35 fighters.", "fc-31"},
		{"Pakistan ordered 40 J-35A fighters.", "fc-31"},
		{"The F-16 remains in service.", "f-16"},
		{"The F-22 is not for export.", ""},
	} {
		got := ""
		for _, m := range x.m.find(tokenize(c.text, 0), "en") {
			if m.kind == mSystem {
				got = m.id
			}
		}
		if got != c.id {
			t.Errorf("%q: system %q, want %q", c.text, got, c.id)
		}
	}
}

// TestPluralSystems: a system's name with a plural or genitive s names it.
func TestPluralSystems(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ lang, text, id string }{
		{"en", "Qatar bought 24 Rafales.", "rafale"},
		{"de", "Die Lieferung des Eurofighters verzögert sich.", "eurofighter-typhoon"},
		{"es", "España enviará sus Leopardos 2.", ""},
		{"en", "The bass was fine.", ""},
	} {
		got := ""
		for _, m := range x.m.find(tokenize(c.text, 0), c.lang) {
			if m.kind == mSystem {
				got = m.id
			}
		}
		if got != c.id {
			t.Errorf("%q: system %q, want %q", c.text, got, c.id)
		}
	}
}

// TestCapitalisedAcronyms: a system named in capitals may be written as a
// word ("Caesar"), but not as the word opening a sentence ("Ahead of...").
func TestCapitalisedAcronyms(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, id string }{
		{"France delivered Caesar howitzers.", "caesar"},
		{"Caesar howitzers arrived.", ""},
		{"Bonus shells arrived.", ""},
	} {
		got := ""
		for _, m := range x.m.find(tokenize(c.text, 0), "en") {
			if m.kind == mSystem {
				got = m.id
			}
		}
		if got != c.id {
			t.Errorf("%q: system %q, want %q", c.text, got, c.id)
		}
	}
}

// TestDesignationTransfers: a made system carries a transfer like a
// lexicon one, with the noun's category and the designation as its name.
func TestDesignationTransfers(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want, name string }{
		{"en", "Nigeria ordered 12 Zephyr IV drones from China in 2024.", "transfer CN>NG x:zephyr-iv q=12 ordered y=2024", "Zephyr IV"},
		{"fr", "Le Maroc a commandé à la Chine 4 frégates Type 099B en 2023.", "transfer CN>MA x:type-099-b q=4 ordered y=2023", "Type 099B"},
		{"es", "Guatemala compró a Argentina dos aviones Condor III en 2019.", "transfer AR>GT x:condor-iii q=2 ordered y=2019", "Condor III"},
	}
	for _, tc := range tests {
		facts, err := x.Facts(&domain.Document{Source: "t", Language: tc.lang, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range facts {
			got = append(got, brief(f))
			if f.System != nil && f.System.ID != "" && (f.System.Name != tc.name || f.System.Category == "") {
				t.Errorf("%q: system %+v", tc.text, f.System)
			}
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%q:\n got  %v\n want %s", tc.text, got, tc.want)
		}
	}
}

// TestSystemSpellings: names of systems as texts in the five languages
// write them, with their inflections, resolve to the catalogue.
func TestSystemSpellings(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ lang, text, id string }{
		{"en", "Egypt ordered Wing Loong II drones.", "wing-loong"},
		{"en", "India bought Ka-52K helicopters.", "ka-52"},
		{"en", "Poland ordered K239 Chunmoo launchers.", "k239-chunmoo"},
		{"en", "Azerbaijan received JF-17C Block III jets.", "jf-17"},
		{"de", "Berlin liefert Leopard-2-Panzer an Kiew.", "leopard-2"},
		{"de", "Die Türkei will 40 Eurofighters kaufen.", "eurofighter-typhoon"},
		{"ar", "تسلمت مصر طائرات رافال من فرنسا.", "rafale"},
		{"es", "Irán envió drones shahed a Rusia.", "shahed-136"},
		{"ar", "أمدت إيران روسيا بطائرات شهد 136.", "shahed-136"},
		{"fr", "Le Nigeria a reçu des MFI-17 Super Mushak.", "mfi-17-mushshak"},
		{"es", "Chile recibió dos fragatas tipo Adelaida.", "oliver-hazard-perry"},
		{"en", "Pakistan ordered 40 J-35 fighters.", "fc-31"},
	} {
		var got []string
		for _, m := range x.m.find(tokenize(c.text, 0), c.lang) {
			if m.kind == mSystem {
				got = append(got, m.id)
			}
		}
		if len(got) != 1 || got[0] != c.id {
			t.Errorf("%q: systems %v, want [%s]", c.text, got, c.id)
		}
	}
}
