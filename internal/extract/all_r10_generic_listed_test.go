package extract

import "testing"

// TestR10GenericWordsFiveLanguages: the same goods named by their kind
// alone give one candidate per category in every language
// (internal/lexicon/data/generic.tsv, block r10-generic): mine-resistant
// vehicles and air-defence missiles, written as news writes them.
// Sentences written for this test.
func TestR10GenericWordsFiveLanguages(t *testing.T) {
	both := func(sup, rec string) []string {
		return []string{
			"transfer " + sup + ">" + rec + " cat:armoured-vehicles delivered",
			"transfer " + sup + ">" + rec + " cat:missiles delivered",
		}
	}
	checkCandidates(t, []candidateCase{
		{"en", "en", "", "Jordan received mine-resistant vehicles and air-defence missiles from the United States.", both("US", "JO"), nil},
		{"fr", "fr", "", "La Jordanie a reçu des véhicules résistants aux mines et des missiles de défense aérienne des États-Unis.", both("US", "JO"), nil},
		{"es", "es", "", "Jordania recibió vehículos resistentes a minas y misiles de defensa aérea de Estados Unidos.", both("US", "JO"), nil},
		{"de", "de", "", "Jordanien hat minengeschützte Fahrzeuge und Flugabwehrraketen von den Vereinigten Staaten erhalten.", both("US", "JO"), nil},
		{"ar indefinite, للدفاع", "ar", "", "تسلم الأردن مركبات مقاومة للألغام وصواريخ للدفاع الجوي من الولايات المتحدة.", both("US", "JO"), nil},
		{"ar definite, مضادة", "ar", "", "تسلم الأردن المركبات المضادة للألغام وصواريخ الدفاع الجوي من الولايات المتحدة.", both("US", "JO"), nil},
		// a phrase whose head is a generic word of another kind takes its own
		{"fr chasseur de mines", "fr", "", "La France a livré un chasseur de mines à la Belgique.",
			[]string{"transfer FR>BE cat:ships q=1 delivered"}, []string{"transfer FR>BE cat:aircraft q=1 delivered"}},
		{"es cañón antiaéreo", "es", "", "Alemania entregó a Ucrania un cañón antiaéreo.",
			[]string{"transfer DE>UA cat:air-defence q=1 delivered"}, []string{"transfer DE>UA cat:artillery q=1 delivered"}},
		{"de Seedrohnen", "de", "", "Großbritannien hat der Ukraine 20 Seedrohnen geliefert.",
			[]string{"transfer GB>UA cat:ships q=20 delivered"}, []string{"transfer GB>UA cat:aircraft q=20 delivered"}},
		{"ar حاملة مروحيات", "ar", "", "باعت فرنسا مصر حاملتي مروحيات.",
			[]string{"transfer FR>EG cat:ships q=2 ordered"}, []string{"transfer FR>EG cat:aircraft q=2 ordered", "transfer FR>EG cat:aircraft ordered"}},
	})
}

// TestR10GenericListed: a generic word before a conjunction and a counted
// system names goods of its own ("missiles and two C-130s"), and a target
// word inside an earlier weapon's name governs that name, not the next
// item (all_r10_generic_listed.go). Sentences written for this test.
func TestR10GenericListed(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"en and two", "en", "", "Jordan received from the United States air-defence missiles and two C-130 aircraft.",
			[]string{"transfer US>JO cat:missiles delivered", "transfer US>JO c-130-hercules q=2 delivered"}, nil},
		{"fr et deux", "fr", "", "La Jordanie a reçu des États-Unis des missiles et deux C-130.",
			[]string{"transfer US>JO cat:missiles delivered", "transfer US>JO c-130-hercules q=2 delivered"}, nil},
		{"ar dual with و", "ar", "", `حصل الأردن على معدات أمريكية، من بينها صواريخ للدفاع الجوي وطائرتان من طراز "سي 130".`,
			[]string{"transfer US>JO cat:missiles delivered", "transfer US>JO c-130-hercules q=2 delivered"}, nil},
		{"ar مضادة inside the first name", "ar", "", "تسلم العراق صواريخ مضادة للدبابات وقذائف مدفعية من الولايات المتحدة.",
			[]string{"transfer US>IQ cat:missiles delivered", "transfer US>IQ cat:ammunition delivered"}, nil},
		// no conjunction and count: the word still names the system's kind
		{"fr avions de combat Rafale", "fr", "", "L'Égypte a reçu des avions de combat Rafale de la France.",
			[]string{"transfer FR>EG rafale delivered"}, []string{"transfer FR>EG cat:aircraft delivered"}},
		// the target word outside any name still marks the target
		{"ar مضادة للسفن target", "ar", "", "تسلمت مصر من روسيا منظومة مضادة للسفن.",
			nil, []string{"transfer RU>EG cat:ships delivered"}},
	})
}
