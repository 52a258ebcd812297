package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnFrEsConstructions: constructions of English, French and Spanish
// news that the rules read (each sentence written for this test from
// public facts).
func TestEnFrEsConstructions(t *testing.T) {
	tests := []factCase{
		{"the agent of a Spanish buying participle buys", "es", "2025-12-06",
			"Los primeros seis cazas F-16 comprados por la Argentina llegaron a Río Cuarto desde Dinamarca.",
			[]string{"transfer DK>AR f-16 q=6 delivered y=2025"}},
		{"the agent of a French buying participle buys", "fr", "",
			"Les six F-16 achetés par l'Argentine auprès du Danemark sont arrivés.",
			[]string{"transfer DK>AR f-16 q=6 delivered"}},
		{"the agent of a selling participle sells", "es", "",
			"Los seis cazas F-16 vendidos por Dinamarca llegaron a la Argentina.",
			[]string{"transfer DK>AR f-16 q=6 delivered"}},
		{"French shipping verb delivers", "fr", "",
			"Les Émirats arabes unis ont expédié au Tchad 20 véhicules blindés.",
			[]string{"transfer AE>TD cat:armoured-vehicles q=20 delivered"}},
		{"a price beside the pair's one generic transfer is its value", "es", "2004-04-25",
			"El Gobierno del Perú firmó un contrato para la compra de dos fragatas italianas por un total de 30 millones de dólares.",
			[]string{"transfer IT>PE cat:ships q=2 USD=30000000 ordered y=2004"}},
		{"a news report quoting a notice is no notice", "en", "2022-05-27",
			`"The State Department has made a determination approving a possible Foreign Military Sale to the Government of Egypt of CH-47F Chinook helicopters for an estimated cost of $2.6 billion," the Pentagon said.`,
			[]string{"transfer US>EG ch-47-chinook USD=2600000000 approved y=2022"}},
		{"billions abbreviated bln", "en", "2023-04-27",
			"The United States has approved a $1bln sale of MH-60R Seahawk helicopters to Norway.",
			[]string{"transfer US>NO mh-60r-seahawk USD=1000000000 approved y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}

// TestClassNames: a one-word class name after a French or Spanish weapon
// noun, and "Name-class" before an English one, become systems; makers,
// places, institutions and longer names do not. Sentences written for this
// test.
func TestClassNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want       []string // "id|category|name" of the made systems
	}{
		{"es", "Perú compró dos fragatas italianas Zefiro por 30 millones de dólares.", []string{"x:zefiro|ships|Zefiro"}},
		{"fr", "L'Égypte a reçu deux corvettes Brisant construites à Lorient.", []string{"x:brisant|ships|Brisant"}},
		{"en", "Riyadh ordered four Liberty-class frigates from Washington.", []string{"x:liberty-class|ships|Liberty-class"}},
		{"en", "The navy retired its Halcyon class destroyers.", []string{"x:halcyon-class|ships|Halcyon class"}},
		{"en", "Egypt received two new Zorbak corvettes from France.", []string{"x:zorbak|ships|Zorbak"}},
		// not class names
		{"en", "The Royal Navy frigates sailed on Monday.", nil},
		{"en", "Poland Orders Tanks From Korea.", nil},
		{"en", "Turkey's Zorbak drones flew.", nil},
		{"es", "Compró aviones de Embraer para su fuerza aérea.", nil},
		{"es", "Llegaron los aviones Fuerza Aérea Uruguaya.", nil},
		{"fr", "Les drones Lundi sont arrivés.", nil},
		{"es", "Entregó fragatas Zefiro Grande a la Armada.", nil},
		{"en", "The jets Zefiro ordered arrived.", nil},
		{"es", "Recibió helicópteros nuevos Perú.", nil},
	}
	for _, tc := range tests {
		got := synthSystems(x, tc.text, tc.lang)
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s %q:\n got  %v\n want %v", tc.lang, tc.text, got, tc.want)
		}
	}
}

// candidateCase: the candidates the rules must propose for a sentence,
// whatever the decision model then keeps.
type candidateCase struct {
	name, lang, pub, text string
	want                  []string // brief() forms that must be among the candidates
	not                   []string // brief() forms that must not be
}

func checkCandidates(t *testing.T, tests []candidateCase) {
	t.Helper()
	x := testExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: tc.pub})
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			var all []string
			for _, c := range cs {
				have[brief(c.Fact)] = true
				all = append(all, brief(c.Fact))
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing candidate %q; have:\n  %s", w, strings.Join(all, "\n  "))
				}
			}
			for _, w := range tc.not {
				if have[w] {
					t.Errorf("unwanted candidate %q", w)
				}
			}
		})
	}
}

