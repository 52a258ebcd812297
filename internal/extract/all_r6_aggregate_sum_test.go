package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestTotalOfLaterParts: a total whose parts, each with its own amount,
// the next sentences give is the pair's aggregate, even under "could"; a
// total before "including" in a sentence that names the buyer by an
// anaphor takes the headline's pair (all_r6_aggregate_sum.go). Sentences
// written for this test.
func TestTotalOfLaterParts(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"es: de ese total, under podría", "es", "2021-05-10",
			"Perú compraría armas\n\nPerú podría firmar esta semana una compra de armamento francés por un total de 300 millones de euros. El anuncio lo hizo el ministerio. De ese total, 200 millones de euros corresponden a misiles Exocet. La compra incluye además 100 millones de euros en radares.",
			[]string{"aggregate FR>PE EUR=300000000"}},
		{"de: parts in the next sentence", "de", "2021-05-10",
			"Waffen für Katar\n\nDie Bundesregierung hat Lieferungen für Katar im Wert von mehr als 500 Millionen Euro genehmigt. Es geht um Panzerhaubitzen für 320 Millionen Euro sowie um Munition für 200 Millionen Euro.",
			[]string{"aggregate DE>QA EUR=500000000"}},
		{"en: the kingdom, including", "en", "2021-05-10",
			"US approves arms sale to Jordan\n\nThis year the administration has approved more than $900 million in arms sales to the kingdom, including $400 million in missiles.",
			[]string{"aggregate US>JO USD=900000000"}},
		{"de: amounts to other states are a list, no total", "de", "2021-05-10",
			"Exporte\n\nNach Dänemark gingen Fahrzeuge für 60 Millionen Franken. Nach Schweden gingen Funkgeräte für 30 Millionen Franken, nach Polen Munition für 25 Millionen Franken.",
			nil},
	}
	checkFacts(t, tests, show)
}

// TestPartOfTotal: "of which" after a total in the same sentence, and a
// next sentence opening on a part of the total ("Davon entfallen", "Sur
// ce montant", "ومن هذا المبلغ") with one part, in each language.
// Sentences written for this test.
func TestPartOfTotal(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"es: de los cuales", "es", "2022-02-01",
			"Contratos\n\nMarruecos firmó contratos de armamento con Israel por 800 millones de dólares, de los cuales 500 millones corresponden a drones Heron.",
			[]string{"aggregate IL>MA USD=800000000"}},
		{"de: davon, same sentence", "de", "2022-02-01",
			"Verträge\n\nMarokko unterzeichnete Rüstungsverträge mit Israel über 800 Millionen Dollar, davon 500 Millionen Dollar für Heron-Drohnen.",
			[]string{"aggregate IL>MA USD=800000000"}},
		{"ar: منها, same sentence", "ar", "2022-02-01",
			"عقود\n\nوقع المغرب عقود تسليح مع إسرائيل بقيمة 800 مليون دولار، منها 500 مليون دولار لطائرات هيرون.",
			[]string{"aggregate IL>MA USD=800000000"}},
		{"de: Davon entfallen, next sentence", "de", "2022-02-01",
			"Verträge\n\nMarokko unterzeichnete Rüstungsverträge mit Israel über 800 Millionen Dollar. Davon entfallen 500 Millionen auf Heron-Drohnen.",
			[]string{"aggregate IL>MA USD=800000000"}},
		{"fr: sur ce montant, under pourrait", "fr", "2022-02-01",
			"Contrats\n\nLe Maroc pourrait signer des contrats avec Israël pour 800 millions de dollars. Sur ce montant, 500 millions iront aux drones Heron.",
			[]string{"aggregate IL>MA USD=800000000"}},
		{"es: de ese total, next sentence", "es", "2022-02-01",
			"Contratos\n\nMarruecos firmará contratos de armamento con Israel por 800 millones de dólares. De ese total, 500 millones corresponden a drones Heron.",
			[]string{"aggregate IL>MA USD=800000000"}},
	}
	checkFacts(t, tests, show)
}

// TestAnaphorRecipient: an aggregate whose buyer the sentence names by an
// anaphor ("the kingdom", "au royaume", "al reino", "das Königreich",
// "المملكة") takes the headline's pair. Sentences written for this test.
func TestAnaphorRecipient(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"en: the kingdom", "en", "2019-04-01",
			"Britain approves arms for Bahrain\n\nThe British government approved arms deals worth £400 million for the kingdom.",
			[]string{"aggregate GB>BH GBP=400000000"}},
		{"fr: au royaume", "fr", "2019-04-01",
			"Londres approuve des armes pour Bahreïn\n\nLe gouvernement britannique a approuvé des ventes d'armes de 400 millions de livres au royaume.",
			[]string{"aggregate GB>BH GBP=400000000"}},
		{"es: al reino", "es", "2019-04-01",
			"Londres aprueba armas para Baréin\n\nEl gobierno británico aprobó ventas de armas por 400 millones de libras al reino.",
			[]string{"aggregate GB>BH GBP=400000000"}},
		{"de: für das Königreich", "de", "2019-04-01",
			"London genehmigt Waffen für Bahrain\n\nDie britische Regierung genehmigte Rüstungsexporte im Wert von 400 Millionen Pfund für das Königreich.",
			[]string{"aggregate GB>BH GBP=400000000"}},
		{"ar: للمملكة", "ar", "2019-04-01",
			"بريطانيا توافق على بيع أسلحة للبحرين\n\nوافقت الحكومة البريطانية على صفقات أسلحة للمملكة بقيمة 400 مليون جنيه إسترليني.",
			[]string{"aggregate GB>BH GBP=400000000"}},
	}
	checkFacts(t, tests, show)
}
