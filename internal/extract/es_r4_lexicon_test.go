package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsR4Participles: the passive and adjectival participles of the verbs
// of buying and contracting ("adquiridos a", "contratados a", "pedidos por
// X a Y") mark an order and name the seller after "a"; "dos decenas" is 20
// (lang_es.tsv). Sentences written for this test.
func TestEsR4Participles(t *testing.T) {
	tests := []factCase{
		{"a passive buy participle with the seller after a", "es", "2024-05-12",
			"Los drones Hermes 900 fueron adquiridos a Israel por la Fuerza Aérea de Colombia en 2023.",
			[]string{"transfer IL>CO hermes-900 ordered y=2023"}},
		{"contracted from a seller, delivered", "es", "2024-05-12",
			"Perú recibió en 2024 los cuatro patrulleros oceánicos contratados a Corea del Sur.",
			[]string{"transfer KR>PE cat:ships q=4 delivered y=2024"}},
		{"ordered by a buyer from a seller", "es", "2024-05-12",
			"Los 24 cazas Gripen pedidos por Colombia a Suecia serán entregados en 2026.",
			[]string{"transfer SE>CO gripen q=24 ordered y=2024"}},
		{"a multiplier of tens", "es", "2024-05-12",
			"El Ejército de Uruguay recibió dos decenas de vehículos blindados Stryker de Estados Unidos.",
			[]string{"transfer US>UY stryker q=20 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestEsR4SaleSigned: a state that signs a sale sells, whether the buyer
// follows "con" or "a"; a purchase signed "con" a state still buys from
// it, and two states signing together stay unread (es_r4_salewith.go).
// Sentences written for this test.
func TestEsR4SaleSigned(t *testing.T) {
	tests := []factCase{
		{"signed with the buyer the sale", "es", "2024-05-12",
			"El Gobierno de España firmó con Egipto la venta de dos corbetas por 2.000 millones de euros.",
			[]string{"transfer ES>EG cat:ships q=2 EUR=2000000000 ordered y=2024"}},
		{"signed a sale contract, buyer after a", "es", "2024-05-12",
			"Francia firmó un contrato de venta de tres fragatas a Grecia.",
			[]string{"transfer FR>GR cat:ships q=3 ordered y=2024"}},
		{"signed with the seller the purchase", "es", "2024-05-12",
			"Ecuador firmó con Corea del Sur la adquisición de cuatro buques patrulleros.",
			[]string{"transfer KR>EC cat:ships q=4 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestEsR4CountWords: "media docena" is six, "medio centenar" fifty, "una
// quincena" fifteen (lang_es.tsv). Sentences written for this test.
func TestEsR4CountWords(t *testing.T) {
	tests := []factCase{
		{"half a dozen", "es", "2024-05-12",
			"El Ejército de Chile recibió media docena de helicópteros H125 de Francia.",
			[]string{"transfer FR>CL h125 q=6 delivered y=2024"}},
		{"half a hundred", "es", "2024-05-12",
			"Estados Unidos donó a Colombia medio centenar de vehículos Humvee.",
			[]string{"transfer US>CO hmmwv q=50 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestEsR4Training: an unnamed programme of military training one state
// gives another's forces (es_r4_training.go); aircraft "de entrenamiento"
// are equipment, not training. Sentences written for this test.
func TestEsR4Training(t *testing.T) {
	tests := []factCase{
		{"training given to the forces of a state", "es", "2024-05-12",
			"Francia impartió formación militar a las fuerzas armadas de Mauritania.",
			[]string{"assistance FR>MR "}},
		{"instructors of a state train pilots of another", "es", "2024-05-12",
			"Instructores rusos entrenaron a pilotos venezolanos en 2019.",
			[]string{"assistance RU>VE  y=2019"}},
		{"training in the future is a plan", "es", "2024-05-12",
			"Francia impartirá formación militar a las fuerzas armadas de Mauritania.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}

// TestEsR4SourceAndFarWith: "procedentes del", "provenientes de" name the
// source (lang_es.tsv supplier-prep); a signing verb still governs "con"
// past an amount ("firmó un contrato por US$ 300 millones con") in
// es_r4_salewith.go. Sentences written for this test.
func TestEsR4SourceAndFarWith(t *testing.T) {
	tests := []factCase{
		{"procedentes del", "es", "2024-05-12",
			"Se entregaron a la Armada de Chile dos fragatas Tipo 23 procedentes del Reino Unido.",
			[]string{"transfer GB>CL type-23 q=2 delivered y=2024"}},
		{"provenientes de", "es", "2024-05-12",
			"La Armada de Chile recibió dos fragatas provenientes de los Países Bajos.",
			[]string{"transfer NL>CL cat:ships q=2 delivered y=2024"}},
		{"a contract with an amount before con (its value is not attached yet)", "es", "2024-05-12",
			"Perú firmó un contrato por US$ 300 millones con Corea del Sur para la compra de dos fragatas.",
			[]string{"transfer KR>PE cat:ships q=2 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestEsR4NotNegation: "no obstante" (however) and "no sin" (not without)
// negate nothing; a plain "no" still does (lang_es.tsv not-negation).
// Sentences written for this test.
func TestEsR4NotNegation(t *testing.T) {
	tests := []factCase{
		{"no obstante opens the sentence", "es", "2024-05-12",
			"No obstante, Perú recibió dos fragatas de Corea del Sur.",
			[]string{"transfer KR>PE cat:ships q=2 delivered y=2024"}},
		{"no sin retrasos", "es", "2024-05-12",
			"Ecuador recibió, no sin retrasos, los helicópteros Dhruv de India.",
			[]string{"transfer IN>EC dhruv delivered y=2024"}},
		{"a plain no still negates", "es", "2024-05-12",
			"No obstante, Perú no compró las fragatas a Corea del Sur.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
