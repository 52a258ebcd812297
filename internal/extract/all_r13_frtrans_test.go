package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR13MakerNumbers: a Soviet or Russian designation written as the
// bureau's name and the number ("Antonov 26", "Iliouchine 76") names the
// catalogue's system, in every language. Sentences written for this test.
func TestR13MakerNumbers(t *testing.T) {
	checkFacts(t, []factCase{
		{"fr: Antonov 26", "fr", "2024-05-12",
			"La Côte d'Ivoire a acquis deux Antonov 26 auprès de la Bulgarie.",
			[]string{"transfer BG>CI an-26 q=2 ordered y=2024"}},
		{"fr: Iliouchine 76", "fr", "2024-05-12",
			"Le Mali a reçu deux Iliouchine 76 de la Russie.",
			[]string{"transfer RU>ML il-76 q=2 delivered y=2024"}},
		{"en: Kamov-52", "en", "2024-05-12",
			"Egypt received four Kamov-52 helicopters from Russia.",
			[]string{"transfer RU>EG ka-52 q=4 delivered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestR13CountedHeads: the name of a system that the catalogue lists only
// with a word of its kind ("blindés Bastion") names it alone when a number
// counts it ("dix Bastions", "92 Griffon"); uncounted, or a wheel formula
// ("6x6 Guarani"), it does not.
func TestR13CountedHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{"fr: dix Bastions", "fr", "2024-05-12",
			"La France a livré dix Bastions au Bénin.",
			[]string{"transfer FR>BJ arquus-bastion q=10 delivered y=2024"}},
		{"fr: 92 Griffon de plus", "fr", "2024-05-12",
			"La Belgique a commandé 92 Griffon de plus à la France.",
			[]string{"transfer FR>BE griffon q=92 ordered y=2024"}},
		{"fr: a count of one is an article, no counted head", "fr", "2024-05-12",
			"La France a livré au Bénin un Bastion de la démocratie.",
			[]string{}},
		{"es: a wheel formula", "es", "2024-05-12",
			"Argentina compró 6x6 Guaraní a Brasil.",
			[]string{}},
	}, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" && f.System.ID[0] != 'c'
	})
}

// TestR13AgreementPartner: an agreement whose sentence names one state
// takes as the other the state named most often beside it, not the
// document's most named state (a former partner, a bystander).
// Sentences written for this test.
func TestR13AgreementPartner(t *testing.T) {
	checkFacts(t, []factCase{
		{"fr: the signer is 'le gouvernement'", "fr", "2024-05-12",
			"Coopération militaire\n\nLe gouvernement de transition a signé un accord de défense avec la Russie. Le Mali et la Russie entretiennent des relations anciennes. La France a quitté le pays en 2022. La France critique ce choix.",
			[]string{"agreement ML+RU y=2024"}},
		{"fr: the partner in the headline", "fr", "2024-05-12",
			"Défense : Ouagadougou signe avec Ankara\n\nLe ministre burkinabè de la Défense a paraphé l'accord mardi. Le texte prévoit des formations. La France a retiré ses troupes. La France et les États-Unis suivent la situation.",
			[]string{"agreement BF+TR y=2024"}},
		{"fr: 'Il y a signé', the visit in the sentence before", "fr", "2024-05-12",
			"Visite\n\nLa Chine a livré des blindés au Niger en 2022. Le ministre nigérien de la Défense était jeudi en Turquie. Il y a signé un accord de coopération militaire.",
			[]string{"agreement NE+TR y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
}

// TestR13MakerHome: a maker whose catalogue systems come from several
// states (Thales, Damen) names its seat's state as the supplier, and a
// maker named by its short name ("Oshkosh", an alias in named.tsv) is read. Sentences written
// for this test.
func TestR13MakerHome(t *testing.T) {
	checkFacts(t, []factCase{
		{"fr: construits par Damen", "fr", "2024-05-12",
			"Le Sénégal a reçu deux patrouilleurs construits par Damen.",
			[]string{"transfer NL>SN cat:ships q=2 delivered y=2024"}},
		{"fr: livrés par Thales", "fr", "2024-05-12",
			"Le Maroc a reçu trois radars livrés par Thales.",
			[]string{"transfer FR>MA cat:sensors q=3 delivered y=2024"}},
		{"en: from Oshkosh", "en", "2024-05-12",
			"Belgium ordered 322 armoured vehicles from Oshkosh.",
			[]string{"transfer US>BE cat:armoured-vehicles q=322 ordered y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
