package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEsEnClasses: classes of errors read on seen Spanish and English
// news (each text written for this test).
func TestEsEnClasses(t *testing.T) {
	tests := []factCase{
		{"en: a delivery year after publication is a schedule, not a second deal", "en", "2025-03-02",
			"Kenya signed a contract with Sweden for six Gripen jets. The first two jets will arrive in 2028.",
			[]string{"transfer SE>KE gripen q=6 ordered y=2025"}},
		{"es: a partir de 2029 is a schedule", "es", "2024-05-10",
			"Chile firmó con Francia la compra de cuatro helicópteros H225M para su Armada. Francia entregará los helicópteros a partir de 2029.",
			[]string{"transfer FR>CL h225m q=4 ordered y=2024"}},
		{"fr: à livrer d'ici 2023 in a 2020 document: ordered in 2020", "fr", "2020-07-27",
			"Le chantier naval français Piriou a conclu avec le Sénégal un contrat portant sur quatre patrouilleurs, à livrer d'ici 2023.",
			[]string{"transfer FR>SN cat:ships q=4 ordered y=2020"}},
		{"en: a past year stays", "en", "2025-03-02",
			"Kenya ordered six Gripen jets from Sweden in 2023.",
			[]string{"transfer SE>KE gripen q=6 ordered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestCompanyDemonym: the state of a firm named after a buying verb sells.
func TestCompanyDemonym(t *testing.T) {
	tests := []factCase{
		{"es: al astillero español, after a buying verb, sells", "es", "2024-02-01",
			"El gobierno paraguayo compró tres lanchas patrulleras al astillero español Auxnaval.",
			[]string{"transfer ES>PY cat:ships q=3 ordered y=2024"}},
		{"es: a la empresa turca", "es", "2024-02-01",
			"Bolivia compró seis drones a la empresa turca Baykar en 2023.",
			[]string{"transfer TR>BO cat:aircraft q=6 ordered y=2023"}},
		{"fr: au chantier espagnol", "fr", "2024-02-01",
			"Le Sénégal a acheté deux patrouilleurs au chantier espagnol Navantia.",
			[]string{"transfer ES>SN cat:ships q=2 ordered y=2024"}},
		{"es: a la armada uruguaya still receives", "es", "2024-02-01",
			"España entregó dos patrulleros a la Armada uruguaya en 2023.",
			[]string{"transfer ES>UY cat:ships q=2 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestBoughtByFrom: "adquiridos por X a Y": Y sold.
func TestBoughtByFrom(t *testing.T) {
	tests := []factCase{
		{"es: adquiridos por X a Y", "es", "2024-02-01",
			"Los tres helicópteros Bell 412 adquiridos por Paraguay a Canadá llegaron en 2023.",
			[]string{"transfer CA>PY bell-412 q=3 delivered y=2023"}},
		{"es: comprados por el Gobierno X a Y", "es", "2024-02-01",
			"Los dos helicópteros Bell 412 comprados por el Gobierno ecuatoriano a Canadá en 2021 ya vuelan.",
			[]string{"transfer CA>EC bell-412 q=2 ordered y=2021"}},
		{"es: entregados a Y stays a recipient", "es", "2024-02-01",
			"Los tres helicópteros Bell 412 fabricados por Canadá fueron entregados a Paraguay en 2023.",
			[]string{"transfer CA>PY bell-412 q=3 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestRespectively: two lists paired in order give each party its count.
func TestRespectively(t *testing.T) {
	tests := []factCase{
		{"en: X and Y bought N and M respectively", "en", "2024-02-01",
			"Peru and Chile bought 16 and 10 Black Hawk helicopters from the United States respectively in 2022.",
			[]string{"transfer US>CL uh-60-black-hawk q=10 ordered y=2022", "transfer US>PE uh-60-black-hawk q=16 ordered y=2022"}},
		{"en: without respectively the counts stay", "en", "2024-02-01",
			"Peru and Chile bought 16 Black Hawk helicopters from the United States in 2022.",
			[]string{"transfer US>CL uh-60-black-hawk q=16 ordered y=2022", "transfer US>PE uh-60-black-hawk q=16 ordered y=2022"}},
		{"es: respectivamente, plural preterite", "es", "2024-02-01",
			"Perú y Colombia compraron a Estados Unidos 16 y 10 helicópteros Black Hawk, respectivamente, en 2022.",
			[]string{"transfer US>CO uh-60-black-hawk q=10 ordered y=2022", "transfer US>PE uh-60-black-hawk q=16 ordered y=2022"}},
		{"es: adquirieron is an order", "es", "2024-02-01",
			"Las Fuerzas Armadas de Ecuador adquirieron seis helicópteros H145M a Alemania en 2023.",
			[]string{"transfer DE>EC h145m q=6 ordered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestElidedCounts: "eight F-16s from A and 36 from B": the second count
// came from B.
func TestElidedCounts(t *testing.T) {
	tests := []factCase{
		{"en: and 36 from the United States", "en", "2010-03-01",
			"Chile received ten Leopard tanks from Germany and 30 from the Netherlands.",
			[]string{"transfer DE>CL leopard-2 q=10 delivered y=2010", "transfer NL>CL leopard-2 q=30 delivered y=2010"}},
		{"es: y 36 de Estados Unidos", "es", "2010-03-01",
			"Chile recibió diez tanques Leopard de Alemania y 30 de los Países Bajos.",
			[]string{"transfer DE>CL x:leopard q=10 delivered y=2010", "transfer NL>CL x:leopard q=30 delivered y=2010"}},
		{"en: a count with its own system is no ellipsis", "en", "2010-03-01",
			"Chile received ten Leopard tanks from Germany and 30 trucks from Spain.",
			[]string{"transfer DE>CL leopard-2 q=10 delivered y=2010"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestGenericValue: an amount right beside a word for the kind of
// equipment prices that transfer.
func TestGenericValue(t *testing.T) {
	tests := []factCase{
		{"en: five warships for €2bn", "en", "2024-02-01",
			"Egypt ordered four corvettes from Germany for €2bn.",
			[]string{"transfer DE>EG cat:ships q=4 EUR=2000000000 ordered y=2024"}},
		{"en: a deal worth €2bn for five warships, after a named system", "en", "2024-02-01",
			"Egypt ordered MEKO A-200 frigates from Germany. It signed a deal worth €2 billion for four warships.",
			[]string{"transfer DE>EG meko q=4 EUR=2000000000 ordered y=2024"}},
		{"es: por N millones de euros", "es", "2024-02-01",
			"Egipto compró a Alemania cuatro corbetas por 2.000 millones de euros.",
			[]string{"transfer DE>EG cat:ships q=4 EUR=2000000000 ordered y=2024"}},
		{"en: a unit price is no deal value", "en", "2024-02-01",
			"Egypt ordered four corvettes from Germany for €500 million each.",
			[]string{"transfer DE>EG cat:ships q=4 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFirmSignsWith: a firm that signs with a state sells to it.
func TestFirmSignsWith(t *testing.T) {
	tests := []factCase{
		{"es: la empresa española firmó con X un contrato", "es", "2018-07-10",
			"La empresa española Navantia firmó con Arabia Saudí un contrato para construir cinco corbetas.",
			[]string{"transfer ES>SA cat:ships q=5 ordered y=2018"}},
		{"en: the shipyard signed with X a contract", "en", "2018-07-10",
			"The Spanish shipyard Navantia signed with Saudi Arabia a contract for five corvettes.",
			[]string{"transfer ES>SA cat:ships q=5 ordered y=2018"}},
		{"es: a state that signs with a state buys from it", "es", "2018-07-10",
			"Arabia Saudí firmó con España un contrato para cinco corbetas.",
			[]string{"transfer ES>SA cat:ships q=5 ordered y=2018"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestInterest: interest in a system, or its repair, is no deal.
func TestInterest(t *testing.T) {
	tests := []factCase{
		{"es: le interesan los Su-30", "es", "2017-05-10",
			"A Bolivia le interesan los Su-30 de Rusia.",
			nil},
		{"es: a repair is no deal", "es", "2017-05-10",
			"Uruguay adquirió dos helicópteros Bell 412 a Canadá. Además, se repararon en Israel tres radares Elta.",
			[]string{"transfer CA>UY bell-412 q=2 ordered y=2017"}},
		{"es: mostró interés, beside a purchase", "es", "2017-05-10",
			"Bolivia compró dos Yak-130 a Rusia; Paraguay mostró interés en el Su-30.",
			[]string{"transfer RU>BO yak-130 q=2 ordered y=2017"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestForcesOfState: "la Armada de Perú": the "de" names whose forces,
// not where the goods come from.
func TestForcesOfState(t *testing.T) {
	tests := []factCase{
		{"es: para la Armada de X se compraron a Y", "es", "2024-02-01",
			"Para la Armada de Perú se compraron a Francia dos fragatas.",
			[]string{"transfer FR>PE cat:ships q=2 ordered y=2024"}},
		{"es: de X a Y stays from one state to another", "es", "2024-02-01",
			"La venta de dos fragatas de España a Perú se cerró en 2023.",
			[]string{"transfer ES>PE cat:ships q=2 ordered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
