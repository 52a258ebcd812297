package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeReportExporter: the ranking of an export report whose opening
// sentence carries the national total has that sentence's state as the
// seller (de_report.go); "Kunde" opens a ranking. Sentences written for
// this test.
func TestDeReportExporter(t *testing.T) {
	tests := []factCase{
		{"approved total, then the ranking", "de", "2018-10-20",
			"Die Bundesregierung hat 2017 Rüstungsexporte im Wert von 6,2 Milliarden Euro genehmigt. Größter Abnehmer war Algerien mit 1,36 Milliarden Euro. Auf Platz zwei folgt Indien (446 Millionen Euro).",
			[]string{"aggregate DE>DZ EUR=1360000000", "aggregate DE>IN EUR=446000000"}},
		{"an exporting state's total, then its main customer", "de", "2018-10-20",
			"Österreich hat im vergangenen Jahr Waffen für 480 Millionen Euro exportiert. Wichtigster Kunde blieb Deutschland mit 120 Millionen Euro.",
			[]string{"aggregate AT>DE EUR=120000000"}},
		{"a buyer's total opens no report", "de", "2018-10-20",
			"Algerien war mit Rüstungsexporten im Wert von 1,3 Milliarden Euro der größte Kunde. Danach folgte Indien mit 446 Millionen Euro.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAggregate })
}
