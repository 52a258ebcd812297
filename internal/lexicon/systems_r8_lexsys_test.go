package lexicon_test

// Round 8 (lexsys): the catalogue gained systems of suppliers and eras it
// lacked (Pakistani, Iranian and Houthi, Indian, Chinese, Soviet legacy,
// US legacy, South African, Belarusian, Emirati, Turkish, Korean, light
// aircraft, ship classes), split systems that one entry lumped (Hobart and
// Fridtjof Nansen under the F-100, the Atlas Cheetah under the Mirage 5,
// the Ratel, Rooikat, Badger and Paramount vehicles under the Casspir, the
// Bofors 40 mm under the 57 mm), and made torpedoes missiles as the gold
// rules do (docs/annotating.md: "guided missiles, guided rockets, torpedoes
// → missiles"). A name the catalogue lacks gives no candidate even when the
// sentence names supplier and recipient; these sentences, written for this
// test, check that each new name makes a candidate of its own system, the
// supplier first where the system's origin decides the direction.

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
)

func TestSystemsR8Lexsys(t *testing.T) {
	x := extract.New(lexicon.Default())
	cases := []struct{ lang, text, id string }{
		{"en", "Spain delivered three Hobart-class destroyers to Australia.", "hobart-class"},
		{"en", "Spain delivered five Fridtjof Nansen-class frigates to Norway.", "fridtjof-nansen-class"},
		{"en", "Ecuador bought twelve Cheetah C fighters from South Africa.", "atlas-cheetah"},
		{"es", "Sudáfrica vendió a Jordania 20 vehículos Ratel.", "ratel"},
		{"en", "Britain sold four Upholder-class submarines to Canada.", "upholder-class"},
		{"en", "Belarus delivered 30 Cayman armoured vehicles to Nigeria.", "kayman-brdm"},
		{"en", "Turkey sold four Firtina II howitzers to Azerbaijan.", "firtina-ii"},
		{"en", "Britain donated Terrahawk Paladin systems to Ukraine.", "terrahawk-paladin"},
		{"en", "Iran supplied Samad-3 drones to Yemen.", "samad-drones"},
		{"en", "China delivered two Type 024 missile boats to Bangladesh.", "type-024-hegu"},
		{"en", "The United States transferred M163 Vulcan air defence systems to Taiwan.", "m163-vads"},
		{"en", "Russia delivered BREM-1 recovery vehicles to Algeria.", "brem-1"},
		{"en", "India delivered a Khukri-class corvette to Vietnam.", "khukri-class"},
		{"en", "India handed over two HAL Cheetal helicopters to Nepal.", "hal-cheetah-lama"},
		{"fr", "La France a livré des camions ACMAT au Niger.", "acmat-trucks"},
		{"fr", "L'Allemagne a vendu deux vedettes Type 148 à l'Égypte.", "type-148-tiger"},
		{"de", "Polen liefert der Ukraine 20 Jelcz-Lkw.", "jelcz-trucks"},
		{"de", "Die USA lieferten Taiwan M48-Panzer.", "m48-patton"},
		{"es", "Estados Unidos donó dos aviones Cessna 206 a Honduras.", "cessna-206"},
		{"es", "Estados Unidos vendió a Colombia dos aviones King Air 200.", "king-air-200"},
		{"ar", "سلمت روسيا الجزائر مركبات بي تي آر-152.", "btr-152"},
		{"ar", "باعت الولايات المتحدة تايوان دبابات إم 48 باتون.", "m48-patton"},
		{"ar", "سلمت الصين باكستان طائرات مسيرة من طراز صماد-3.", "samad-drones"},
	}
	checkSystemsNamed(t, x, cases)
	// the supplier follows the system's origin: the Nansen frigates and the
	// Hobart destroyers are Spanish designs, the Samad an Iranian one
	origin := []struct{ lang, text, supplier string }{
		{"en", "Spain delivered five Fridtjof Nansen-class frigates to Norway.", "ES"},
		{"en", "Iran supplied Samad-3 drones to Yemen.", "IR"},
	}
	for _, c := range origin {
		got := transferValues(t, x, c.lang, c.text, supplier)
		if len(got) == 0 || got[0] != c.supplier {
			t.Errorf("%s %q: suppliers %v, want %s first", c.lang, c.text, got, c.supplier)
		}
	}
	// torpedoes are missiles (annotating.md)
	for _, id := range []string{"mk-54-torpedo", "mk-48-torpedo", "mu90", "sting-ray", "a244", "type-53-torpedo", "yu-6-torpedo", "spearfish"} {
		s, ok := lexicon.Default().System(id)
		if !ok || s.Category != "missiles" {
			t.Errorf("system %q: category %q, want missiles", id, s.Category)
		}
	}
	// a name that is a person's or a place's stays no system
	not := []struct{ lang, text, id string }{
		{"en", "Finance minister Mehmet Simsek said Turkey sold drones to Qatar.", "simsek"},
		{"ar", "قال ياسر عرفات إن مصر تسلمت طائرات من فرنسا.", "yasir-uav"},
		{"en", "Officials in Hobart said the United States sold Tomahawk missiles to Australia.", "hobart-class"},
	}
	for _, c := range not {
		if got := transferValues(t, x, c.lang, c.text, systemID); slices.Contains(got, c.id) {
			t.Errorf("%s %q: transfer systems %v hold %s", c.lang, c.text, got, c.id)
		}
	}
}
