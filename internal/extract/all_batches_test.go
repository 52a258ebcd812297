package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllBatches: a batch delivered and the whole ordered, told in one
// sentence apart from each other, make two facts, each with the year
// beside its own stage word (all_batches.go). Sentences written for this
// test.
func TestAllBatches(t *testing.T) {
	tests := []factCase{
		{"en: out of the N ordered, after a running total", "en", "2024-03-12",
			"Egypt received four more Rafale fighter jets from France on Tuesday, bringing to 16 the number delivered out of the 30 ordered in 2021.",
			[]string{"transfer FR>EG rafale q=4 delivered y=2024", "transfer FR>EG rafale q=30 ordered y=2021"}},
		{"en: the last two of the 12, a deal's year", "en", "2017-05-05",
			"The Philippine Air Force has taken delivery of the last two of the 12 FA-50 light combat aircraft it bought from South Korea under a 2014 deal.",
			[]string{"transfer KR>PH fa-50 q=2 delivered y=2017", "transfer KR>PH fa-50 q=12 ordered y=2014"}},
		{"en: part of the N it ordered", "en", "2026-02-02",
			"Indonesia received another three Rafale jets from France, part of the 42 it ordered in 2022.",
			[]string{"transfer FR>ID rafale q=3 delivered y=2026", "transfer FR>ID rafale q=42 ordered y=2022"}},
		{"en: the remaining N of the M", "en", "2025-03-03",
			"Hungary has received the remaining 12 Leopard 2A7 tanks of the 44 it ordered from Germany in 2018.",
			[]string{"transfer DE>HU leopard-2 q=12 delivered y=2025", "transfer DE>HU leopard-2 q=44 ordered y=2018"}},
		{"fr: les deux derniers des 24 commandés", "fr", "2024-01-16",
			"La Grèce a reçu les deux derniers Rafale des 24 commandés à la France en 2021.",
			[]string{"transfer FR>GR rafale q=2 delivered y=2024", "transfer FR>GR rafale q=24 ordered y=2021"}},
		{"es: los últimos seis de los 24 que compró", "es", "2026-05-03",
			"Argentina recibió los últimos seis F-16 de los 24 que compró a Dinamarca en 2024.",
			[]string{"transfer DK>AR f-16 q=6 delivered y=2026", "transfer DK>AR f-16 q=24 ordered y=2024"}},
		{"es: restantes de los 12 que compró", "es", "2024-04-03",
			"Colombia recibió los cuatro helicópteros Black Hawk restantes de los 12 que compró a Estados Unidos en 2021.",
			[]string{"transfer US>CO uh-60-black-hawk q=4 delivered y=2024", "transfer US>CO uh-60-black-hawk q=12 ordered y=2021"}},
		{"de: die letzten zwölf der 44 im Jahr 2018 bestellten", "de", "2024-06-04",
			"Ungarn hat die letzten zwölf der 44 im Jahr 2018 bestellten Kampfpanzer Leopard 2A7 aus Deutschland erhalten.",
			[]string{"transfer DE>HU leopard-2 q=12 delivered y=2024", "transfer DE>HU leopard-2 q=44 ordered y=2018"}},
		{"de: weitere sechs, von insgesamt 52 bestellten", "de", "2024-03-03",
			"Norwegen hat weitere sechs F-35 aus den USA übernommen, von insgesamt 52 im Jahr 2012 bestellten Jets.",
			[]string{"transfer US>NO f-35 q=6 delivered y=2024", "transfer US>NO f-35 q=52 ordered y=2012"}},
		{"en: a build standard's number counts nothing", "en", "2024-03-03",
			"Thailand received four of the 12 F-16 Block 52 fighters it ordered from the United States in 2019.",
			[]string{"transfer US>TH f-16 q=4 delivered y=2024", "transfer US>TH f-16 q=12 ordered y=2019"}},
		{"en: a larger number with no word for the order is no whole", "en", "2024-03-03",
			"Egypt received four more Rafale jets from France, out of the 30 now flying in the region.",
			[]string{"transfer FR>EG rafale q=4 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllBatchesNext: the order of a delivered batch told in a sentence
// after it that names no system (all_batches.go). Sentences written for
// this test.
func TestAllBatchesNext(t *testing.T) {
	tests := []factCase{
		{"es: el contrato por N unidades", "es", "2024-04-03",
			"Chile recibió 10 tanques Leopard 2A4 de Alemania. El contrato por 40 unidades se firmó en 2021.",
			[]string{"transfer DE>CL leopard-2 q=10 delivered y=2024", "transfer DE>CL leopard-2 q=40 ordered y=2021"}},
		{"de: der Vertrag über N Fahrzeuge", "de", "2024-05-02",
			"Katar erhielt zehn Boxer aus Deutschland. Der Vertrag über 60 Fahrzeuge war 2020 unterzeichnet worden.",
			[]string{"transfer DE>QA boxer q=10 delivered y=2024", "transfer DE>QA boxer q=60 ordered y=2020"}},
		{"en: bought them under a deal of another year", "en", "2020-01-04",
			"Russia handed over two Mi-17 helicopters to Bangladesh in December. The air force bought them under a deal signed in June 2018.",
			[]string{"transfer RU>BD mi-8-17 q=2 delivered y=2020", "transfer RU>BD mi-8-17 q=2 ordered y=2018"}},
		{"en: the batch restated, part of an order for N", "en", "2021-12-14",
			"Kuwait received its first two Eurofighter Typhoon jets from Italy on Monday. The two aircraft are part of an order for 28 placed in 2016.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2021", "transfer IT>KW eurofighter-typhoon q=28 ordered y=2016"}},
		{"es: forman parte de un pedido de N", "es", "2021-12-14",
			"Kuwait recibió el lunes sus dos primeros Eurofighter Typhoon de Italia. Los dos aviones forman parte de un pedido de 28 aparatos firmado en 2016.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2021", "transfer IT>KW eurofighter-typhoon q=28 ordered y=2016"}},
		{"en: a priced whole in a sentence with no stage", "en", "2024-03-03",
			"Greece received six Rafale jets from France on Monday. The 24 Rafale cost Athens 2.5 billion euros.",
			[]string{"transfer FR>GR rafale q=6 delivered y=2024", "transfer FR>GR rafale q=24 EUR=2500000000 ordered"}},
		{"en: a sentence about the system between the batch and its order", "en", "2023-09-14",
			"Morocco has taken delivery of its first Barak MX air defence batteries from Israel. The system is built by IAI. It can hit aircraft 150 kilometres away. The deal was signed in February 2022.",
			[]string{"transfer IL>MA barak delivered y=2023", "transfer IL>MA barak ordered y=2022"}},
		{"fr: deux phrases entre le lot et sa commande", "fr", "2023-09-14",
			"Le Maroc a reçu ses premières batteries Barak MX d'Israël. Le système est construit par IAI. Il peut abattre des avions à 150 kilomètres. Le contrat avait été signé en février 2022.",
			[]string{"transfer IL>MA barak delivered y=2023", "transfer IL>MA barak ordered y=2022"}},
		{"en: four sentences back is too far", "en", "2023-09-14",
			"Morocco has taken delivery of its first Barak MX air defence batteries from Israel. The system is built by IAI. It can hit aircraft 150 kilometres away. Its radar sees far. The deal was signed in February 2022.",
			[]string{"transfer IL>MA barak delivered y=2023"}},
		{"de: a duration is no count", "de", "2023-05-07",
			"Die Türkei hat dem Kosovo fünf Drohnen vom Typ Bayraktar TB2 übergeben. Den Vertrag hatten beide Seiten vor sieben Monaten abgeschlossen.",
			[]string{"transfer TR>XK bayraktar-tb2 q=5 delivered y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllBatchesLinked: a part and its whole linked by a possessive or a
// total's filler (all_batches.go batchPartOf). Sentences written for this
// test.
func TestAllBatchesLinked(t *testing.T) {
	tests := []factCase{
		{"en: N of its M", "en", "2024-03-03",
			"Poland has received 10 of its 180 K2 tanks from South Korea.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2024", "transfer KR>PL k2-black-panther q=180 ordered"}},
		{"fr: N de ses M", "fr", "2024-03-03",
			"La Pologne a reçu 10 de ses 180 chars K2 sud-coréens.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2024", "transfer KR>PL k2-black-panther q=180 ordered"}},
		{"es: N de sus M", "es", "2024-03-03",
			"Polonia recibió 10 de sus 180 tanques K2 de Corea del Sur.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2024", "transfer KR>PL k2-black-panther q=180 ordered"}},
		{"de: zehn der insgesamt M bestellten", "de", "2024-03-03",
			"Polen hat zehn der insgesamt 180 bestellten K2-Panzer aus Südkorea erhalten.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2024", "transfer KR>PL k2-black-panther q=180 ordered"}},
		{"en: a headline's N more of its M", "en", "2024-03-03",
			"Greece receives six more of its 24 Rafale\n\nThe jets landed at Tanagra air base on Monday.",
			[]string{"transfer FR>GR rafale q=6 delivered y=2024", "transfer FR>GR rafale q=24 ordered"}},
		{"de: zehn seiner M", "de", "2024-03-03",
			"Polen hat zehn seiner 180 K2-Panzer aus Südkorea erhalten.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered y=2024", "transfer KR>PL k2-black-panther q=180 ordered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllBatchesOfThem: a delivered part counted "of them" against the
// whole the sentence orders (all_batches.go batchOfThem). Sentences
// written for this test.
func TestAllBatchesOfThem(t *testing.T) {
	tests := []factCase{
		{"ar: سبعاً منها", "ar", "2025-10-13",
			"وقع العراق عام 2021 عقدا مع الولايات المتحدة لشراء 15 مروحية بيل 505، استلم سبعاً منها في تموز 2024.",
			[]string{"transfer US>IQ bell-505 q=7 delivered y=2024", "transfer US>IQ bell-505 q=15 ordered y=2021"}},
		{"es: siete de ellos", "es", "2025-10-13",
			"Irak compró 15 helicópteros Bell 505 a Estados Unidos en 2021 y recibió siete de ellos en julio de 2024.",
			[]string{"transfer US>IQ bell-505 q=15 ordered y=2021", "transfer US>IQ bell-505 q=7 delivered y=2024"}},
		{"fr: sept d'entre eux", "fr", "2025-10-13",
			"L'Irak a commandé 15 hélicoptères Bell 505 aux États-Unis en 2021 et a reçu sept d'entre eux en juillet 2024.",
			[]string{"transfer US>IQ bell-505 q=15 ordered y=2021", "transfer US>IQ bell-505 q=7 delivered y=2024"}},
		{"en: seven of them", "en", "2025-10-13",
			"Iraq ordered 15 Bell 505 helicopters from the United States in 2021 and received seven of them in July 2024.",
			[]string{"transfer US>IQ bell-505 q=15 ordered y=2021", "transfer US>IQ bell-505 q=7 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllBatchesDateline: a dateline's year dates no event when the
// sentence gives the events' own years (all_batches.go
// datelineYearApart). Sentences written for this test.
func TestAllBatchesDateline(t *testing.T) {
	tests := []factCase{
		{"en: the order's year, not the dateline's", "en", "",
			"Baghdad, 13 October 2025 - Iraq ordered 15 Bell 505 helicopters from the United States in 2021 and received seven of them in July 2024.",
			[]string{"transfer US>IQ bell-505 q=15 ordered y=2021", "transfer US>IQ bell-505 q=7 delivered y=2024"}},
		{"en: the dateline dates the delivery it reports", "en", "",
			"12-3-2024 (HANOI) Vietnam has taken delivery of two Russian Yak-130 trainers, the first batch of an overall twelve aircraft to be supplied under a contract signed in May 2021.",
			[]string{"transfer RU>VN yak-130 q=2 delivered y=2024", "transfer RU>VN yak-130 q=12 ordered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllBatchesFutureWhole: the whole still to come, ordered in a year
// told after a comma, is the order (all_batches.go orderedAfterComma).
// Sentences written for this test.
func TestAllBatchesFutureWhole(t *testing.T) {
	tests := []factCase{
		{"fr: doit recevoir N, commandés en", "fr", "2024-03-03",
			"La Grèce a reçu lundi six Rafale de la France. Au total, Athènes doit recevoir 24 Rafale, commandés en 2021.",
			[]string{"transfer FR>GR rafale q=6 delivered y=2024", "transfer FR>GR rafale q=24 ordered y=2021"}},
		{"es: recibirá N, encargados en", "es", "2024-03-03",
			"Grecia recibió el lunes seis Rafale de Francia. En total, Atenas recibirá 24 Rafale, encargados en 2021.",
			[]string{"transfer FR>GR rafale q=6 delivered y=2024", "transfer FR>GR rafale q=24 ordered y=2021"}},
		{"de: soll N bekommen, die bestellt wurden", "de", "2024-03-03",
			"Griechenland hat am Montag sechs Rafale aus Frankreich erhalten. Insgesamt soll Athen 24 Rafale bekommen, die 2021 bestellt wurden.",
			[]string{"transfer FR>GR rafale q=6 delivered y=2024", "transfer FR>GR rafale q=24 ordered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
