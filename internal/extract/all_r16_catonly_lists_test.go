package extract

import "testing"

// TestR16CatonlyListedItems: a category word a list gives as an item of
// its own is a transfer, not a part of the named system before it: a
// counted item of another category after a component cue ("sowie",
// "including"), an item after a listing word that follows the accessory
// cue ("avec ..., ainsi que", "con ..., así como"), an item after an
// accessory cue that follows another item of the list ("، وأكثر من 300 طن
// من الذخائر، إضافة إلى") (all_r16_catonly_lists.go). Sentences written
// for this test; the seen documents are de-rs-25, fr-rs-98, ar-rs-104.
func TestR16CatonlyListedItems(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"de sowie counted shells", "de", "2024-05-03",
			"Die Ukraine bekam von Deutschland neun Bandvagn sowie 7390 Artilleriegeschosse.",
			[]string{"transfer DE>UA cat:ammunition q=7390 delivered y=2024"}, nil},
		{"en including counted missiles", "en", "2024-05-03",
			"South Korea delivered 24 K9 howitzers to Poland, including 500 guided missiles.",
			[]string{"transfer KR>PL cat:missiles q=500 delivered y=2024"}, nil},
		{"fr avec puis ainsi que", "fr", "2024-05-03",
			"La Chine a livré à Djibouti un hélicoptère Z-9, avec ses véhicules de servitude, ainsi qu'un lot de chars à roues.",
			[]string{"transfer CN>DJ cat:armoured-vehicles delivered y=2024"}, nil},
		{"es con luego así como", "es", "2024-05-03",
			"Estados Unidos entregó a Honduras dos helicópteros UH-60 Black Hawk con repuestos, así como radares.",
			[]string{"transfer US>HN cat:sensors delivered y=2024"}, nil},
		{"ar cue after another item", "ar", "2024-05-03",
			"سلّمت مصر الصومال رشاشات من طراز M16، وأكثر من 300 طن من الذخائر، إضافة إلى عربات مصفحة.",
			[]string{"transfer EG>SO cat:armoured-vehicles delivered y=2024"}, nil},
		// near misses: a same-category count is a part of the whole; a
		// kind word right after the name is no other item
		{"en same category part stays out", "en", "2024-05-03",
			"The United States delivered 48 F-16 fighters to Poland, including 12 trainer aircraft.",
			nil, []string{"transfer US>PL cat:aircraft q=12 delivered y=2024"}},
		{"en kind word then with", "en", "2024-05-03",
			"The United States delivered 12 AH-1Z attack helicopters to Nigeria, with rockets.",
			nil, []string{"transfer US>NG cat:missiles delivered y=2024"}},
	})
}
