package extract

import (
	"testing"

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
