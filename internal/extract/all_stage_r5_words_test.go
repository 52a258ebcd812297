package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllStageR5FutureReceipt: a scheduled receipt or delivery between two
// states the sentence names is an order in every language, person and
// form; a wish or a plan is no fact, and a schedule naming no state stays
// dropped. Sentences written for this test.
func TestAllStageR5FutureReceipt(t *testing.T) {
	tests := []factCase{
		{"es recibirá", "es", "2025-03-02",
			"Rumania recibirá 18 cazas F-35 de Estados Unidos a partir de 2028.",
			[]string{"transfer US>RO f-35 q=18 ordered y=2025"}},
		{"es recibirán", "es", "2025-03-02",
			"Los Países Bajos recibirán seis helicópteros CH-47 de Estados Unidos.",
			[]string{"transfer US>NL ch-47-chinook q=6 ordered y=2025"}},
		{"es va a recibir", "es", "2025-03-02",
			"Croacia va a recibir 12 aviones Rafale de Francia.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2025"}},
		{"es ha de recibir", "es", "2025-03-02",
			"Grecia ha de recibir seis fragatas FDI de Francia.",
			[]string{"transfer FR>GR fdi q=6 ordered y=2025"}},
		{"es entregará", "es", "2025-03-02",
			"Corea del Sur entregará 48 cazas FA-50 a Polonia.",
			[]string{"transfer KR>PL fa-50 q=48 ordered y=2025"}},
		{"es quiere recibir is a wish", "es", "2025-03-02",
			"Rumania quiere recibir 18 cazas F-35 de Estados Unidos.",
			nil},
		{"es schedule naming no state", "es", "2025-03-02",
			"Las entregas de los F-35 llegarán a partir de 2028.",
			nil},
		{"fr recevra", "fr", "2025-03-02",
			"La Pologne recevra 32 avions F-35 des États-Unis.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2025"}},
		{"fr vont recevoir", "fr", "2025-03-02",
			"Les Pays-Bas vont recevoir six hélicoptères CH-47 des États-Unis.",
			[]string{"transfer US>NL ch-47-chinook q=6 ordered y=2025"}},
		{"fr devrait recevoir", "fr", "2025-03-02",
			"La Croatie devrait recevoir 12 Rafale de la France d'ici 2026.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2025"}},
		{"fr livreront", "fr", "2025-03-02",
			"Les États-Unis livreront 24 hélicoptères AH-64 au Maroc.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered y=2025"}},
		{"fr souhaite recevoir is a wish", "fr", "2025-03-02",
			"La Pologne souhaite recevoir 32 avions F-35 des États-Unis.",
			nil},
		{"de wird erhalten", "de", "2025-03-02",
			"Polen wird 32 Kampfjets F-35 aus den USA erhalten.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2025"}},
		{"de werden bekommen", "de", "2025-03-02",
			"Die Niederlande werden sechs CH-47 aus den USA bekommen.",
			[]string{"transfer US>NL ch-47-chinook q=6 ordered y=2025"}},
		{"de werden liefern", "de", "2025-03-02",
			"Die USA werden Polen 96 Kampfhubschrauber AH-64 liefern.",
			[]string{"transfer US>PL ah-64-apache q=96 ordered y=2025"}},
		{"de möchte erhalten is a wish", "de", "2025-03-02",
			"Polen möchte 32 Kampfjets F-35 aus den USA erhalten.",
			nil},
		{"ar سيتسلم", "ar", "2025-03-02",
			"سيتسلم المغرب 24 مروحية أباتشي من الولايات المتحدة.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered y=2025"}},
		{"ar سوف تتسلم", "ar", "2025-03-02",
			"سوف تتسلم مصر 30 طائرة رافال من فرنسا.",
			[]string{"transfer FR>EG rafale q=30 ordered y=2025"}},
		{"ar سيتلقى", "ar", "2025-03-02",
			"سيتلقى العراق 12 طائرة إف-16 من الولايات المتحدة.",
			[]string{"transfer US>IQ f-16 q=12 ordered y=2025"}},
		{"en is going to receive", "en", "2025-03-02",
			"Poland is going to receive 32 F-35 jets from the United States.",
			[]string{"transfer US>PL f-35 q=32 ordered y=2025"}},
		{"en will deliver", "en", "2025-03-02",
			"South Korea will deliver 48 FA-50 jets to Poland.",
			[]string{"transfer KR>PL fa-50 q=48 ordered y=2025"}},
		{"es recibirá de names the supplier", "es", "2025-03-02",
			"Argentina recibirá de Dinamarca 24 cazas F-16.",
			[]string{"transfer DK>AR f-16 q=24 ordered y=2025"}},
		{"fr attend la livraison", "fr", "2025-03-02",
			"Le Maroc attend la livraison de 24 hélicoptères AH-64 des États-Unis.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered y=2025"}},
		{"fr devrait réceptionner", "fr", "2025-03-02",
			"La Roumanie devrait réceptionner 32 F-16 de la Norvège en 2026.",
			[]string{"transfer NO>RO f-16 q=32 ordered y=2025"}},
		{"de erhält ab", "de", "2025-03-02",
			"Rumänien erhält ab 2026 insgesamt 32 F-16 aus Norwegen.",
			[]string{"transfer NO>RO f-16 q=32 ordered y=2025"}},
		{"de sollen eintreffen", "de", "2025-03-02",
			"Die ersten zwölf K2 aus Südkorea sollen 2026 in Polen eintreffen.",
			[]string{"transfer KR>PL k2-black-panther q=12 ordered y=2025"}},
		{"en awaits delivery", "en", "2025-03-02",
			"Morocco awaits delivery of 24 AH-64 helicopters from the United States.",
			[]string{"transfer US>MA ah-64-apache q=24 ordered y=2025"}},
		{"es no recibirá is denied", "es", "2025-03-02",
			"Rumania no recibirá los cazas F-35 de Estados Unidos.",
			nil},
		{"fr si ... recevra is a condition", "fr", "2025-03-02",
			"Si le Congrès approuve, la Pologne recevra 32 F-35 des États-Unis.",
			nil},
		{"de keine ... erhalten is denied", "de", "2025-03-02",
			"Polen wird keine Kampfjets F-35 aus den USA erhalten.",
			nil},
		{"ar لن تتسلم is denied", "ar", "2025-03-02",
			"لن تتسلم مصر طائرات رافال من فرنسا.",
			nil},
		{"de a schedule naming no state", "de", "2025-03-02",
			"Die Maschinen sollen ab 2027 ausgeliefert werden.",
			nil},
		{"ar ستجهز", "ar", "2025-03-02",
			"ستجهز كوريا الجنوبية العراق بثماني بطاريات من منظومة تشيونغونغ.",
			[]string{"transfer KR>IQ kms-sam q=8 ordered y=2025"}},
		{"ar ستصدر", "ar", "2025-03-02",
			"ستصدر تركيا إلى بولندا 24 مسيرة بيرقدار تي بي 2.",
			[]string{"transfer TR>PL bayraktar-tb2 q=24 ordered y=2025"}},
		{"en hopes to receive is a wish", "en", "2025-03-02",
			"Poland hopes to receive 32 F-35 jets from the United States.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllStageR5Arrived: landing and arriving verbs bring delivered
// aircraft and tanks; the Maghreb Arabic "توصل بـ" is a receipt, "توصل
// إلى اتفاق" (reached an agreement) is not. Sentences written for this
// test.
func TestAllStageR5Arrived(t *testing.T) {
	tests := []factCase{
		{"de kamen an", "de", "2025-03-02",
			"Zwölf K2-Panzer aus Südkorea kamen im März in Polen an.",
			[]string{"transfer KR>PL k2-black-panther q=12 delivered y=2025"}},
		{"de landeten", "de", "2025-03-02",
			"Die ersten vier F-35 aus den USA landeten im Mai in Polen.",
			[]string{"transfer US>PL f-35 q=4 delivered y=2025"}},
		{"de gelandet", "de", "2025-03-02",
			"Die ersten sechs Rafale aus Frankreich sind in Kroatien gelandet.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2025"}},
		{"en touched down", "en", "2025-03-02",
			"The first four F-35 jets from the United States touched down in Poland.",
			[]string{"transfer US>PL f-35 q=4 delivered y=2025"}},
		{"de wie angekündigt is no approval", "de", "2025-03-02",
			"Wie angekündigt hat die Ukraine ein zweites Patriot-System aus Deutschland erhalten.",
			[]string{"transfer DE>UA mim-104-patriot q=1 delivered y=2025"}},
		{"de wie zugesagt is no approval", "de", "2025-03-02",
			"Wie zugesagt hat Deutschland der Ukraine 18 Leopard 2 geliefert.",
			[]string{"transfer DE>UA leopard-2 q=18 delivered y=2025"}},
		{"de approval still read", "de", "2025-03-02",
			"Die Bundesregierung hat die Lieferung von 18 Leopard 2 an die Ukraine zugesagt.",
			[]string{"transfer DE>UA leopard-2 q=18 approved y=2025"}},
		{"de a pledged adjective before the system is no approval", "de", "2025-03-02",
			"Alle sieben zugesagten Panzerhaubitzen 2000 aus Deutschland sind in der Ukraine eingetroffen.",
			[]string{"transfer DE>UA pzh-2000 q=7 delivered y=2025"}},
		{"en an ordered adjective before the system is no order", "en", "2025-03-02",
			"The 18 ordered Rafale jets from France arrived in Greece.",
			[]string{"transfer FR>GR rafale q=18 delivered y=2025"}},
		{"en the main verb before a count stays the event", "en", "2025-03-02",
			"Greece ordered 18 Rafale jets from France.",
			[]string{"transfer FR>GR rafale q=18 ordered y=2025"}},
		{"ar هبطت", "ar", "2025-03-02",
			"هبطت في الكويت أولى طائرتين من طراز يوروفايتر تايفون من إيطاليا.",
			[]string{"transfer IT>KW eurofighter-typhoon q=2 delivered y=2025"}},
		{"ar حطتا", "ar", "2025-03-02",
			"قالت شركة ليوناردو الإيطالية إن أول طائرتين من طراز يوروفايتر مخصصتين للقوات الجوية القطرية حطتا في الدوحة.",
			[]string{"transfer IT>QA eurofighter-typhoon q=2 delivered y=2025"}},
		{"ar توصل بـ", "ar", "2025-03-02",
			"توصلت القوات المسلحة المغربية بـ 24 مروحية أباتشي من الولايات المتحدة.",
			[]string{"transfer US>MA ah-64-apache q=24 delivered y=2025"}},
		{"ar توصل بال", "ar", "2025-03-02",
			"توصل المغرب بالدفعة الأولى من مروحيات أباتشي الأمريكية.",
			[]string{"transfer US>MA ah-64-apache delivered y=2025"}},
		{"ar توصل إلى اتفاق is no receipt", "ar", "2025-03-02",
			"توصلت الولايات المتحدة والمغرب بالفعل إلى اتفاق لبيع 24 مروحية أباتشي.",
			[]string{"transfer US>MA ah-64-apache q=24"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestAllStageR5ReachVerb: the forms of "توصل" with an attached
// conjunction; other words are not.
func TestAllStageR5ReachVerb(t *testing.T) {
	for _, w := range []string{"توصل", "وتوصلت", "فتوصلوا", "يتوصل"} {
		if !arReachVerb(w) {
			t.Errorf("%s: not read as توصل", w)
		}
	}
	for _, w := range []string{"وصل", "توصيل", "اتصل", strings.Repeat("و", 2) + "توصل"} {
		if arReachVerb(w) {
			t.Errorf("%s: read as توصل", w)
		}
	}
}
