package extract

import "testing"

// TestAccessoryGear: a category word with no count of its own, joined to
// a named platform by "with", "con", "avec", "samt", "مع", is gear sold
// with it, no transfer of its own; a counted item, or one another state
// is named for, stays (all_precision_accessory.go). Sentences written for
// this test.
func TestAccessoryGear(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"en with engines and rockets", "en", "2024-05-03",
			"The State Department approved the sale to Nigeria of 12 AH-1Z attack helicopters, with engines, rockets and spare parts, for $997 million.",
			[]string{"transfer US>NG ah-1z-viper q=12 USD=997000000 approved y=2024"}, []string{"transfer US>NG cat:engines approved y=2024", "transfer US>NG cat:missiles approved y=2024"}},
		{"es con repuestos y municiones", "es", "2024-05-03",
			"Estados Unidos aprobó vender a México ocho helicópteros MH-60R, con repuestos y municiones, por 1.200 millones de dólares.",
			[]string{"transfer US>MX mh-60r-seahawk q=8 USD=1200000000 approved y=2024"}, []string{"transfer US>MX cat:ammunition approved y=2024"}},
		// a word that lists ("así como", "as well as", "sowie") joins systems
		// of their own ("F-16s, Harpoon missiles and radars": three facts,
		// docs/annotating.md)
		{"es así como radares", "es", "2024-05-03",
			"México compró a Estados Unidos ocho helicópteros UH-60M Black Hawk, así como radares y ametralladoras.",
			[]string{"transfer US>MX cat:sensors ordered y=2024", "transfer US>MX cat:small-arms ordered y=2024"}, nil},
		{"fr avec leurs munitions", "fr", "2024-05-03",
			"Le Maroc a réceptionné six hélicoptères AH-64E Apache commandés aux États-Unis, avec leurs roquettes et leurs munitions.",
			[]string{"transfer US>MA ah-64-apache q=6 delivered y=2024"}, []string{"transfer US>MA cat:ammunition delivered y=2024"}},
		{"ar مع ذخائر", "ar", "2024-05-03",
			"تسلمت مصر من الولايات المتحدة 10 مروحيات أباتشي مع ذخائر وقطع غيار.",
			[]string{"transfer US>EG ah-64-apache q=10 delivered y=2024"}, []string{"transfer US>EG cat:ammunition delivered y=2024"}},
		// near misses: a count of its own, another state named for it
		{"es counted item stays", "es", "2024-05-03",
			"Estados Unidos aprobó vender a México ocho helicópteros MH-60R, con 30 torpedos, por 1.200 millones de dólares.",
			[]string{"transfer US>MX cat:missiles q=30 approved y=2024"}, nil},
		{"en counted item stays", "en", "2024-05-03",
			"Poland ordered 48 K9 howitzers from South Korea, as well as 96 armoured vehicles.",
			[]string{"transfer KR>PL cat:armoured-vehicles q=96 ordered y=2024"}, nil},
		{"en another state's item stays", "en", "2024-05-03",
			"Morocco received F-16 fighters from the United States, and 12 patrol boats from France.",
			[]string{"transfer FR>MA cat:ships q=12 delivered y=2024"}, nil},
	})
}
