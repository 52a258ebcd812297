package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeNamedExercise: "unter dem Namen „X“" names an exercise in a
// sentence about training (de_exercise.go). Sentences written for this
// test.
func TestDeNamedExercise(t *testing.T) {
	tests := []factCase{
		{"trainieren unter dem Namen", "de", "2024-05-10",
			"In Litauen trainieren deutsche und litauische Soldaten unter dem Namen „Iron Wolf“.",
			[]string{"exercise LT+DE Iron Wolf y=2024"}},
		{"üben unter dem Codenamen", "de", "2024-05-10",
			"Die Marinen Polens und Schwedens üben unter dem Codenamen „Baltic Shield 2024“ in der Ostsee.",
			[]string{"exercise PL+SE Baltic Shield 2024 y=2024"}},
		{"a name with no training is no exercise", "de", "2024-05-10",
			"Polen hat einen Fonds unter dem Namen „Eastern Shield“ gegründet.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