// TestFirstOfWhole: "the first (N) of M" gives the part delivered and the
// whole ordered, in English, French and Spanish.
func TestFirstOfWhole(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"the first of M counts one", "en", "",
			"Brazil received the first of four Scorpene submarines from France on Monday.",
			[]string{"transfer FR>BR scorpene q=1 delivered", "transfer FR>BR scorpene q=4 ordered"}, nil},
		{"a batch of an overall M after the count", "en", "",
			"Myanmar has received two Russian Su-30 fighter jets, the first batch of an overall six aircraft.",
			[]string{"transfer RU>MM su-30 q=2 delivered", "transfer RU>MM su-30 q=6 ordered"}, nil},
		{"the first of M in a sentence of its own", "en", "",
			"The United States delivered five T-6C trainers to Vietnam. They are the first of 12 T-6Cs that Vietnam bought from the United States.",
			[]string{"transfer US>VN t-6-texan q=5 delivered", "transfer US>VN t-6-texan q=12 ordered"}, nil},
		{"French premiers sur les M", "fr", "",
			"La Grèce a reçu les six premiers Rafale sur les 24 commandés à la France.",
			[]string{"transfer FR>GR rafale q=6 delivered", "transfer FR>GR rafale q=24 ordered"}, nil},
		{"Spanish primer ... de los M", "es", "",
			"La Marina de Brasil recibió el primer submarino de los cuatro Scorpène construidos con Francia.",
			[]string{"transfer FR>BR scorpene q=1 delivered", "transfer FR>BR scorpene q=4 ordered"}, nil},
		{"Spanish primeros N de un total de M", "es", "",
			"Argentina recibió los primeros seis F-16 de un total de 24 comprados a Dinamarca.",
			[]string{"transfer DK>AR f-16 q=6 delivered", "transfer DK>AR f-16 q=24 ordered"}, nil},
		{"the first time in N years is no whole", "en", "",
			"Poland received 12 K2 tanks from South Korea, the first in 30 years of such deliveries.",
			[]string{"transfer KR>PL k2-black-panther q=12 delivered"}, []string{"transfer KR>PL k2-black-panther q=30 ordered"}},
	})
}

// TestDescriptionsAndCurrencies: words for any aircraft or ship ("the
// jets", "ces appareils", "las aeronaves") take up the system a sentence
// before named, with its pair; "US$" is a currency, not a party.
func TestDescriptionsAndCurrencies(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"the jets of the sentence before", "en", "2024-05-02",
			"Three F-16 jets from Norway landed in Romania on Monday. In 2023 Romania ordered 32 of the jets at a cost of US$450 million.",
			[]string{"transfer NO>RO f-16 q=3 delivered y=2024", "transfer NO>RO f-16 q=32 USD=450000000 ordered y=2023"},
			[]string{"transfer US>RO f-16 q=32 ordered y=2023"}},
		{"ces appareils", "fr", "2024-05-02",
			"Le Brésil a livré des Super Tucano à l'Angola. Luanda a commandé six de ces appareils en 2023.",
			[]string{"transfer BR>AO super-tucano q=6 ordered y=2023"}, nil},
		{"navires and vedettes", "fr", "2024-05-02",
			"La France a livré trois vedettes au Sénégal en 2023.",
			[]string{"transfer FR>SN cat:ships q=3 delivered y=2023"}, nil},
		{"English vessels", "en", "2024-05-02",
			"Japan delivered five new vessels to the Philippines in 2023.",
			[]string{"transfer JP>PH cat:ships q=5 delivered y=2023"}, nil},
		{"las aeronaves", "es", "2024-05-02",
			"Estados Unidos entregó helicópteros UH-60 a Colombia. Colombia compró ocho de las aeronaves en 2022.",
			[]string{"transfer US>CO uh-60-black-hawk q=8 ordered y=2022"}, nil},
	})
}

// TestOtherBuyers: buyers a later sentence lists for the system a
// description takes up ("ces avions", "the jets") are transfers of their
// own, one per buyer, with no count needed.
func TestOtherBuyers(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"French list with commas and articles", "fr", "",
			"La France livrera 12 Rafale à la Serbie. L'Égypte, le Qatar et l'Inde avaient déjà commandé cet avion.",
			[]string{"transfer FR>EG rafale ordered", "transfer FR>QA rafale ordered", "transfer FR>IN rafale ordered"}, nil},
		{"English list", "en", "",
			"France will deliver 12 Rafale jets to Serbia. Egypt, Qatar and India have already ordered the jets.",
			[]string{"transfer FR>EG rafale ordered", "transfer FR>QA rafale ordered", "transfer FR>IN rafale ordered"}, nil},
		{"the same pair again with no count is nothing new", "en", "",
			"France will deliver 12 Rafale jets to Serbia. Serbia ordered the jets last year.",
			[]string{"transfer FR>RS rafale q=12 ordered"}, []string{"transfer FR>RS rafale ordered"}}, // "will deliver" between two named states: all_stage_r5_words.go
	})
}

