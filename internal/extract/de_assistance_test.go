package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeProgramAid: a named aid program with a recipient and a German verb
// of giving or receiving is assistance even with no amount
// (lang_de.tsv assistance words). Sentences written for this test.
func TestDeProgramAid(t *testing.T) {
	tests := []factCase{
		{"received under the initiative", "de", "2018-01-20",
			"Im Rahmen der Ertüchtigungsinitiative erhielt Niger Fahrzeuge und Funkgeräte aus Deutschland.",
			[]string{"assistance DE>NE enable-enhance-initiative"}},
		{"handed over under the initiative", "de", "2018-01-20",
			"Deutschland hat Mali im Rahmen der Ertüchtigungsinitiative 40 Lastwagen übergeben.",
			[]string{"assistance DE>ML enable-enhance-initiative"}},
		{"the program alone is no aid", "de", "2018-01-20",
			"Die Ertüchtigungsinitiative der Bundesregierung wurde 2016 gestartet.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
