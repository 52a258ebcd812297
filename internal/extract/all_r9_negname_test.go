package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestNegationInsideName: a negation word inside a status's or an
// organisation's name ("aliado principal no miembro de la OTAN", "allié
// majeur non membre de l'OTAN") negates nothing (rules.go, negated); a
// negation outside the name still does. Sentences written for this test.
func TestNegationInsideName(t *testing.T) {
	tests := []factCase{
		{"es MNNA with no", "es", "2022-03-10",
			"Estados Unidos designó a Colombia como aliado principal no miembro de la OTAN en 2022.",
			[]string{"CO mnna"}},
		{"fr MNNA with non", "fr", "2022-03-10",
			"Washington a désigné la Colombie allié majeur non membre de l'OTAN en 2022.",
			[]string{"CO mnna"}},
		{"es negated outside the name", "es", "2022-03-10",
			"Estados Unidos no designó a Colombia como aliado principal no miembro de la OTAN.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
