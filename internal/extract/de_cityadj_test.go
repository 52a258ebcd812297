package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeCityAdjective: a town's adjective before the word for a company
// keeps the maker the subject that sells (de_cityadj.go). Sentences
// written for this test.
func TestDeCityAdjective(t *testing.T) {
	tests := []factCase{
		{"shipyard with its town's adjective", "de", "2021-06-01",
			"Die Kieler Werft TKMS hat drei U-Boote vom Typ 209 an Ägypten übergeben.",
			[]string{"transfer DE>EG type-209 q=3 delivered y=2021"}},
		{"group with its town's adjective", "de", "2023-03-01",
			"Der Düsseldorfer Rüstungskonzern Rheinmetall hat 46 Schützenpanzer Lynx an Ungarn geliefert.",
			[]string{"transfer DE>HU lynx-kf41 q=46 delivered y=2023"}},
		{"the maker right after the finite verb of a clause opened by an adverbial", "de", "2017-08-22",
			"Acht Monate nach dem ersten Boot hat die Kieler Werft TKMS am Dienstag ein U-Boot vom Typ 209 an Ägypten übergeben.",
			[]string{"transfer DE>EG type-209 q=1 delivered y=2017"}},
		{"a town's adjective before no company word: no maker subject", "de", "2023-03-01",
			"Der Berliner Senat hat 50 Schützenpanzer an Ungarn geliefert.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
