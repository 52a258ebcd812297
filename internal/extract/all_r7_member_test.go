package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR7Member: hyphenated state modifiers, partner-country phrases,
// memberless organisations and Arabic lists joined by a prefixed "و"
// (all_r7_member_rules.go). Sentences written for this test.
func TestR7Member(t *testing.T) {
	tests := []factCase{
		{"de state in a compound", "de", "2024-05-03",
			"Seit der Irak-Krise hat die Nato ihre Präsenz verstärkt.", nil},
		{"en partner country", "en", "2024-05-03",
			"Georgia is a NATO partner country.", nil},
		{"en memberless institute", "en", "2024-05-03",
			"Chile joined the SIPRI database in 2020.", nil},
		{"ar list joining", "ar", "2023-05-03",
			"اكتمل انضمام النرويج والدنمارك إلى حلف الناتو عام 2023.",
			[]string{"NO nato", "DK nato"}},
		{"ar dual member noun", "ar", "2023-05-03",
			"الأردن والكويت عضوان في التحالف الدولي ضد داعش.",
			[]string{"JO global-coalition-daesh", "KW global-coalition-daesh"}},
		{"ar list at a summit", "ar", "2023-05-03",
			"شاركت الأردن والكويت وعمان في قمة حلف الناتو.", nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}

// TestR7MemberComprises: an organisation followed by a word of
// composition and its states (all_r7_member_comprises.go). Sentences
// written for this test.
func TestR7MemberComprises(t *testing.T) {
	tests := []factCase{
		{"en brings together", "en", "2024-05-03",
			"The GCC, which brings together Oman, Kuwait and Qatar, met on Monday.",
			[]string{"OM gcc", "KW gcc", "QA gcc"}},
		{"fr place between", "fr", "2024-05-03",
			"Le Conseil de coopération du Golfe, réuni à Riyad, a créé une force comprenant le Koweït, Oman et le Qatar.",
			[]string{"KW gcc", "OM gcc", "QA gcc"}},
		{"ar verb first", "ar", "2024-05-03",
			"يضم مجلس التعاون الخليجي الكويت وعمان وقطر.",
			[]string{"KW gcc", "OM gcc", "QA gcc"}},
		{"en summit", "en", "2024-05-03",
			"The NATO summit bringing together Norway and Denmark opened on Monday.", nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership || f.Rule != "membership.comprises" {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
