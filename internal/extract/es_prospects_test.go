package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestProspectNouns: "premisas"/"perspectivas" govern the rest of their
// sentence across commas, so what follows is a prospect, not a supply
// (texts written for this test).
func TestProspectNouns(t *testing.T) {
	tests := []factCase{
		{"es: premisas para ampliar, sobre todo en el suministro de", "es", "2024-02-01",
			"Según la agencia, existen premisas para ampliar la cooperación militar, sobre todo en el suministro de helicópteros Mi-17 a Bolivia por parte de Rusia.",
			nil},
		{"es: perspectivas de, after a comma", "es", "2024-02-01",
			"El ministro habló de las perspectivas de la relación, en especial del suministro de aviones Yak-130 rusos a Nicaragua.",
			nil},
		{"es: a delivery before the prospect stays", "es", "2024-02-01",
			"Rusia suministró a Nicaragua dos helicópteros Mi-17 en 2019, y hay perspectivas de nuevos contratos.",
			[]string{"transfer RU>NI mi-8-17 q=2 delivered y=2019"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestNameByOrigin: a generic transfer takes the one named system of its
// kind, near it, that comes from its supplier, even when the document
// names other systems of that kind from elsewhere.
func TestNameByOrigin(t *testing.T) {
	tests := []factCase{
		{"es: aviones de fabricación china … se trata del K-8", "es", "2024-02-01",
			"Honduras compró a China cuatro aviones militares por 40 millones de dólares. Se trata del K-8 Karakorum. También recibió de Rusia dos helicópteros Mi-17.",
			[]string{"transfer CN>HN k-8 q=4 USD=40000000 ordered y=2024", "transfer RU>HN mi-8-17 q=2 delivered y=2024"}},
		{"en: ships from Spain, the design named four sentences later", "en", "2024-02-01",
			"Oman signed a contract with Spain for three corvettes. The contract is the yard's largest. Work starts next year. About 2,000 people will work on it. The ships are based on the Avante 2200 design.",
			[]string{"transfer ES>OM avante-2200 q=3 ordered y=2024"}},
		{"es: a system from another state stays apart", "es", "2024-02-01",
			"Honduras compró a España dos patrulleros. Francia vendió a Honduras en 2019 un buque Gowind.",
			[]string{"transfer ES>HN cat:ships q=2 ordered y=2024", "transfer FR>HN gowind q=1 ordered y=2019"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestWholeAfterComma: the whole order of a delivered part, given after a
// comma, is a second transfer, ordered, with the amount that follows it.
func TestWholeAfterComma(t *testing.T) {
	tests := []factCase{
		{"es: de los seis que compró, with the amount", "es", "2021-03-15",
			"Paraguay recibió los dos primeros aviones Super Tucano, de los seis que compró a Brasil por 60 millones de dólares.",
			[]string{"transfer BR>PY super-tucano q=2 delivered y=2021", "transfer BR>PY super-tucano q=6 USD=60000000 ordered"}},
		{"en: out of the six it bought", "en", "2021-03-15",
			"Nepal received the first two Y-12 aircraft, out of the six it bought from China for $60 million.",
			[]string{"transfer CN>NP y-12 q=2 delivered y=2021", "transfer CN>NP y-12 q=6 USD=60000000 ordered"}},
		{"es: a count after a comma with no buying verb stays apart", "es", "2021-03-15",
			"Paraguay recibió dos aviones Super Tucano de Brasil, de los seis que vuelan en el país.",
			[]string{"transfer BR>PY super-tucano q=2 delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestNameByOriginNotWanted: a system a sentence only wants does not name
// a generic transfer beside it.
func TestNameByOriginNotWanted(t *testing.T) {
	tests := []factCase{
		{"es: busca adquirir", "es", "2024-02-01",
			"Argelia cerró con Rusia la compra de 20 cazas de fabricación rusa. Además, Argelia busca adquirir aviones Yak-130. En 2020 recibió de China dos aviones K-8.",
			[]string{"transfer RU>DZ cat:aircraft q=20 ordered y=2024", "transfer CN>DZ k-8 q=2 delivered y=2020"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestConjoinedAgent: a second agent that repeats the preposition ("por
// Portugal y por Hungría") takes the first agent's role.
func TestConjoinedAgent(t *testing.T) {
	tests := []factCase{
		{"es: encargado por X y por Y", "es", "2022-02-25",
			"El KC-390 ya ha sido encargado por Portugal y por Hungría.",
			[]string{"transfer BR>PT c-390 ordered y=2022", "transfer BR>HU c-390 ordered y=2022"}},
		{"en: ordered by X and by Y", "en", "2022-02-25",
			"The KC-390 has been ordered by Portugal and by Hungary.",
			[]string{"transfer BR>PT c-390 ordered y=2022", "transfer BR>HU c-390 ordered y=2022"}},
		{"es: entregados por X y por una firma: the seller stays", "es", "2022-02-25",
			"Los KC-390 fueron entregados por Brasil y por Embraer a Portugal.",
			[]string{"transfer BR>PT c-390 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAnaphoricModel: "El avión", "The aircraft" opening a sentence with a
// stage and buyers take up the one named system of that category.
func TestAnaphoricModel(t *testing.T) {
	tests := []factCase{
		{"es: el avión ya ha sido encargado por X y por Y", "es", "2022-02-25",
			"Embraer presentó el KC-390 en Lisboa. El avión ya ha sido encargado por Portugal y por Hungría.",
			[]string{"transfer BR>PT c-390 ordered", "transfer BR>HU c-390 ordered"}},
		{"en: the aircraft has been ordered by", "en", "2022-02-25",
			"Embraer showed the KC-390 in Lisbon. The aircraft has also been ordered by Hungary.",
			[]string{"transfer BR>HU c-390 ordered"}},
		{"es: the maker's own state buys at home: no transfer", "es", "2022-02-25",
			"Embraer presentó el KC-390 en Lisboa. El avión fue encargado por Brasil.",
			nil},
		{"es: two named aircraft: no anaphor", "es", "2022-02-25",
			"Embraer presentó el KC-390 y el Super Tucano en Lisboa. El avión ya ha sido encargado por Portugal.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestSellerThenPrice: the seller between a kind and its price does not
// keep the price from the kind.
func TestSellerThenPrice(t *testing.T) {
	tests := []factCase{
		{"es: corbetas al astillero español X por unos N", "es", "2018-07-12",
			"Omán firmó la compra de tres corbetas al astillero público español Navantia por unos 900 millones de euros.",
			[]string{"transfer ES>OM cat:ships q=3 EUR=900000000 ordered y=2018"}},
		{"en: warships from Italy's firm for N", "en", "2018-07-12",
			"Indonesia ordered five warships from Italy's Fincantieri for 2 billion euros.",
			[]string{"transfer IT>ID cat:ships q=5 EUR=2000000000 ordered y=2018"}},
		{"es: another kind between keeps the amount apart", "es", "2018-07-12",
			"Omán firmó la compra de tres corbetas y radares a España por 900 millones de euros.",
			[]string{"transfer ES>OM cat:ships q=3 ordered y=2018", "transfer ES>OM cat:sensors ordered y=2018"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
