package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR8MemberWish: a state's wish, demand or aspiration to join is no
// membership (member-not-yet entries, r8-coop); a state told a member
// stays one. Sentences written for this test.
func TestR8MemberWish(t *testing.T) {
	tests := []factCase{
		{"en aspires to join", "en", "2024-05-03", "Ukraine, which aspires to join NATO, received tanks from Germany.", nil},
		{"en wants membership", "en", "2024-05-03", "Kyiv wants NATO membership before the end of the war.", nil},
		{"en pressed for accession", "en", "2024-05-03", "Zelensky pressed for Ukraine's accession to NATO.", nil},
		{"fr réclame", "fr", "2024-05-03", "Kiev réclame son adhésion à l'OTAN depuis des années.", nil},
		{"fr aspire", "fr", "2024-05-03", "L'Ukraine, qui aspire à rejoindre l'OTAN, a reçu des chars.", nil},
		{"es reclama", "es", "2024-05-03", "Kiev reclama su adhesión a la OTAN desde hace años.", nil},
		{"de fordert", "de", "2024-05-03", "Kiew fordert den Beitritt zur Nato.", nil},
		{"ar demands", "ar", "2024-05-03", "طالبت كييف بالانضمام إلى حلف شمال الأطلسي.", nil},
		{"en member stays", "en", "2024-05-03", "Finland, which joined NATO in 2023, wants more air defence.", []string{"FI nato"}},
		{"es member", "es", "2024-05-03", "Finlandia se convirtió en miembro de la OTAN en 2023.", []string{"FI nato"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
