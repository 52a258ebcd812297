package extract

import "testing"

// TestCategoryGoodsBefore: the kinds a sentence lists as the contents of a
// consignment of military goods the sentence before hands over, naming no
// weapon, go between that sentence's states at its stage
// (all_r6_category.go). Sentences written for this test.
func TestCategoryGoodsBefore(t *testing.T) {
	tests := []factCase{
		{"en the equipment includes", "en", "2024-05-03",
			"Ghana received a consignment of military hardware from Turkey on Monday. The equipment includes 12 armoured personnel carriers and four patrol boats.",
			[]string{"transfer TR>GH armoured-vehicles q=12 delivered", "transfer TR>GH ships q=4 delivered"}},
		{"fr le lot comprend", "fr", "2024-05-03",
			"Le Niger a reçu un lot de matériel militaire de la Turquie. Le lot comprend 20 véhicules blindés et deux drones.",
			[]string{"transfer TR>NE armoured-vehicles q=20 delivered", "transfer TR>NE aircraft q=2 delivered"}},
		{"es el lote incluye", "es", "2024-05-03",
			"Paraguay recibió de Taiwán un cargamento de material militar. El lote incluye seis lanchas patrulleras.",
			[]string{"transfer TW>PY ships q=6 delivered"}},
		{"de die Lieferung umfasst", "de", "2024-05-03",
			"Die Slowakei erhielt im März Rüstungsgüter aus Polen. Die Lieferung umfasst 30 Schützenpanzer.",
			[]string{"transfer PL>SK armoured-vehicles q=30 delivered"}},
		{"ar the shipment includes", "ar", "2024-05-03",
			"تسلمت موريتانيا من تركيا شحنة من المعدات العسكرية. وتضم الشحنة 12 عربة مدرعة.",
			[]string{"transfer TR>MR armoured-vehicles q=12 delivered"}},
		// a sentence with no stage hands nothing over
		{"en no stage before", "en", "2024-05-03",
			"Ghana and Turkey discussed military hardware on Monday. The equipment includes 12 armoured personnel carriers.",
			nil},
	}
	checkFacts(t, tests, genericBrief)
}

// TestCategoryGermanCompounds: a German compound ending in a generic
// word names that word's category; compounds of civil heads do not
// (de_r6_compoundkind.go). Sentences written for this test.
func TestCategoryGermanCompounds(t *testing.T) {
	tests := []factCase{
		{"de Küstenpatrouillenbooten", "de", "2024-05-03",
			"Die Bundesregierung genehmigte die Ausfuhr von 12 Küstenpatrouillenbooten nach Ägypten.",
			[]string{"transfer DE>EG ships q=12 approved"}},
		{"de Mehrzweckkampfhubschrauber", "de", "2024-05-03",
			"Italien hat Polen sechs Mehrzweckkampfhubschrauber geliefert.",
			[]string{"transfer IT>PL aircraft q=6 delivered"}},
		{"de civil head", "de", "2024-05-03",
			"Frankreich hat Polen sechs Passagierflugzeuge geliefert.",
			nil},
	}
	checkFacts(t, tests, genericBrief)
}

// TestCategoryNouns: category nouns the lexicon lacked (generic.tsv,
// r6-category block). Sentences written for this test.
func TestCategoryNouns(t *testing.T) {
	tests := []factCase{
		{"en armoured cars", "en", "2024-05-03",
			"China delivered 30 armoured cars to Ghana in March.",
			[]string{"transfer CN>GH armoured-vehicles q=30 delivered"}},
		{"en field guns", "en", "2024-05-03",
			"Serbia sold 18 field guns to Ghana last year.",
			[]string{"transfer RS>GH artillery q=18 ordered"}},
		{"fr automitrailleuses", "fr", "2024-05-03",
			"La France a livré dix automitrailleuses au Bénin.",
			[]string{"transfer FR>BJ armoured-vehicles q=10 delivered"}},
		{"es proyectiles", "es", "2024-05-03",
			"España entregó 5000 proyectiles a Ucrania.",
			[]string{"transfer ES>UA ammunition q=5000 delivered"}},
		{"ar anti-armour missiles", "ar", "2024-05-03",
			"سلمت فرنسا لبنان 50 صواريخ مضادة للدروع.",
			[]string{"transfer FR>LB missiles q=50 delivered"}},
	}
	checkFacts(t, tests, genericBrief)
}

// TestCategoryReceivingPhrases: the subject of "has taken delivery of",
// "accepted delivery of", "recepcionó" receives (lang_*.tsv, r6-category
// blocks). Sentences written for this test.
func TestCategoryReceivingPhrases(t *testing.T) {
	tests := []factCase{
		{"en has taken delivery", "en", "2024-05-03",
			"The Ghana Navy has taken delivery of four patrol boats from China.",
			[]string{"transfer CN>GH ships q=4 delivered"}},
		{"en accepted delivery", "en", "2024-05-03",
			"Ghana has accepted delivery of four patrol boats from China.",
			[]string{"transfer CN>GH ships q=4 delivered"}},
		{"es recepcionó", "es", "2024-05-03",
			"Paraguay recepcionó seis lanchas patrulleras de Taiwán.",
			[]string{"transfer TW>PY ships q=6 delivered"}},
	}
	checkFacts(t, tests, genericBrief)
}

// TestCategoryTargets: a kind of weapon named as what a system is against
// is no transfer of its own (all_r6_category.go targetOf). Sentences
// written for this test.
func TestCategoryTargets(t *testing.T) {
	tests := []factCase{
		{"en to intercept", "en", "2024-05-03",
			"Poland ordered 12 Arrow 3 launchers from Israel to intercept ballistic missiles.",
			[]string{"transfer IL>PL arrow q=12 ordered"}},
		{"fr pour intercepter", "fr", "2024-05-03",
			"La Pologne a commandé à Israël 12 lanceurs Arrow 3 pour intercepter des missiles balistiques.",
			[]string{"transfer IL>PL arrow q=12 ordered"}},
		{"es contra drones", "es", "2024-05-03",
			"Polonia compró a Israel 12 lanzadores Arrow 3 contra drones.",
			[]string{"transfer IL>PL arrow q=12 ordered"}},
		{"de gegen before its object: the systems are traded", "de", "2024-05-03",
			"Deutschland lieferte der Ukraine 10 Flugabwehrsysteme gegen Drohnen.",
			[]string{"transfer DE>UA air-defence q=10 delivered"}},
		{"de a target verb after its object", "de", "2024-05-03",
			"Polen bestellte bei Israel 12 Arrow-3-Startgeräte, um ballistische Raketen abzufangen.",
			[]string{"transfer IL>PL arrow q=12 ordered"}},
	}
	checkFacts(t, tests, genericBrief)
}
