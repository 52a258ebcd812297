package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnFrEsClasses: classes of errors read on seen en/fr/es news (each
// text written for this test from public facts).
func TestEnFrEsClasses(t *testing.T) {
	tests := []factCase{
		{"two agreements between one pair in different years are two", "fr", "",
			"Le Cameroun et la Russie ont signé un accord de coopération militaire en 2022. En 2015, un premier accord avait été signé entre le Cameroun et la Russie.",
			[]string{"agreement CM+RU y=2022", "agreement CM+RU y=2015"}},
		{"a signed text after a sentence naming the agreement is that agreement", "fr", "2022-04-22",
			"Cameroun-Russie : ce que contient leur nouvel accord de défense. Signé le 12 avril dernier, le texte vise à développer la coopération entre les forces armées.",
			[]string{"agreement CM+RU y=2022"}},
		{"a signed text with no agreement before it is none", "fr", "2022-04-22",
			"Le Cameroun et la Russie ont discuté. Signé le 12 avril dernier, le texte vise à développer les échanges culturels.",
			nil},
		{"put pen to paper signs", "en", "2024-05-02",
			"Lazaro and Motegi put pen to paper on the acquisition and cross-servicing agreement between the Philippines and Japan.",
			[]string{"agreement PH+JP y=2024"}},
		{"one agreement told twice is one", "en", "",
			"Kenya and the United States signed a defence cooperation agreement in 2023. The agreement, signed by Duale and Austin in 2023, covers five years.",
			[]string{"agreement KE+US y=2023 d=5"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
}

// TestEnFrEsTransferClasses: batches, stage cues and package lists.
func TestEnFrEsTransferClasses(t *testing.T) {
	tests := []factCase{
		{"two deliveries of one system with their own counts are two batches", "fr", "",
			"Une vingtaine de drones Bayraktar TB2 venus de Turquie ont été livrés au Mali en 2023. Pour rappel, le Mali avait réceptionné en mars 2023 trois drones Bayraktar TB2.",
			[]string{"transfer TR>ML bayraktar-tb2 q=20 delivered y=2023", "transfer TR>ML bayraktar-tb2 q=3 delivered y=2023"}},
		{"the same count told twice is one delivery", "en", "",
			"Nigeria received four Wing Loong II drones from China in 2020. The four Wing Loong II drones were delivered in 2020 to Kano.",
			[]string{"transfer CN>NG wing-loong q=4 delivered y=2020"}},
		{"signed off on is an approval, not a signed order", "en", "2020-10-22",
			"The State Department has signed off on the sale of 11 HIMARS launchers to Taiwan.",
			[]string{"transfer US>TW m142-himars q=11 approved y=2020"}},
		{"a modal in a relative clause describing the system is no plan", "fr", "",
			"L'armée de l'Air a cédé le 25 janvier à la Grèce 12 avions de combat Rafale qui ont encore un bon potentiel.",
			[]string{"transfer FR>GR rafale q=12 delivered"}},
		{"a modal before the system is still a plan", "fr", "",
			"La Grèce pourrait acheter 12 Rafale qui ont encore un bon potentiel.",
			nil},
		{"N' of a place name is no negation", "fr", "",
			"Lors d'une cérémonie à N'Djamena, la France a remis à l'armée tchadienne neuf blindés ERC 90 Sagaie.",
			[]string{"transfer FR>TD panhard-erc-aml q=9 delivered"}},
		{"ne ... que is a restriction, not a negation", "fr", "",
			"Le Mali n'a reçu que trois drones TB2 de la Turquie.",
			[]string{"transfer TR>ML bayraktar-tb2 q=3 delivered"}},
		{"n'a plus is a negation", "fr", "",
			"La France n'a plus livré de Rafale à l'Égypte.",
			nil},
		{"otros N del mismo tipo is a further batch of the system named before", "es", "2025-08-21",
			"Taiwán donó dos helicópteros UH-1H en 1996 y, entre 2001 y 2021, Paraguay recibió otros 14 aparatos del mismo tipo.",
			[]string{"transfer TW>PY uh-1-huey q=2 delivered y=1996", "transfer TW>PY uh-1-huey q=14 delivered y=2021"}},
		{"N more in the next sentence continues the transfer before", "en", "",
			"Japan donated three TC-90 aircraft to the Philippines in 2017. In 2018 the Philippines received two more.",
			[]string{"transfer JP>PH king-air-90 q=3 delivered y=2017", "transfer JP>PH king-air-90 q=2 delivered y=2018"}},
		{"other N of another kind is no batch of the system before", "fr", "",
			"La Russie a livré deux Mi-171Sh au Burkina Faso en 2018. Le pays a reçu deux autres blindés en 2019.",
			[]string{"transfer RU>BF mi-8-17 q=2 delivered y=2018", "transfer RU>BF cat:armoured-vehicles q=2 delivered y=2019"}},
		{"non before an adjective is no negation", "fr", "",
			"Le Pakistan a livré au Nigeria dix appareils MFI-17 Super Mushak capables de tirer des roquettes non guidées.",
			[]string{"transfer PK>NG mfi-17-mushshak q=10 delivered", "transfer PK>NG cat:missiles delivered"}},
		{"sin costo is no negation", "es", "",
			"Estados Unidos donó a Uruguay tres helicópteros UH-1H sin costo.",
			[]string{"transfer US>UY uh-1-huey q=3 delivered"}},
		{"sin que negates", "es", "",
			"Estados Unidos anunció la venta de helicópteros UH-1H a Uruguay sin que se haya firmado el contrato.",
			nil},
		{"the former owner of a kind of system named in another sentence supplies", "es", "2025-12-06",
			"Los primeros seis cazas F-16 comprados por la Argentina aterrizaron en Río Cuarto. Washington aprobó la transferencia de los aviones desde Dinamarca.",
			[]string{"transfer DK>AR f-16 q=6 delivered y=2025"}},
		{"a source of another kind leaves the supplier", "es", "2025-12-06",
			"Los primeros seis cazas F-16 comprados por la Argentina aterrizaron en Río Cuarto. Los blindados llegaron desde Dinamarca.",
			[]string{"transfer US>AR f-16 q=6 delivered y=2025"}},
		{"what a donation consists of is handed over with it", "fr", "2021-10-28",
			"Le don, d'une valeur de 1,1 milliard de francs CFA, lui a été remis par l'ambassadeur de France au Niger. Il se compose de 28 Toyota Masstech et de 71 mitrailleuses de calibre 50.",
			[]string{"transfer FR>NE cat:small-arms q=71 delivered y=2021"}},
		{"a sentence opening on contents needs a donation before it", "fr", "2021-10-28",
			"L'ambassadeur de France a visité Niamey. Il se compose de 71 mitrailleuses de calibre 50.",
			nil},
		{"recibieron de names the supplier", "es", "2025-08-21",
			"Las Fuerzas Armadas de Paraguay recibieron de Taiwán dos helicópteros UH-1H.",
			[]string{"transfer TW>PY uh-1-huey q=2 delivered y=2025"}},
		{"the builder the next sentence names sells a generic system", "fr", "2024-06-05",
			"La Côte d'Ivoire a réceptionné trente patrouilleurs. Ces bateaux ont été construits par le chantier naval français Ufast.",
			[]string{"transfer FR>CI cat:ships q=30 delivered y=2024"}},
		{"made in a state, next sentence", "en", "2024-06-05",
			"Kenya received 12 armoured vehicles on Monday. The vehicles were made by the South African firm Paramount.",
			[]string{"transfer ZA>KE cat:armoured-vehicles q=12 delivered y=2024"}},
		{"a next sentence building something else in the buyer's state is no supplier", "en", "2024-06-05",
			"Kenya received 12 armoured vehicles on Monday. The base was built by Kenyan engineers.",
			nil},
		{"the state a buyer signs a contract with sells", "es", "2024-06-05",
			"Perú firmó con Corea del Sur un contrato para la compra de dos fragatas.",
			[]string{"transfer KR>PE cat:ships q=2 ordered y=2024"}},
		{"signed a contract with, English", "en", "2024-06-05",
			"The Philippine government signed a contract with South Korea for two frigates.",
			[]string{"transfer KR>PH cat:ships q=2 ordered y=2024"}},
		{"a contract for a sale signed with a state is not read as a purchase from it", "en", "2024-06-05",
			"France signed with Senegal a contract for the sale of three OPV 58S patrol vessels.",
			[]string{"transfer FR>SN piriou q=3 ordered y=2024"}},
		{"the first batch of N holds N", "en", "2024-06-05",
			"Croatia received the first batch of six Rafale jets from France in 2024.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024"}},
		{"the first batch of an overall N is part of a whole", "en", "2024-06-05",
			"Algeria received two Su-30 jets from Russia, the first batch of an overall six.",
			[]string{"transfer RU>DZ su-30 q=2 delivered y=2024", "transfer RU>DZ su-30 q=6 ordered"}},
		{"a list of sources gives one fact per supplier", "en", "2024-06-05",
			"Ukraine received Leopard 1A5 tanks from Germany and Denmark.",
			[]string{"transfer DE>UA leopard-1 delivered y=2024", "transfer DK>UA leopard-1 delivered y=2024"}},
		{"a list of suppliers as the subject", "en", "2024-06-05",
			"Germany and Denmark delivered Leopard 1A5 tanks to Ukraine.",
			[]string{"transfer DE>UA leopard-1 delivered y=2024", "transfer DK>UA leopard-1 delivered y=2024"}},
		{"a list of buyers is no list of suppliers", "en", "2024-06-05",
			"Poland and Romania ordered HIMARS from the United States.",
			[]string{"transfer US>RO m142-himars ordered y=2024", "transfer US>PL m142-himars ordered y=2024"}},
		{"de + state after a received system names its source", "es", "2008-09-18",
			"Jordania recibió 14 F-16 de Bélgica.",
			[]string{"transfer BE>JO f-16 q=14 delivered y=2008"}},
		{"de + state after the forces is the buyer's", "es", "2008-09-18",
			"La Fuerza Aérea de Chile recibió 14 F-16 de los Países Bajos.",
			[]string{"transfer NL>CL f-16 q=14 delivered y=2008"}},
		{"a package list inherits the pair and stage of the total before it", "en", "2020-10-22",
			"Washington's State Department has signed off on arms sales to Taiwan worth $1.8 billion. The package covers 11 truck-mounted rocket launchers built by Lockheed Martin.",
			[]string{"aggregate US>TW USD=1800000000", "transfer US>TW cat:artillery q=11 approved y=2020"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeTransfer || f.Type == domain.TypeAggregate
	})
}

// TestCumulativeIsNoBatch: a count given as a total of the batches is no
// batch of its own. Sentences written for this test.
func TestCumulativeIsNoBatch(t *testing.T) {
	tests := []factCase{
		{"English: a combined total", "en", "",
			"The State Department approved the sale of 24 Hellfire missiles to Singapore. The notification is for a combined total of 67 Hellfire missiles.",
			[]string{"transfer US>SG agm-114-hellfire"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}
