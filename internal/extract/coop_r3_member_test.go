package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestCoopR3Member: an accession blocked before the state's name is no
// membership, one achieved after a blockade is (coop_r3_member.go).
// Sentences written for this test.
func TestCoopR3Member(t *testing.T) {
	tests := []factCase{
		{"ar blocked, verb first", "ar", "2023-05-03",
			"عرقلت المجر انضمام السويد إلى حلف الناتو عام 2023.", nil},
		{"ar blocked in a reported clause", "ar", "2023-05-03",
			"قالت الحكومة إن المجر عرقلت انضمام السويد إلى حلف الناتو عام 2023.", nil},
		{"ar joined after a blockade", "ar", "2024-05-03",
			"انضمت السويد إلى حلف الناتو عام 2024 بعد أن عرقلت المجر طلبها.",
			[]string{"SE nato"}},
		{"de blocked", "de", "2023-05-03",
			"Die Türkei blockierte 2023 den Beitritt Schwedens zur NATO.", nil},
		{"ar joined", "ar", "2023-05-03",
			"أصبحت فنلندا عضوا في حلف الناتو عام 2023.",
			[]string{"FI nato"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
