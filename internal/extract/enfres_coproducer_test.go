package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnFrEsServedClasses: classes of errors read on seen English, French
// and Spanish news (each text written for this test).
func TestEnFrEsServedClasses(t *testing.T) {
	tests := []factCase{
		{"es: coast-guard boats are ships", "es", "",
			"Uruguay recibió tres guardacostas donados por Estados Unidos.",
			[]string{"transfer US>UY cat:ships q=3 delivered"}},
		{"es: lanchas guardacostas are ships", "es", "",
			"Ecuador recibió dos lanchas guardacostas donadas por Estados Unidos en 2025.",
			[]string{"transfer US>EC cat:ships q=2 delivered y=2025"}},
		{"es: a coast-guard boat with no count, stage or deal is none", "es", "",
			"El guardacostas de Estados Unidos patrulló cerca de Ecuador.",
			nil},
		{"fr: a feminine received participle makes the relative's subject the recipient", "fr", "",
			"La base accueille les trois corvettes Sigma que le Maroc a reçues l'an dernier des chantiers néerlandais Damen.",
			[]string{"transfer NL>MA x:sigma q=3 delivered"}},
		{"fr: reçue, singular feminine", "fr", "",
			"La frégate FREMM que l'Égypte a reçue de la France en 2015 est arrivée à Alexandrie.",
			[]string{"transfer FR>EG fremm q=1 delivered y=2015"}},
		{"es: clase Island is the class, not Iceland (Island in German)", "es", "",
			"La Armada de Ecuador recibió dos patrulleros clase Island de Estados Unidos.",
			[]string{"transfer US>EC island-class q=2 delivered"}},
		{"es: a class of several words after clase", "es", "",
			"Uruguay compró tres guardacostas de la clase Marine Protector a Estados Unidos.",
			[]string{"transfer US>UY marine-protector-class q=3 ordered"}},
		{"fr: classe Island", "fr", "",
			"Les États-Unis ont livré deux patrouilleurs de classe Island à l'Équateur.",
			[]string{"transfer US>EC island-class q=2 delivered"}},
		{"es: paid to a state for a system: that state sells", "es", "",
			"Chile pagó 70 millones de dólares a Australia por las dos fragatas Adelaide en 2020.",
			[]string{"transfer AU>CL x:adelaide q=2 USD=70000000 y=2020"}},
		{"fr: a payé à un État pour: cet État vend", "fr", "",
			"Le Maroc a payé 470 millions d'euros aux Pays-Bas pour trois corvettes Sigma en 2014.",
			[]string{"transfer NL>MA x:sigma q=3 EUR=470000000 y=2014"}},
		{"es: sumó a su flota: the subject receives", "es", "",
			"La Armada de República Dominicana sumó este domingo a su flota el guardacostas Arcturus GC-114, comprado a través del programa de Ventas Militares al Extranjero del Gobierno de Estados Unidos.",
			[]string{"transfer US>DO x:gc-114 q=1 delivered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestCoProducer: a state a system was made with is no party to its
// transfer.
func TestCoProducer(t *testing.T) {
	tests := []factCase{
		{"es: producida en colaboración con el gobierno de", "es", "",
			"Desarrollada en Israel y producida en colaboración con el gobierno de Estados Unidos, la Cúpula de Hierro protege frente a cohetes.",
			nil},
		{"en: developed in cooperation with, sold to another", "en", "",
			"The Iron Dome, developed in cooperation with the United States, was sold to Romania in 2024.",
			[]string{"transfer IL>RO iron-dome ordered y=2024"}},
		{"fr: in cooperation with, no making verb, stays a party", "fr", "",
			"En coopération avec la France, le Niger a reçu 20 blindés Bastion en 2021.",
			[]string{"transfer FR>NE arquus-bastion q=20 delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestServedWith: a relative clause telling where a system served before
// names its former owner, the supplier.
func TestServedWith(t *testing.T) {
	tests := []factCase{
		{"es: que se incorporaron a la Armada de", "es", "",
			"Chile recibió dos fragatas tipo Adelaida, que se incorporaron a la Armada Real Australiana a comienzos de los 90.",
			[]string{"transfer AU>CL oliver-hazard-perry q=2 delivered"}},
		{"en: which served with", "en", "",
			"Chile received two Adelaide-class frigates which served with the Royal Australian Navy.",
			[]string{"transfer AU>CL oliver-hazard-perry q=2 delivered"}},
		{"fr: qui ont servi dans", "fr", "",
			"Le Chili a reçu deux frégates Adelaide qui ont servi dans la marine australienne.",
			[]string{"transfer AU>CL x:adelaide q=2 delivered"}},
		{"no relative word: incorporated into the buyer's navy", "es", "",
			"Australia vendió dos fragatas tipo Adelaida que Chile incorporó a su Armada.",
			[]string{"transfer AU>CL oliver-hazard-perry q=2 ordered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestDonationInKind: the value of a donation of equipment is an aggregate
// of what is handed over, also when a later sentence takes the donation up.
func TestDonationInKind(t *testing.T) {
	tests := []factCase{
		{"fr: le don taken up after un don de matériels", "fr", "2021-10-27",
			"Le ministre a réceptionné un don de matériels militaires offert par la France au Niger. Le don, d'une valeur de 1,1 milliard de francs CFA, lui a été remis par l'ambassadeur de France au Niger.",
			[]string{"aggregate FR>NE XOF=1100000000"}},
		{"fr: a donation of money stays aid", "fr", "2021-10-27",
			"La France a accordé au Niger un don de 10 millions d'euros. Le don financera des écoles militaires.",
			[]string{"assistance FR>NE  EUR=10000000"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeAggregate || f.Type == domain.TypeAssistance
	})
}

// TestRequestOfApproval: a buyer's request told beside the approval of the
// sale is that sale.
func TestRequestOfApproval(t *testing.T) {
	tests := []factCase{
		{"the request gives the approved sale its count", "en", "2022-05-27",
			"US approves possible $2.6bln sale of Chinook helicopters to Egypt. Cairo has requested to buy twenty-three (23) CH-47F Chinook helicopters, the release added.",
			[]string{"transfer US>EG ch-47-chinook q=23 USD=2600000000 approved y=2022"}},
		{"a request with another count is another request", "en", "2022-05-27",
			"US approves possible sale of 12 Chinook helicopters to Egypt. Cairo has requested to buy 23 Chinook helicopters.",
			[]string{"transfer US>EG ch-47-chinook q=12 approved y=2022", "transfer US>EG ch-47-chinook q=23 requested y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