// TestPurchaseSeller: "a"/"à" after a purchase and its object names the
// seller ("la compra de 24 F-16 a Dinamarca"); after a sale, or with the
// goods meant for someone, it names the buyer.
func TestPurchaseSeller(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"Spanish purchase noun", "es", "2024-06-01",
			"Argentina concretó la compra de 24 aviones F-16 a Dinamarca.",
			[]string{"transfer DK>AR f-16 q=24 ordered y=2024"}, []string{"transfer US>AR f-16 q=24 ordered y=2024"}},
		{"Spanish purchase noun, seller first", "es", "2024-06-01",
			"Perú concretó la compra a Corea del Sur de 20 aviones KT-1.",
			[]string{"transfer KR>PE kt-1 q=20 ordered y=2024"}, nil},
		{"French purchase noun", "fr", "2024-06-01",
			"Athènes a finalisé l'achat de 6 Rafale supplémentaires à la France.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2024"}, nil},
		{"por parte de after a purchase names the buyer", "es", "2024-06-01",
			"Estados Unidos aprobó la compra de 8 helicópteros MH-60R por parte de México.",
			[]string{"transfer US>MX mh-60r-seahawk q=8 approved y=2024"}, []string{"transfer MX>US mh-60r-seahawk q=8 approved y=2024"}},
		{"de la part de after a purchase names the buyer", "fr", "2024-06-01",
			"Washington a approuvé l'achat de 8 hélicoptères MH-60R de la part du Mexique.",
			[]string{"transfer US>MX mh-60r-seahawk q=8 approved y=2024"}, nil},
		{"a sale names the buyer", "es", "2024-06-01",
			"La venta de 24 aviones F-16 a Argentina fue aprobada.",
			[]string{"transfer US>AR f-16 q=24 approved y=2024"}, nil},
	})
}

// TestSecondHandSupplier: the former owner of a second-hand system
// supplies it, and where it arrives is who gets it.
func TestSecondHandSupplier(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"possessive former", "en", "2024-06-01",
			"Denmark's former F-16s arrived in Argentina.",
			[]string{"transfer DK>AR f-16 delivered y=2024"}, []string{"transfer US>DK f-16 delivered y=2024"}},
		{"possessive former after the buyer", "en", "2024-06-01",
			"Argentina received Denmark's former F-16s in December.",
			[]string{"transfer DK>AR f-16 delivered y=2024"}, nil},
		{"a state's first batch is what it gets", "en", "2024-06-01",
			"Taiwan's first batch of Abrams tanks arrived on Monday.",
			[]string{"transfer US>TW m1-abrams delivered y=2024"}, nil},
		{"que pertenecían a", "es", "2024-06-01",
			"Llegaron a Argentina los seis F-16 que pertenecían a Dinamarca.",
			[]string{"transfer DK>AR f-16 q=6 delivered y=2024"}, nil},
		{"procedentes de, a supplier preposition of two words", "es", "2024-06-01",
			"Argentina recibió los primeros F-16 procedentes de Dinamarca.",
			[]string{"transfer DK>AR f-16 delivered y=2024"}, nil},
		{"d'occasion de", "fr", "2024-06-01",
			"La Roumanie a reçu trois F-16 d'occasion de la Norvège.",
			[]string{"transfer NO>RO f-16 q=3 delivered y=2024"}, nil},
		{"arrivés en", "fr", "2024-06-01",
			"Les F-16 danois sont arrivés en Argentine.",
			[]string{"transfer DK>AR f-16 delivered y=2024"}, nil},
	})
}

// TestAmountsInWords: an amount whose number is written in words is money
// ("ocho millones de dólares", "eight million dollars").
func TestAmountsInWords(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"Spanish", "es", "2024-06-01",
			"Estados Unidos donó ocho millones de dólares en ayuda militar a Ecuador.",
			[]string{"assistance US>EC  USD=8000000"}, nil},
		{"English", "en", "2024-06-01",
			"China gave Bolivia eight million dollars in military aid.",
			[]string{"assistance CN>BO  USD=8000000"}, nil},
		{"French", "fr", "2024-06-01",
			"La Chine a donné huit millions de dollars d'aide militaire au Bénin.",
			[]string{"assistance CN>BJ  USD=8000000"}, nil},
		{"a count in words stays a count", "es", "2024-06-01",
			"Perú pagó ocho millones de dólares por doce aviones KT-1 de Corea del Sur.",
			[]string{"transfer KR>PE kt-1 q=12 USD=8000000"}, nil},
	})
}

// synthSystems lists the systems the matcher makes up from designation
// shapes in text (id|category|name).
func synthSystems(x *Extractor, text, lang string) []string {
	var got []string
	for _, m := range x.m.find(tokenize(text, 0), lang) {
		if strings.HasPrefix(m.id, synthPrefix) {
			s, _ := x.systemOf(m)
			got = append(got, s.ID+"|"+s.Category+"|"+s.Name)
		}
	}
	return got
}
