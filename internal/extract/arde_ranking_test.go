package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestRankingRowsDe: German rankings of export licences told one state a
// sentence, or listed after "Es folgen", after a sentence about the
// buyers. Sentences written for this test from public figures.
func TestRankingRowsDe(t *testing.T) {
	aggs := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate }
	tests := []factCase{
		{"one state a sentence after a word for the buyers", "de", "2018-01-08",
			"Die Bundesregierung hat deutlich mehr Rüstungsexporte genehmigt. Unter den größten Abnehmern sind fünf Drittländer. " +
				"Ganz vorn steht Algerien mit 1,36 Milliarden Euro. Für Saudi-Arabien halbierten sich die Genehmigungen auf 254 Millionen Euro.",
			[]string{"aggregate DE>DZ EUR=1360000000", "aggregate DE>SA EUR=254000000"}},
		{"a list with amounts in brackets", "de", "2022-07-20",
			"Die Bundesregierung hat im ersten Halbjahr Rüstungsexporte genehmigt. Unter den Empfängerländern liegt Ungarn vorn. " +
				"Es folgen Großbritannien (238,2 Millionen Euro) und Singapur (171,6 Millionen Euro).",
			[]string{"aggregate DE>GB EUR=238200000", "aggregate DE>SG EUR=171600000"}},
		{"no word for a ranking: no row", "de", "2018-01-08",
			"Die Bundesregierung hat deutlich mehr Rüstungsexporte genehmigt. Algerien baut ein Stadion für 1,36 Milliarden Euro.",
			nil},
	}
	checkFacts(t, tests, aggs)
}
