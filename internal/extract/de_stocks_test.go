package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeStockGiver: weapons given from a state's own stocks go from that
// state, not from their maker's (de_stocks.go). Sentences written for
// this test.
func TestDeStockGiver(t *testing.T) {
	tests := []factCase{
		{"the government named by its capital gives from its stocks", "de", "2022-06-01",
			"Die Regierung in Warschau hat Kampfpanzer T-72 sowjetischer Bauart aus eigenen Beständen an die Ukraine geliefert.",
			[]string{"transfer PL>UA t-72 delivered y=2022"}},
		{"the giver named in a relative clause after the system", "de", "2022-10-11",
			"Im Gegenzug sollen 40 Schützenpanzer vom Typ BMP-1 an die Ukraine gehen, die Athen früher aus Beständen der DDR übernommen hatte.",
			[]string{"transfer GR>UA bmp-1-2 q=40 approved y=2022"}},
		{"both states of the sentence before give", "de", "2022-12-19",
			"Für die Slowakei wie auch für Tschechien sind je 15 Kampfpanzer vorgesehen. Die Kosten übernimmt Deutschland. Beide Länder hatten zuvor Kampfpanzer T-72 aus eigenen Beständen an die Ukraine abgegeben.",
			[]string{"transfer SK>UA t-72 delivered y=2022", "transfer CZ>UA t-72 delivered y=2022"}},
		{"beide with one state before: no giver", "de", "2022-12-19",
			"Die Kosten übernimmt Deutschland. Beide Länder hatten zuvor Kampfpanzer T-72 aus eigenen Beständen an die Ukraine abgegeben.",
			nil},
		{"givers that are the subject keep their place", "de", "2022-06-01",
			"Polen und Tschechien haben Kampfpanzer T-72 sowjetischer Bauart aus eigenen Beständen an die Ukraine geliefert.",
			[]string{"transfer CZ>UA t-72 delivered y=2022", "transfer PL>UA t-72 delivered y=2022"}},
		{"no second-hand cue: the maker's state stays", "de", "2022-06-01",
			"Die Ukraine erhält 20 neue Panzerhaubitzen 2000 von Rheinmetall, sagte ein Sprecher in Warschau.",
			[]string{"transfer DE>UA pzh-2000 q=20 ordered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
