package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestFrMilitaryAid: "assistance / aide / soutien militaire" between two
// marked states is an assistance fact (fr_militaryaid.go).
func TestFrMilitaryAid(t *testing.T) {
	tests := []factCase{
		{"fr: a state before the noun gives", "fr", "",
			"La France apporte une assistance militaire au Cameroun.",
			[]string{"assistance FR>CM "}},
		{"fr: de + state after militaire gives", "fr", "",
			"Le soutien militaire des États-Unis à la Tunisie s'est renforcé.",
			[]string{"assistance US>TN "}},
		{"fr: the subject of a receiving verb receives", "fr", "",
			"Le Mali a reçu une aide militaire de la Russie.",
			[]string{"assistance RU>ML "}},
		{"fr: demonym of forces after the noun receives", "fr", "",
			"La Russie apporte une aide militaire aux forces armées maliennes.",
			[]string{"assistance RU>ML "}},
		{"fr: a wish is no aid", "fr", "",
			"Le Mali pourrait recevoir une aide militaire de la Russie.",
			nil},
		{"fr: no receiver, no fact", "fr", "",
			"La France renforce son aide militaire.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}

// TestFrTraineeRecipient: the trainees' state, not the host, gets a
// training program (fr_traineerec.go).
func TestFrTraineeRecipient(t *testing.T) {
	tests := []factCase{
		{"fr: trained in Poland, Ukrainian soldiers", "fr", "",
			"Le Canada élargit sa présence en Pologne dans le cadre de l'opération Unifier, qui forme des soldats ukrainiens.",
			[]string{"assistance CA>UA operation-unifier"}},
		{"fr: no training word, the pair stands", "fr", "",
			"Le Canada élargit sa présence en Pologne dans le cadre de l'opération Unifier.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
