package extract

import (
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFresh3ArGiverForces: an Arabic verb of giving before a state's armed
// forces makes that state the supplier, with "ل" on the state after the
// forces a genitive (all_r10_fresh3_arforces.go); "ل" on the forces
// themselves still marks the one that gets. Sentences written for this test.
func TestFresh3ArGiverForces(t *testing.T) {
	tests := []factCase{
		{"ar: relative clause, forces of the state of", "ar", "2024-05-02",
			"تسلم الجيش الموريتاني طائرة من طراز King Air 350 قدمتها القوات الجوية لدولة الإمارات هدية.",
			[]string{"transfer AE>MR king-air-350 q=1 delivered y=2024"}},
		{"ar: relative clause, forces with a demonym", "ar", "2024-05-02",
			"تسلم الجيش اللبناني ثلاث مروحيات من طراز بلاك هوك قدمتها القوات الجوية الأمريكية.",
			[]string{"transfer US>LB uh-60-black-hawk q=3 delivered y=2024"}},
		{"ar: lam on the forces gets", "ar", "2024-05-02",
			"سلمت فرنسا طائرات رافال للقوات الجوية لدولة قطر.",
			[]string{"transfer FR>QA rafale delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFresh3WithoutWeapons: equipment handed over "without weapons" is
// still handed over (lexicon not-negation, r10-fresh3 blocks); a plain
// "without" before a verb still negates. Sentences written for this test.
func TestFresh3WithoutWeapons(t *testing.T) {
	tests := []factCase{
		{"fr: livrés sans armement", "fr", "2026-02-28",
			"Madagascar a reçu le matériel offert par la Russie : deux hélicoptères Mi-8 livrés sans armement.",
			[]string{"transfer RU>MG mi-8-17 q=2 delivered y=2026"}},
		{"en: without weapons", "en", "2026-02-28",
			"The United States delivered two Mi-17 helicopters to Afghanistan without weapons.",
			[]string{"transfer US>AF mi-8-17 q=2 delivered y=2026"}},
		{"de: ohne Bewaffnung", "de", "2026-02-28",
			"Russland hat Madagaskar zwei Mi-8 ohne Bewaffnung geliefert.",
			[]string{"transfer RU>MG mi-8-17 q=2 delivered y=2026"}},
		{"ar: without arming", "ar", "2026-02-28",
			"سلمت روسيا مدغشقر مروحيتين من طراز مي-8 بدون تسليح.",
			[]string{"transfer RU>MG mi-8-17 q=2 delivered y=2026"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFresh3PortVisit: a warship's port call is no transfer in every
// language (lexicon port-visit, es_r5_portvisit.go); a ship sold and
// then calling at a port stays. Sentences written for this test.
func TestFresh3PortVisit(t *testing.T) {
	tests := []factCase{
		{"fr: a fait escale", "fr", "2025-11-03",
			"Le porte-hélicoptères amphibie Tonnerre de la Marine nationale française a fait escale à Libreville, au Gabon.",
			nil},
		{"en: port call", "en", "2025-11-03",
			"The British frigate HMS Montrose arrived in Oman for a port call.",
			nil},
		{"de: Hafenbesuch", "de", "2025-11-03",
			"Die französische Fregatte FREMM Aquitaine ist zu einem Hafenbesuch in Marokko eingetroffen.",
			nil},
		{"en: sold, then a port call", "en", "2025-11-03",
			"The frigate sold by France to Morocco, a FREMM, made a port call in Brest after Morocco received it.",
			[]string{"transfer FR>MA fremm q=1 ordered y=2025"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFresh3ExerciseNearby: aircraft that "arrived" in a state beside a
// sentence about an exercise came for it (all_r10_fresh3_exarrival.go); a
// delivery beside an exercise stays. An exercise named after "since" is a
// yardstick, not this text's exercise (lexicon exercise-frame). Sentences
// written for this test.
func TestFresh3ExerciseNearby(t *testing.T) {
	tests := []factCase{
		{"de: arrived for an exercise named before", "de", "2018-09-11",
			"An der Übung Wostok nehmen auch China und die Mongolei teil. Sechs Flugzeuge der chinesischen Volksbefreiungsarmee sind bereits in Russland eingetroffen.",
			[]string{"exercise CN+MN Wostok y=2018"}},
		{"en: arrived before the exercise is named", "en", "2018-09-11",
			"Six Chinese J-10 fighters have arrived in Russia. They will join the Vostok exercise next week.",
			[]string{"exercise  Vostok y=2018"}},
		{"en: delivered beside an exercise", "en", "2018-09-11",
			"Russia delivered six Su-30 fighters to China. The two air forces held an exercise in May.",
			[]string{"transfer RU>CN su-30 q=6 delivered y=2018"}},
		{"de: since the Soviet exercise", "de", "2018-09-11",
			"Manöver im Osten\n\nSchoigu nannte die Übung die größte seit dem sowjetischen Manöver „Sapad-81“.",
			nil},
		{"en: since the Soviet exercise", "en", "2018-09-11",
			"Exercise\n\nShoigu called it the largest since the Soviet exercise Zapad-81.",
			nil},
		{"fr: depuis", "fr", "2018-09-11",
			"Exercise\n\nIl s'agit du plus grand exercice depuis l'exercice soviétique « Zapad-81 ».",
			nil},
		{"es: desde", "es", "2018-09-11",
			"Exercise\n\nEs la mayor maniobra desde el ejercicio soviético «Zapad-81».",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeTransfer || f.Type == domain.TypeExercise
	})
}

// TestFresh3CountTo: a bare count to a second state after a count of a
// system to a first one ("48 … to Finland and 100 to India") is the second
// state's, of the same system (all_r10_fresh3_countto.go); a delivery
// agreed on is an order (all_r10_fresh3_agreeddelivery.go). Sentences
// written for this test.
func TestFresh3CountTo(t *testing.T) {
	tests := []factCase{
		{"en: and 100 to India", "en", "2017-12-21",
			"Hanwha has already sold 48 K9 howitzers to Finland and 100 to India.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017", "transfer KR>IN k9-thunder q=100 ordered y=2017"}},
		{"de: und von 100 an Indien, vereinbart", "de", "2017-12-21",
			"Zuvor war bereits die Lieferung von 48 Haubitzen K9 an Finnland und von 100 an Indien vereinbart worden.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017", "transfer KR>IN k9-thunder q=100 ordered y=2017"}},
		{"fr: et 100 à l'Inde", "fr", "2017-12-21",
			"Hanwha a déjà vendu 48 obusiers K9 à la Finlande et 100 à l'Inde.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017", "transfer KR>IN k9-thunder q=100 ordered y=2017"}},
		{"es: y 100 a la India", "es", "2017-12-21",
			"Hanwha ya vendió 48 obuses K9 a Finlandia y 100 a la India.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017", "transfer KR>IN k9-thunder q=100 ordered y=2017"}},
		{"en: a second system of its own stays", "en", "2017-12-21",
			"South Korea sold 48 K9 howitzers to Finland and 100 K2 tanks to Poland.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017", "transfer KR>PL k2-black-panther q=100 ordered y=2017"}},
		{"en: agreed the delivery", "en", "2017-12-21",
			"South Korea and Finland agreed the delivery of 48 K9 howitzers.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017"}},
		{"es: la cesión se concretó is delivered", "es", "2017-12-21",
			"La cesión de dos fragatas de Australia a Chile se concretó en Sidney.",
			[]string{"transfer AU>CL cat:ships q=2 delivered y=2017"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFresh3GermanInvertedPledge: with an adverb first, the German subject
// follows the finite verb and the participle of a decision follows the
// subject at once ("Zuvor hatte Dänemark beschlossen, … abzugeben"); the
// zu-infinitive of giving is still the subject's (roles.go). Sentences
// written for this test.
func TestFresh3GermanInvertedPledge(t *testing.T) {
	tests := []factCase{
		{"de: Zuvor hatte Dänemark beschlossen", "de", "2023-01-19",
			"Artillerie\n\nZuvor hatte Dänemark beschlossen, 19 Radhaubitzen vom Typ CAESAR an die Ukraine abzugeben.",
			[]string{"transfer DK>UA caesar q=19 approved y=2023"}},
		{"de: Im Januar hat Dänemark angekündigt", "de", "2023-01-19",
			"Artillerie\n\nIm Januar hat Dänemark angekündigt, der Ukraine 19 Radhaubitzen vom Typ CAESAR zu überlassen.",
			[]string{"transfer DK>UA caesar q=19 approved y=2023"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestFresh3DealCount: a number that counts contracts is no count of the
// system, and the count nearest the system wins over a spelled one before
// it (all_r10_fresh3_dealcount.go, transfer.go quantityBefore). Sentences
// written for this test.
func TestFresh3DealCount(t *testing.T) {
	tests := []factCase{
		{"en: two contracts for 48", "en", "2017-12-21",
			"Finland signed two contracts with South Korea for 48 K9 howitzers.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2017"}},
		{"en: three export contracts", "en", "2017-12-21",
			"Hanwha has signed three export contracts for the K9 with Finland this year.",
			[]string{"transfer KR>FI k9-thunder ordered y=2017"}},
		{"de: drei Exportverträge", "de", "2017-12-21",
			"Hanwha hat in diesem Jahr drei Exportverträge für die K9 mit Finnland abgeschlossen.",
			[]string{"transfer KR>FI k9-thunder ordered y=2017"}},
		{"fr: trois contrats", "fr", "2017-12-21",
			"Hanwha a signé trois contrats d'exportation pour le K9 avec la Finlande.",
			[]string{"transfer KR>FI k9-thunder ordered y=2017"}},
		{"es: tres contratos", "es", "2017-12-21",
			"Hanwha firmó tres contratos de exportación del K9 con Finlandia.",
			[]string{"transfer KR>FI k9-thunder ordered y=2017"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestReview10AgreedGoods: a word of agreeing that describes the goods (a
// participle after them or before their count) or stands in a relative
// clause leaves the delivery delivered (fresh3AgreedGoods); the verb whose
// object is the delivery still makes it an order. Sentences written for
// this test.
func TestReview10AgreedGoods(t *testing.T) {
	tests := []factCase{
		{"en: howitzers agreed in", "en", "2024-05-02",
			"The delivery of the 48 K9 howitzers agreed earlier by South Korea to Finland was completed in May.",
			[]string{"transfer KR>FI k9-thunder q=48 delivered y=2024"}},
		{"fr: obusiers convenus", "fr", "2024-05-02",
			"La livraison des 48 obusiers K9 convenus auparavant par la Corée du Sud à la Finlande est achevée.",
			[]string{"transfer KR>FI k9-thunder q=48 delivered y=2024"}},
		{"ar: relative clause", "ar", "2024-05-02",
			"أكملت كوريا الجنوبية تسليم 48 مدفع K9 لفنلندا الذي اتفق عليه البلدان سابقا.",
			[]string{"transfer KR>FI k9-thunder q=48 delivered y=2024"}},
		{"en: agreed the delivery", "en", "2024-05-02",
			"South Korea and Finland agreed the delivery of 48 K9 howitzers.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2024"}},
		{"fr: ont convenu de la livraison", "fr", "2024-05-02",
			"La Corée du Sud et la Finlande ont convenu de la livraison de 48 obusiers K9.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2024"}},
		{"ar: a finite verb of delivery after another clause's agreeing", "ar", "2024-05-02",
			"اتفق البلدان على تعزيز التعاون وسلمت كوريا الجنوبية فنلندا 48 مدفع K9.",
			[]string{"transfer KR>FI k9-thunder q=48 delivered y=2024"}},
		{"ar: the verb with an attached wa", "ar", "2024-05-02",
			"واتفقت كوريا الجنوبية وفنلندا على تسليم 48 مدفع K9.",
			[]string{"transfer KR>FI k9-thunder q=48 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}

// TestReview10TrafEin: "traf ein", a German cue of arrival, is a word of
// arrival (lexicon arrival-stem), as "eingetroffen" is, for the port
// visits of es_r5_portvisit.go and the exercises of
// all_r10_fresh3_exarrival.go; "geliefert" is none. Sentences written for
// this test.
func TestReview10TrafEin(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Die deutsche Fregatte Sachsen traf ein, um in Marokko einen Hafenbesuch zu machen.", true},
		{"Sechs chinesische Flugzeuge sind bereits in Russland eingetroffen.", true},
		{"Deutschland hat der Ukraine sechs Panzer geliefert.", false},
	} {
		sc := scanSentence(t, tc.text, "de", time.Time{})
		ps := sc.cuePositions("stage-delivered")
		if len(ps) == 0 {
			t.Fatalf("%q: no stage-delivered cue", tc.text)
		}
		if got := sc.arrivalWordAt(ps[0]); got != tc.want {
			t.Errorf("%q: arrivalWordAt = %v, want %v", tc.text, got, tc.want)
		}
	}
}
