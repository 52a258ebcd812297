package lexicon_test

import (
	"slices"
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
		{"en", "The United States handed over the high endurance cutter to Sri Lanka.", "hamilton-class"},
		// fr
		{"fr", "Le Qatar a commandé 24 Typhoon au Royaume-Uni.", "eurofighter-typhoon"},
		{"fr", "La France a cédé des petits véhicules protégés au Niger.", "panhard-pvp"},
		{"fr", "La France a livré deux C-160 Transall au Niger.", "c-160-transall"},
		{"fr", "Le Canada a livré huit VBTT Senator à l'Ukraine.", "senator-roshel"},
		// es
		{"es", "Italia vendió cuatro fragatas Lupo a Perú.", "lupo-class"},
		{"es", "Alemania vendió dos patrulleros OPV 80 a Colombia.", "fassmer-opv"},
		{"es", "Israel vendió a Chipre el sistema Domo de Hierro.", "iron-dome"},
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
		{"ar", "تسلمت أوكرانيا من تركيا طائرات تي بي 2.", "bayraktar-tb2"},
		{"ar", "اشترت قطر من تركيا منظومة هيسار.", "hisar"},
		{"ar", "باعت بريطانيا طائرات تورنادو إلى السعودية.", "tornado"},
		// batch two: en, fr, es, de
		{"en", "Kenya received 12 Hizir armoured vehicles from Turkey.", "hizir"},
		{"en", "China delivered CS/VP3 MRAPs to Nigeria.", "cs-vp3"},
		{"en", "The United States sold six AH-6i Little Bird helicopters to Saudi Arabia.", "ah-6-little-bird"},
		{"fr", "La France a livré deux hélicoptères Puma au Mali.", "h215m"},
		{"fr", "L'Argentine a acheté cinq Super Étendard à la France.", "super-etendard"},
		{"es", "Estados Unidos donó vehículos Hummer a Honduras.", "hmmwv"},
		{"es", "Suiza vendió vehículos blindados Piraña a Dinamarca.", "piranha"},
		{"de", "Großbritannien liefert der Ukraine sechs Sea-King-Hubschrauber.", "sea-king"},
		{"de", "Deutschland liefert der Ukraine 20 Minenräumpanzer Keiler.", "keiler"},
		// lexicon round 2: names other helpers found missing or merged
		{"ar", "وافقت الولايات المتحدة على بيع 200 صاروخ إيه.آي.إم-120سي إلى قطر.", "aim-120-amraam"},
		{"ar", "باعت الولايات المتحدة صواريخ إيه آي إم-120 إلى الكويت.", "aim-120-amraam"},
		{"ar", "تسلم المغرب من فرنسا 12 مدفعا من طراز قيصر.", "caesar"},
		{"ar", "اشترت بلجيكا من فرنسا مدافع قيصر.", "caesar"},
		{"ar", "سلمت بريطانيا أوكرانيا مركبات فوكسهاوند.", "foxhound"},
		{"ar", "اشترت السعودية من كوريا الجنوبية منظومة تشيونغونغ.", "kms-sam"},
		{"ar", "اشترت الكويت من فرنسا طائرات كوغار.", "h215m"},
		{"ar", "باعت فرنسا طائرات تايغر إلى إسبانيا.", "tiger"},
		{"ar", "اشترت مصر من الصين مروحيات زد-20.", "z-20"},
		{"en", "China delivered six Z-20 helicopters to Pakistan.", "z-20"},
		{"en", "China will sell WJ-700 drones to Egypt.", "wj-700"},
		{"en", "Romania ordered 36 K10 ammunition resupply vehicles from South Korea.", "k10"},
		{"de", "Rumänien kauft in Südkorea 36 Munitionsversorgungsfahrzeuge K10.", "k10"},
		{"es", "Paraguay compró a Estados Unidos un radar AN/TPS-78.", "an-tps-78"},
		{"en", "The UAE ordered Canto anti-torpedo decoys from France.", "canto"},
		{"fr", "La France a vendu des leurres Canto aux Émirats arabes unis.", "canto"},
		{"es", "Bolivia comprará a Rusia un avión An-148.", "an-148"},
		{"de", "Deutschland liefert der Ukraine neun Kettenfahrzeuge Warthog.", "bronco-attc"},
		{"en", "Britain gave Ukraine Warthog vehicles.", "bronco-attc"},
		{"de", "Deutschland liefert der Ukraine sechs Minenräumpanzer WISENT 1.", "wisent"},
		{"de", "Deutschland liefert Israel zwei weitere U-Boote der Dolphin-Klasse.", "dolphin-class"},
		{"de", "Deutschland liefert Israel zwei \"Dolphin\".", "dolphin-class"},
		{"en", "Germany sold a sixth Dolphin submarine to Israel.", "dolphin-class"},
		{"de", "Schweden verkaufte Österreich 40 Saab 105.", "saab-105"},
		{"en", "France delivered GM-200 radars to the UAE.", "ground-master"},
		{"es", "Irán entregó drones ANSU-100 a Venezuela.", "mohajer-6"},
		{"en", "Zambia received eight K-8P trainers from China.", "k-8"},
		{"es", "Australia vendió a Chile dos fragatas clase Adelaide.", "oliver-hazard-perry"},
		{"en", "Australia sold two Adelaide-class frigates to Chile.", "oliver-hazard-perry"},
		// lexicon round 3: systems split out of a wider entry or added
		{"en", "Washington gave two Hamilton-class cutters to Vietnam.", "hamilton-class"},
		{"en", "Nigeria received ST1 light tanks from China last year.", "st1-light-tank"},
		{"en", "Ghana bought four Flex Fighter ships from Singapore.", "flex-fighter"},
		{"en", "The United States delivered OH-58D Kiowa Warrior helicopters to Croatia.", "kiowa-warrior"},
		{"de", "Die Niederlande kaufen aus Deutschland 500 Caracal-Fahrzeuge.", "rheinmetall-caracal"},
		{"fr", "La France a livré deux hélicoptères Caracal au Koweït.", "h225m"},
		{"fr", "L'Iran a livré des drones Chahed-136 à la Russie.", "shahed-136"},
		// lexicon round 4: widely traded systems the catalogue lacked
		// aircraft and drones
		{"en", "Pakistan ordered J-10C and J-20 fighters from China.", "j-20"},
		{"en", "Italy delivered 20 A129 Mangusta helicopters to Turkey.", "a129-mangusta"},
		{"en", "The United States sold six V-22 Ospreys to Japan.", "v-22-osprey"},
		{"en", "Poland delivered two M28 Skytruck aircraft to Nepal.", "m28-skytruck"},
		{"en", "Morocco ordered Reach-S drones from the UAE.", "reach-s"},
		{"fr", "L'Inde a commandé des hélicoptères BK 117 à l'Allemagne.", "bk-117"},
		{"fr", "La Russie a livré des Il-38 à l'Inde.", "il-38"},
		{"es", "España venderá drones SIRTAP a Colombia.", "sirtap"},
		{"es", "Brasil vendió aviones EMB 110 Bandeirante a Chile.", "emb-110"},
		{"de", "Russland liefert Algerien zwölf MiG-25.", "mig-25"},
		{"ar", "تسلمت اليابان من الولايات المتحدة طائرات أوسبري.", "v-22-osprey"},
		{"ar", "اشترت باكستان من الصين طائرات جيه-20.", "j-20"},
		// armoured vehicles and artillery
		{"en", "China delivered VN18 amphibious vehicles to Venezuela.", "vn18"},
		{"en", "Serbia sold Lazar 3 armoured vehicles to Cyprus.", "lazar-3"},
		{"en", "South Korea delivered KLTV vehicles to the Philippines.", "kltv"},
		{"en", "Singapore sold SLWH Pegasus howitzers to Brunei.", "slwh-pegasus"},
		{"fr", "La Russie a livré des blindés Vodnik au Venezuela.", "gaz-vodnik"},
		{"es", "Brasil vendió vehículos Agrale Marruá a Argentina.", "agrale-marrua"},
		{"de", "Die Türkei liefert Aserbaidschan Alkar-Mörser.", "alkar"},
		// air defence and missiles
		{"en", "Sweden sold RBS 23 BAMSE air defence systems to Ukraine.", "rbs-23-bamse"},
		{"en", "Russia delivered Oreshnik missiles to Belarus.", "oreshnik"},
		{"en", "Norway sold AGM-119 Penguin missiles to Brazil.", "agm-119-penguin"},
		{"en", "Brazil sold MANSUP missiles to Indonesia.", "mansup"},
		{"en", "South Korea sold Raybolt anti-tank missiles to Saudi Arabia.", "raybolt"},
		{"fr", "La Russie a livré des missiles Orechnik au Bélarus.", "oreshnik"},
		{"es", "Rusia entregará misiles Oreshnik a Bielorrusia.", "oreshnik"},
		{"de", "Russland liefert Belarus Oreschnik-Raketen.", "oreshnik"},
		{"ar", "سلمت روسيا بيلاروسيا صواريخ أوريشنيك.", "oreshnik"},
		{"de", "Deutschland liefert Litauen PARS 3 LR für den Tiger.", "pars-3-lr"},
		// ships, naval weapons and sensors
		{"en", "China delivered two P18N offshore patrol vessels to Nigeria.", "p18n"},
		{"en", "South Korea donated a Chamsuri-class patrol boat to the Philippines.", "chamsuri"},
		{"en", "Greece bought Zubr-class hovercraft from Ukraine.", "zubr"},
		{"en", "The Netherlands sold Kortenaer-class frigates to Greece.", "kortenaer-class"},
		{"fr", "La France a vendu deux frégates de surveillance Floréal au Maroc.", "floreal-class"},
		{"es", "Estados Unidos vendió fragatas clase Knox a México.", "knox-class"},
		{"en", "Australia sold Nulka decoys to Canada.", "nulka"},
		{"en", "The Netherlands delivered Squire radars to Ukraine.", "squire-radar"},
		{"en", "China sold HQ-10 missiles to Algeria.", "hq-10"},
		{"en", "Poland delivered W-3 Sokół helicopters to the Philippines.", "w-3-sokol"},
		{"en", "The United States gave OV-10 Bronco aircraft to the Philippines.", "ov-10-bronco"},
		{"es", "Serbia vendió lanzacohetes Šumadija a Chipre.", "sumadija"},
		{"fr", "La Russie a livré des S-200 à la Syrie.", "s-200"},
		{"de", "Italien liefert Pakistan Grifo-Radare.", "grifo-radar"},
		{"en", "Denmark sold SCANTER 4000 radars to Ukraine.", "terma-scanter"},
	}
	checkSystemsNamed(t, x, cases)
	// words of the language that an alias must not take for a system:
	// Arabic "كان" (was) folds like "كآن" (KAAN), "سوريون" are Syrians
	// (not the Surion helicopter), "Senator" alone is a title
	not := []struct{ lang, text, id string }{
		{"ar", "كان الجيش العراقي قد تسلم من الولايات المتحدة طائرات إف-16.", "kaan"},
		{"ar", "قال مسؤولون سوريون إن روسيا سلمت سوريا طائرات سو-24.", "kuh-1-surion"},
		{"en", "Senator Smith said the United States would sell F-16s to Turkey.", "senator-roshel"},
		// "قانون قيصر" is the Caesar Act, no howitzer; the F-5 "Tiger" is
		// no Tiger helicopter; Adelaide is a city; the Z-20 is no Z-8
		{"ar", "فرضت الولايات المتحدة عقوبات قانون قيصر بعد أن باعت روسيا سوريا طائرات سو-24.", "caesar"},
		{"ar", "باعت الولايات المتحدة طائرات إف-5 تايغر إلى المغرب.", "tiger"},
		{"en", "Australia will build AUKUS submarines in Adelaide and the US will sell Virginia-class boats to Australia.", "oliver-hazard-perry"},
		{"en", "China delivered six Z-20 helicopters to Pakistan.", "z-8"},
		{"en", "Romania ordered 36 K10 ammunition resupply vehicles from South Korea.", "k9-thunder"},
		{"es", "Paraguay compró a Estados Unidos un radar AN/TPS-78.", "an-tpy-2"},
		// Youssef Chahed was a Tunisian prime minister; a Flex Fighter is a
		// boat; ST1 is no ZBD-04; a Kiowa is no Bell 505
		{"fr", "Youssef Chahed a déclaré que l'Iran avait livré des drones à la Russie.", "shahed-136"},
		{"en", "Nigeria received ST1 light tanks from China last year.", "zbd-04"},
		{"en", "The United States delivered OH-58D Kiowa Warrior helicopters to Croatia.", "bell-505"},
		{"en", "The United States handed over the high endurance cutter to Sri Lanka.", "island-class"},
		// lexicon round 4: a bill in a parliament, a date, a person, a
		// border crossing and a common word are no systems
		{"en", "Senate Bill 2 would let the United States sell F-16s to Turkey.", "bill-2"},
		{"en", "On Mar 1 the United States sold F-16s to Turkey.", "mar-1"},
		{"en", "Abdel Fattah al-Sisi said Egypt bought Rafale jets from France.", "shahab-3"},
		{"ar", "قال عبد الفتاح السيسي إن مصر اشترت طائرات رافال من فرنسا.", "shahab-3"},
		{"en", "Trucks crossed the Sarp border gate after Turkey sold drones to Georgia.", "aselsan-sarp"},
		{"en", "The endurance of the Bayraktar TB2 sold to Poland impressed the buyers.", "endurance-class"},
		{"es", "Un dardo: Estados Unidos vendió aviones F-16 a Argentina.", "dardo"},
		{"en", "Russia sold MiG-29 fighters to Algeria, an SS-21 Scarab launcher too.", "scarab-arquus"},
		// "A 10-metre boat" opening a sentence is no A-10 aircraft
		{"en", "A 10-metre patrol boat was handed over by the United States to Mozambique.", "a-10"},
		// an architect, a region, a train, a jug, a tap and "armed"
		{"en", "Zaha Hadid designed the hall where Turkey sold drones to Kuwait.", "zaha"},
		{"en", "In Šumadija, officials said Serbia sold rifles to Cyprus.", "sumadija"},
		{"en", "The Metroliner carried officials after the United States sold F-16s to Turkey.", "c-26-metroliner"},
		{"de", "Ein Krug Bier: Russland liefert Belarus Panzer.", "krug"},
		{"es", "Un grifo roto: España vendió aviones C295 a Egipto.", "grifo-radar"},
		{"es", "Un grupo armado atacó después de que Rusia vendió helicópteros a Malí.", "armado"},
		// a US tax form is no Polish helicopter
		{"en", "The W-3 form was filed after Poland sold rifles to the Philippines.", "w-3-sokol"},
	}
	for _, c := range not {
		cs, err := x.Candidates(&domain.Document{Source: "t", Language: c.lang, Published: "2024-03-01", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, cand := range cs {
			if s := cand.Fact.System; s != nil && s.ID == c.id {
				t.Errorf("%s %q: a fact of %s", c.lang, c.text, c.id)
			}
		}
	}
}

// transferValues lists what value gives of each transfer candidate of a
// one-sentence document (an empty value is left out).
func transferValues(t *testing.T, x *extract.Extractor, lang, text string, value func(domain.Fact) string) []string {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: "t", Language: lang, Published: "2024-03-01", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		if v := value(c.Fact); c.Fact.Type == "transfer" && v != "" {
			out = append(out, v)
		}
	}
	return out
}

