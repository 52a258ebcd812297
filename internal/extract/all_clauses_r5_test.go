package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestClausesR5RelativeHypothetical: a hypothetical cue in a relative
// clause describes a noun of the sentence and does not make the whole
// sentence doubtful (all_clauses_r5_relative.go); outside a relative
// clause it still does. Sentences written for this test.
func TestClausesR5RelativeHypothetical(t *testing.T) {
	tests := []factCase{
		{"fr: grâce auquel … étudient", "fr", "2024-05-12",
			"Les États-Unis ont accordé au Niger un million de dollars au titre du programme IMET, grâce auquel des officiers nigériens étudient dans des écoles américaines.",
			[]string{"assistance US>NE imet USD=1000000"}},
		{"en: which could", "en", "2024-05-12",
			"The United States gave Jordan $425 million in Foreign Military Financing, which could also pay for spare parts.",
			[]string{"assistance US>JO fmf USD=425000000"}},
		{"es: la cual podría", "es", "2024-05-12",
			"Marruecos y Estados Unidos firmaron una hoja de ruta de cooperación militar, la cual podría ampliarse más adelante.",
			[]string{"agreement MA+US y=2024"}},
		{"de: die … prüfen", "de", "2024-05-12",
			"Deutschland und Litauen unterzeichneten ein Abkommen über militärische Zusammenarbeit, das beide Regierungen jedes Jahr prüfen.",
			[]string{"agreement DE+LT y=2024"}},
		{"near miss, en: the main clause is hypothetical", "en", "2024-05-12",
			"The United States could give Jordan $425 million in Foreign Military Financing, which would pay for spare parts.",
			nil},
		{"near miss, fr: the hypothetical before the relative word", "fr", "2024-05-12",
			"Les États-Unis pourraient accorder au Niger un million de dollars au titre du programme IMET, qui forme des officiers.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type != domain.TypeTransfer })
}

// TestClausesR5AfterTalks: talks that a word of sequence places before
// the event ("after talks", "à l'issue des discussions", "tras las
// conversaciones") are no plan (all_clauses_r5_aftertalks.go); talks about
// a purchase, and talks with no word of sequence, still are. Sentences
// written for this test.
func TestClausesR5AfterTalks(t *testing.T) {
	tests := []factCase{
		{"en: after talks", "en", "2024-05-12",
			"Morocco and the United States signed a defence cooperation roadmap after talks in Rabat.",
			[]string{"agreement MA+US y=2024"}},
		{"en: following negotiations", "en", "2024-05-12",
			"Following negotiations, Kenya and Turkey signed a military cooperation agreement.",
			[]string{"agreement KE+TR y=2024"}},
		{"fr: à l'issue des discussions", "fr", "2024-05-12",
			"Le Maroc et les États-Unis ont signé une feuille de route de coopération militaire à l'issue des discussions à Rabat.",
			[]string{"agreement MA+US y=2024"}},
		{"fr: au terme de négociations", "fr", "2024-05-12",
			"Au terme de négociations, le Maroc et Israël ont signé un mémorandum de coopération militaire.",
			[]string{"agreement MA+IL y=2024"}},
		{"es: tras las conversaciones", "es", "2024-05-12",
			"Marruecos y Estados Unidos firmaron una hoja de ruta de cooperación militar tras las conversaciones en Rabat.",
			[]string{"agreement MA+US y=2024"}},
		{"near miss, en: talks about a purchase", "en", "2024-05-12",
			"Thailand bought Gripen jets from Sweden after negotiations to acquire F-35 jets from the United States fell apart.",
			nil},
		{"near miss, en: talks under way", "en", "2024-05-12",
			"Morocco and the United States are in talks on a defence cooperation roadmap.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestClausesR5PossibleThreats: an adjective of possibility on a threat
// and a cue right after a subject relative pronoun leave the sentence's
// event stated (all_clauses_r5_threats.go); a possible buyer stays a
// plan. Sentences written for this test.
func TestClausesR5PossibleThreats(t *testing.T) {
	tests := []factCase{
		{"en: potential threats", "en", "2024-05-12",
			"The United States provided Jordan with $425 million in Foreign Military Financing in 2023 to counter potential threats on its border.",
			[]string{"assistance US>JO fmf USD=425000000 y=2023"}},
		{"en: potential crises", "en", "2024-05-12",
			"Kenyan and US troops took part in Justified Accord 2024 to prepare for potential crises.",
			[]string{"exercise KE+US Justified Accord y=2024"}},
		{"es: una eventual amenaza", "es", "2024-05-12",
			"Marruecos y Estados Unidos firmaron una hoja de ruta de cooperación militar ante una eventual amenaza.",
			[]string{"agreement MA+US y=2024"}},
		{"ar: التهديدات المحتملة", "ar", "2024-05-12",
			"وقع المغرب والولايات المتحدة خارطة طريق للتعاون العسكري لمواجهة التهديدات المحتملة.",
			[]string{"agreement MA+US y=2024"}},
		{"en: that aims to", "en", "2024-05-12",
			"Morocco and the United States signed a defence cooperation roadmap that aims to strengthen their military ties.",
			[]string{"agreement MA+US y=2024"}},
		{"near miss, en: a potential buyer", "en", "2024-05-12",
			"Egypt is a potential buyer of F-35 jets from the United States.",
			nil},
		{"near miss, en: potential agreement", "en", "2024-05-12",
			"Morocco and the United States discussed a potential defence cooperation roadmap.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestClausesR5RelativeNegation: a negation inside a relative clause apart
// from the system and its stage word denies nothing else
// (all_clauses_r5_negation.go); a negation of the main clause still drops
// the system. Sentences written for this test.
func TestClausesR5RelativeNegation(t *testing.T) {
	tests := []factCase{
		{"de: das … noch nicht besitzt", "de", "2024-05-12",
			"Deutschland hat der Ukraine vier IRIS-T-Systeme geliefert, ein System, das die Bundeswehr selbst noch nicht besitzt.",
			[]string{"transfer DE>UA iris-t q=4 delivered y=2024"}},
		{"en: which has not", "en", "2024-05-12",
			"Egypt, which has not bought Russian jets since 2019, ordered four U209 submarines from Germany.",
			[]string{"transfer DE>EG type-209 q=4 ordered y=2024"}},
		{"fr: qui ne possède pas", "fr", "2024-05-12",
			"L'Égypte, qui ne possède pas de sous-marins, a commandé quatre sous-marins U209 à l'Allemagne.",
			[]string{"transfer DE>EG type-209 q=4 ordered y=2024"}},
		{"near miss, en: the main clause negated", "en", "2024-05-12",
			"Egypt, which bought Russian jets in 2019, has not ordered F-35 jets from the United States.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestClausesR5NotCombat: a danger the weapons guard against and a
// procurement launched are no use in combat (all_clauses_r5_combat.go);
// weapons fired still are. Sentences written for this test.
func TestClausesR5NotCombat(t *testing.T) {
	tests := []factCase{
		{"en: to defend against missile attacks", "en", "2024-05-12",
			"Poland received 12 Patriot launchers from the United States to defend against missile attacks.",
			[]string{"transfer US>PL mim-104-patriot q=12 delivered y=2024"}},
		{"en: launched a tender", "en", "2024-05-12",
			"Egypt launched a tender and ordered 12 Rafale jets from France.",
			[]string{"transfer FR>EG rafale q=12 ordered y=2024"}},
		{"fr: a lancé un appel d'offres", "fr", "2024-05-12",
			"Le Maroc a lancé un appel d'offres et a commandé 12 Caesar à la France.",
			[]string{"transfer FR>MA caesar q=12 ordered y=2024"}},
		{"es: lanzó una licitación", "es", "2024-05-12",
			"Perú lanzó una licitación y compró 12 aviones Rafale a Francia.",
			[]string{"transfer FR>PE rafale q=12 ordered y=2024"}},
		{"near miss, en: fired", "en", "2024-05-12",
			"Russia fired 12 Iskander missiles at Kharkiv.",
			nil},
		{"near miss, fr: lancé contre", "fr", "2024-05-12",
			"La Russie a lancé 12 missiles Kalibr contre Odessa.",
			nil},
		{"en: area denial is no denial", "en", "2024-05-12",
			"Taiwan ordered 100 Harpoon coastal defence systems from the United States to build its anti-access and area denial capabilities.",
			[]string{"transfer US>TW harpoon-coastal-defense q=100 ordered y=2024"}},
		{"near miss, en: denied reports", "en", "2024-05-12",
			"Jordan denied reports that it had received Patriot systems from the United States.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestClausesR5AsPlanned: a future cue that compares a past event with the
// plan ("wie geplant", "tant attendus", "según lo previsto") leaves it a
// delivery (all_clauses_r5_asplanned.go); a delivery still to come stays
// one. Sentences written for this test.
func TestClausesR5AsPlanned(t *testing.T) {
	tests := []factCase{
		{"de: wie geplant", "de", "2024-05-12",
			"Wie geplant lieferte Deutschland im März 14 Leopard-2-Panzer an Polen.",
			[]string{"transfer DE>PL leopard-2 q=14 delivered y=2024"}},
		{"fr: tant attendus", "fr", "2024-05-12",
			"Les 12 Rafale tant attendus sont arrivés en Égypte, livrés par la France en mars.",
			[]string{"transfer FR>EG rafale q=12 delivered y=2024"}},
		{"es: según lo previsto", "es", "2024-05-12",
			"Francia entregó según lo previsto 12 Rafale a Egipto en marzo.",
			[]string{"transfer FR>EG rafale q=12 delivered y=2024"}},
		{"near miss, de: voraussichtlich", "de", "2024-05-12",
			"Die 14 Leopard-2-Panzer aus Deutschland werden voraussichtlich im März an Polen geliefert.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
