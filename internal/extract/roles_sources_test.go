package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestSourcedStates: a state named as where goods come from ("from the
// United States", "aus Großbritannien", "desde Turquía", "auprès de la
// France", "من فرنسا") supplies, and is never the buyer of another system
// listed in the sentence: with no buyer named there, the goods go to the
// state the document names outside its sources. Sentences written for
// this test.
func TestSourcedStates(t *testing.T) {
	tests := []factCase{
		{"English: buyer named there, each system from its own state", "en", "",
			"Kenya will buy 12 AH-1Z helicopters from the United States and six T129 helicopters from Turkey.",
			[]string{"transfer US>KE ah-1z-viper", "transfer TR>KE t129-atak"}},
		{"English: buyer named before, each system from its own state", "en", "",
			"Kenya's air force is growing. The purchase of 12 AH-1Z helicopters from the United States and of six T129 helicopters from Turkey was approved by the government.",
			[]string{"transfer US>KE ah-1z-viper", "transfer TR>KE t129-atak"}},
		{"German: aus names each seller, the buyer in the sentence before", "de", "",
			"Die Armee der Ukraine wächst. 18 Leopard 2 aus Deutschland und 14 Challenger 2 aus Großbritannien sind inzwischen im Land.",
			[]string{"transfer DE>UA leopard-2", "transfer GB>UA challenger-2"}},
		{"Spanish: desde names each seller", "es", "",
			"El ejército de Perú crece. La compra de 12 aviones Rafale desde Francia y de seis helicópteros T129 desde Turquía fue aprobada por el gobierno.",
			[]string{"transfer FR>PE rafale", "transfer TR>PE t129-atak"}},
		{"French: auprès de names each seller", "fr", "",
			"L'armée du Maroc grandit. L'achat de 12 Rafale auprès de la France et de six T129 auprès de la Turquie a été approuvé par le gouvernement.",
			[]string{"transfer FR>MA rafale", "transfer TR>MA t129-atak"}},
		{"Arabic: من names each seller", "ar", "",
			"قالت مصر إن جيشها يتطور. تمت الموافقة على شراء 12 طائرة رافال من فرنسا وست مروحيات T129 من تركيا.",
			[]string{"transfer FR>EG rafale", "transfer TR>EG t129-atak"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}

// TestSubnational: a state's name that is part of another state's place
// ("Niger State", "the Niger Delta", "delta du Niger", "delta del Níger",
// "the South China Sea", "golfe de Guinée",
// "Bundesstaat Niger", "دلتا النيجر") names no state.
func TestSubnational(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // the states named
	}{
		{"en", "The governor of Niger State met officials from Nigeria.", []string{"NG"}},
		{"en", "Oil theft in the Niger Delta worries Nigeria.", []string{"NG"}},
		{"en", "Niger and Nigeria signed the deal.", []string{"NE", "NG"}},
		{"fr", "Le vol de pétrole dans le delta du Niger inquiète le Nigeria.", []string{"NG"}},
		{"es", "El robo de crudo en el delta del Níger preocupa a Nigeria.", []string{"NG"}},
		{"de", "Der Gouverneur vom Bundesstaat Niger traf Vertreter aus Nigeria.", []string{"NG"}},
		{"en", "The State of Qatar signed the deal.", []string{"QA"}},
		// seas and gulfs named after a state are places
		{"en", "Japan will install the radars facing the South China Sea.", []string{"JP"}},
		{"fr", "Les patrouilleurs surveilleront le golfe de Guinée pour le Bénin.", []string{"BJ"}},
		{"fr", "La marine philippine patrouille en mer de Chine méridionale.", []string{"PH"}},
		{"es", "Los buques de Perú vigilarán el mar de China.", []string{"PE"}},
		{"ar", "نشرت الفلبين سفنا في بحر الصين الجنوبي.", []string{"PH"}},
		{"en", "China sent ships to the Philippines.", []string{"CN", "PH"}},
	}
	for _, tc := range tests {
		checkStatesNamed(t, tc.lang, tc.text, tc.want, dropSubnational)
	}
}

// checkStatesNamed compares the states a mention filter leaves in a
// sentence with the states wanted.
func checkStatesNamed(t *testing.T, lang, text string, want []string, filter func([]token, []mention, *langWords) []mention) {
	t.Helper()
	x := testExtractor(t)
	toks := tokenize(text, 0)
	var got []string
	for _, m := range filter(toks, x.m.find(toks, lang), x.langs[lang]) {
		if m.kind == mCountry {
			got = append(got, m.id)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s %q: got %v, want %v", lang, text, got, want)
	}
}

// TestRoleMarkers: a German dative after the subject state ("die
// Deutschland der Ukraine geliefert hat") names the recipient; a deal with
// a maker names the maker's state as the seller of a system several states
// build. Sentences written for this test.
func TestRoleMarkers(t *testing.T) {
	tests := []factCase{
		{"German: relative clause, subject state then dative", "de", "",
			"Die Stinger-Raketen, die Deutschland der Ukraine geliefert hat, sind wirksam.",
			[]string{"transfer DE>UA stinger"}},
		{"German: relative clause with another pair", "de", "",
			"Die 14 Leopard 2, die Polen der Ukraine übergeben hat, sind im Einsatz.",
			[]string{"transfer PL>UA leopard-2"}},
		{"English: a deal with BAE Systems", "en", "",
			"Qatar signed a deal with BAE Systems for 24 Eurofighter Typhoon jets.",
			[]string{"transfer GB>QA eurofighter-typhoon"}},
		{"English: Korean-made beside Australian in a list", "en", "",
			"The Philippines received two Korean-made corvettes and 20 Australian drones in 2024.",
			[]string{"transfer KR>PH cat:ships", "transfer AU>PH cat:aircraft"}},
		{"German: koreanische Panzer", "de", "",
			"Polen hat 180 koreanische Panzer bestellt.",
			[]string{"transfer KR>PL cat:armoured-vehicles"}},
		{"English: the service's maker, the sentence before naming the navy", "en", "",
			"The Philippine Navy received two AW159 helicopters in 2019. The service also took delivery of four amphibious assault vehicles built by Hanwha Techwin.",
			[]string{"transfer GB>PH aw159-wildcat", "transfer KR>PH cat:armoured-vehicles"}},
		{"French: un contrat avec BAE Systems", "fr", "",
			"Le Qatar a signé avec BAE Systems un contrat pour 24 Eurofighter Typhoon.",
			[]string{"transfer GB>QA eurofighter-typhoon"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		return pairOf(f), f.Type == domain.TypeTransfer
	})
}

// pairOf is brief up to the system: type, pair and system.
func pairOf(f domain.Fact) string {
	w := strings.Fields(brief(f))
	return strings.Join(w[:min(3, len(w))], " ")
}

// TestDatelineOrHeadline: the place of a dateline names no party, but a
// headline with a number before a dash keeps its states. Lines written
// for this test.
func TestDatelineOrHeadline(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // the states kept
	}{
		{"de", "Berlin, 12. Juli 2023 — Polen kauft Panzer.", []string{"PL"}},
		{"en", "Kenya to take delivery of 18 attack helicopters – Air Chief", []string{"KE"}},
		{"fr", "Le Maroc va recevoir 12 hélicoptères de combat – ministre", []string{"MA"}},
		{"es", "Madrid, 12 de marzo de 2023 — Perú compra tanques.", []string{"PE"}},
		{"en", "TAIPEI (Taiwan News) — The Philippine Navy commissioned two helicopters.", []string{"PH"}},
		{"en", "NEW DELHI — Armenia has ordered Indian guns.", []string{"AM", "IN"}},
		{"en", "Israel ships PULS to Greece — Athens", []string{"IL", "GR", "GR"}},
		{"en", "US approves F-16 sale to Taiwan — report", []string{"US", "TW"}},
	}
	x := testExtractor(t)
	for _, tc := range tests {
		toks := tokenize(tc.text, 0)
		var got []string
		for _, m := range dropDateline(tc.text, 0, x.m.find(toks, tc.lang)) {
			if m.kind == mCountry {
				got = append(got, m.id)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s %q: got %v, want %v", tc.lang, tc.text, got, tc.want)
		}
	}
}