func systemID(f domain.Fact) string {
	if f.System == nil {
		return ""
	}
	return f.System.ID
}

// checkSystemsNamed: each sentence makes a transfer candidate of its
// system.
func checkSystemsNamed(t *testing.T, x *extract.Extractor, cases []struct{ lang, text, id string }) {
	t.Helper()
	for _, c := range cases {
		got := transferValues(t, x, c.lang, c.text, systemID)
		if !slices.Contains(got, c.id) {
			t.Errorf("%s %q: transfer systems %v, want %s", c.lang, c.text, strings.Join(got, ","), c.id)
		}
	}
}

func supplier(f domain.Fact) string {
	if f.Supplier == nil {
		return ""
	}
	return f.Supplier.String()
}

func recipient(f domain.Fact) string {
	if f.Recipient == nil {
		return ""
	}
	return f.Recipient.String()
}

// TestOrdinaryWordAliases: a one-word alias that is an ordinary word of
// the language (lang_<code>.tsv "ordinary-word": German capitalises its
// nouns) names no system there unless a compound or a weapon's word next
// to it makes it one; other languages, where the word is no word, keep it.
func TestOrdinaryWordAliases(t *testing.T) {
	x := extract.New(lexicon.Default())
	x.SetModel(nil)
	tests := []struct {
		lang, text, id string
		want           bool
	}{
		{"de", "Bei 40 Grad lieferte Deutschland der Ukraine zehn Panzer.", "bm-21-grad", false},
		{"de", "Russland lieferte Syrien Panzer, die Temperatur lag bei 40 Grad.", "bm-21-grad", false},
		{"de", "Die Firma ging in Konkurs, nachdem Russland Indien 200 Panzer geliefert hatte.", "konkurs", false},
		{"de", "Die Sanktionen wurden zum Bumerang, als Russland Indien Panzer lieferte.", "bumerang", false},
		{"de", "Der Taifun traf Taiwan, nachdem die USA Taiwan 66 Kampfflugzeuge verkauft hatten.", "tigr", false},
		{"de", "Russland hat Syrien 2023 insgesamt 30 Grad-Raketenwerfer geliefert.", "bm-21-grad", true},
		{"de", "Russland lieferte Syrien 30 Mehrfachraketenwerfer vom Typ Grad.", "bm-21-grad", true},
		{"de", "Russland lieferte Syrien 30 BM-21 Grad.", "bm-21-grad", true},
		{"en", "Russia delivered 40 Grad rocket launchers to Syria.", "bm-21-grad", true},
		{"en", "Russia delivered 40 Grad to Syria.", "bm-21-grad", true},
		{"fr", "La Russie a livré 40 Grad à la Syrie.", "bm-21-grad", true},
		{"es", "Rusia entregó 40 Grad a Siria.", "bm-21-grad", true},
	}
	for _, tc := range tests {
		got := slices.Contains(transferValues(t, x, tc.lang, tc.text, systemID), tc.id)
		if got != tc.want {
			t.Errorf("%s %q: a transfer of %s: %v, want %v", tc.lang, tc.text, tc.id, got, tc.want)
		}
	}
}
