package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR8FresClasses: the r8-fres classes (texts written for this test):
// a maker state named only where the goods were made is no party
// (all_r8_fres_madeorigin.go); a state ending a sentence-opening phrase is
// no list item with the subject (all_r8_fres_closingcomma.go); buyers
// listed after "customers of <system>" (all_r8_fres_customers.go); a
// generic word heading a named system past descriptive words
// (all_r8_fres_headgeneric.go).
func TestR8FresClasses(t *testing.T) {
	tests := []factCase{
		{"es: compró a X, fabricados en Y", "es", "",
			"Argentina compró a Dinamarca 24 cazas F-16 fabricados por Lockheed Martin en Estados Unidos.",
			[]string{"transfer DK>AR f-16 q=24 ordered"}},
		{"fr: acheté à X, de fabrication Y", "fr", "",
			"La Roumanie a acheté à la Norvège 32 avions F-16 de fabrication américaine.",
			[]string{"transfer NO>RO f-16 q=32 ordered"}},
		{"en: from X, built in Y", "en", "",
			"Romania bought 32 F-16 fighters from Norway, built in the United States.",
			[]string{"transfer NO>RO f-16 q=32 ordered"}},
		{"en: origin named as a party still sells", "en", "",
			"The United States sold 32 F-16 fighters to Romania.",
			[]string{"transfer US>RO f-16 q=32 ordered"}},
		{"es: tras la visita del presidente de X,", "es", "",
			"Tras la visita del presidente de Francia, Brasil compró a Suecia 36 cazas Gripen.",
			[]string{"transfer SE>BR gripen q=36 ordered"}},
		{"es: en el marco de la cumbre con X,", "es", "",
			"En el marco de la cumbre con Japón, Filipinas adquirió misiles BrahMos a India.",
			[]string{"transfer IN>PH brahmos ordered"}},
		{"fr: a list with its conjunction stays a list", "fr", "",
			"La France a vendu des Rafale à l'Égypte, au Qatar et à l'Inde.",
			[]string{"transfer FR>EG rafale ordered", "transfer FR>QA rafale ordered", "transfer FR>IN rafale ordered"}},
		{"fr: parmi les clients du X figurent", "fr", "",
			"Parmi les clients du Rafale figurent l'Égypte, le Qatar et l'Inde.",
			[]string{"transfer FR>EG rafale ordered", "transfer FR>QA rafale ordered", "transfer FR>IN rafale ordered"}},
		{"en: customers of X include", "en", "",
			"Customers of the Rafale include Egypt, Qatar and India.",
			[]string{"transfer FR>EG rafale ordered", "transfer FR>QA rafale ordered", "transfer FR>IN rafale ordered"}},
		{"es: entre los usuarios del X están", "es", "",
			"Entre los usuarios del Super Tucano están Colombia y Chile.",
			[]string{"transfer BR>CO super-tucano ordered", "transfer BR>CL super-tucano ordered"}},
		{"en: customers of X without a list verb name no buyer", "en", "",
			"Customers of the Rafale met in Paris with officials from Egypt.",
			nil},
		{"fr: the origin state signs with a list of buyers", "fr", "",
			"La France a signé des contrats pour le Rafale avec l'Égypte, le Qatar et l'Inde.",
			[]string{"transfer FR>EG rafale ordered", "transfer FR>QA rafale ordered", "transfer FR>IN rafale ordered"}},
		{"es: the buyer signs with the seller", "es", "",
			"Colombia firmó con Suecia un contrato por 17 cazas Gripen.",
			[]string{"transfer SE>CO gripen q=17 ordered"}},
		{"fr: ces appareils sont destinés à", "fr", "",
			"Dassault Aviation a livré six Rafale. Ces appareils sont destinés à la Grèce.",
			[]string{"transfer FR>GR rafale q=6 delivered"}},
		{"en: the jets are destined for", "en", "",
			"Dassault Aviation delivered six Rafale jets. The aircraft are destined for Greece.",
			[]string{"transfer FR>GR rafale q=6 delivered"}},
		{"fr: a exporté (lexicon)", "fr", "",
			"Le Brésil a exporté 12 Super Tucano au Nigeria.",
			[]string{"transfer BR>NG super-tucano q=12 delivered"}},
		{"es: exportó (lexicon)", "es", "",
			"Brasil exportó 12 aviones Super Tucano a Nigeria.",
			[]string{"transfer BR>NG super-tucano q=12 delivered"}},
		{"es: a dateline ending on '.-' names no party", "es", "",
			"Ciudad de México.- El Gobierno de Estados Unidos dio luz verde a la venta a México de ocho misiles Harpoon.",
			[]string{"transfer US>MX agm-84-harpoon q=8 approved"}},
		{"es: a dateline with date and agency ending on '.-'", "es", "",
			"Bogotá, 5 de mayo (EFE).- Estados Unidos aprobó la venta a México de ocho misiles Harpoon.",
			[]string{"transfer US>MX agm-84-harpoon q=8 approved"}},
		{"es: vehículos blindados a rueda (VCBR) 8x8 Stryker", "es", "",
			"Estados Unidos entregó a Argentina cuatro vehículos de combate blindados a rueda (VCBR) 8x8 M1126 Stryker.",
			[]string{"transfer US>AR stryker q=4 delivered"}},
		{"fr: véhicules blindés à roues 6x6 Griffon", "fr", "",
			"La France a livré à la Belgique 20 véhicules blindés à roues (VBR) 6x6 VBMR Griffon.",
			[]string{"transfer FR>BE griffon q=20 delivered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
