package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestProgramTrainees: a state's training program whose trainees are
// another state's officers or soldiers is assistance to that state, with
// no amount and no word for aid. Texts written for this test.
func TestProgramTrainees(t *testing.T) {
	tests := []factCase{
		{"en: Moroccan officers attend courses under IMET", "en", "2024-05-10",
			"Under the IMET program, Moroccan officers attend courses at US military schools.",
			[]string{"assistance US>MA imet"}},
		{"es: oficiales marroquíes mediante el IMET", "es", "2024-05-10",
			"Mediante el programa IMET, oficiales marroquíes asisten a cursos en Estados Unidos.",
			[]string{"assistance US>MA imet"}},
		{"en: a program named with no trainees and no aid word", "en", "2024-05-10",
			"Moroccan officials discussed the IMET program with US diplomats.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
}
