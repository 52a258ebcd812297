package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeRankingSubjectLast: a German ranking row with its amount before
// the state ("liegen mit 206,1 Millionen Euro die Emirate", arde_ranking.go
// deAmountThenState), and the ranking words appended to lang_de.tsv
// (Platz, Hauptempfänger, Genehmigungen). Sentences written for this test.
func TestDeRankingSubjectLast(t *testing.T) {
	aggs := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"amount before the state", "de", "2019-06-03",
			"Die Bundesregierung hat wieder mehr Rüstungsexporte genehmigt. Auf dem fünften Rang liegen mit 180 Millionen Euro die Vereinigten Arabischen Emirate.",
			[]string{"aggregate DE>AE EUR=180000000"}},
		{"Platz as the ranking word", "de", "2019-06-03",
			"Die Bundesregierung hat wieder mehr Rüstungsexporte genehmigt. Auf Platz zwei folgt mit 900 Millionen Euro Norwegen.",
			[]string{"aggregate DE>NO EUR=900000000"}},
		{"Hauptempfänger with its licences", "de", "2019-06-03",
			"Die Bundesregierung hat wieder mehr Rüstungsexporte genehmigt. Hauptempfänger war Norwegen mit Genehmigungen im Wert von 900 Millionen Euro.",
			[]string{"aggregate DE>NO EUR=900000000"}},
		{"an amount after mit for no state", "de", "2019-06-03",
			"Die Bundesregierung hat wieder mehr Rüstungsexporte genehmigt. Auf dem fünften Rang liegen die Exporte mit 180 Millionen Euro.",
			nil},
	}
	checkFacts(t, tests, aggs)
}
