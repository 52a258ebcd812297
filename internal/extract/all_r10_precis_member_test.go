package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestPrecisNoMember: a partner of a formal organisation, a member named
// in passing in a deal's sentence, a state whose accession another backs
// and a participation beside an organisation are no membership; an
// accession, a status and a participation in an organisation stay
// (all_r10_precis_member.go).
// Sentences written for this test.
func TestPrecisNoMember(t *testing.T) {
	tests := []factCase{
		{"ar partnership after the org", "ar", "2024-05-03", "وتسلمت بولندا، التي تعد من أكبر المنفقين على الدفاع بين دول الاتحاد الأوروبي، الدفعة الأولى من الدبابات الكورية ضمن شراكة مع حلف الناتو.", nil},
		{"ar kingdom partner", "ar", "2024-05-03", "وأكد وزير الدفاع الأردني أن المملكة شريك أساسي للاتحاد الأوروبي في مكافحة الإرهاب.", nil},
		{"en deal sentence", "en", "2024-05-03", "The aircraft has already been ordered by Portugal and Hungary, two NATO members.", nil},
		{"de deal sentence", "de", "2024-05-03", "Ungarn, Mitglied der EU, bestellte 44 Kampfpanzer Leopard 2A7.", nil},
		{"en export approved", "en", "2024-05-03", "Germany, a key EU member, approved the export of Leopard tanks to Poland.", nil},
		{"es deal sentence", "es", "2024-05-03", "El avión ya ha sido encargado por Portugal y por Hungría, dos miembros de la OTAN.", nil},
		{"en support for an accession", "en", "2023-07-11", "Turkey announced its support for Sweden's accession to NATO after months of talks.", nil},
		{"fr soutien à l'adhésion", "fr", "2023-07-11", "La Turquie a annoncé son soutien à l'adhésion de la Suède à l'OTAN.", nil},
		{"es apoyo a la adhesión", "es", "2023-07-11", "Turquía anunció su apoyo a la adhesión de Suecia a la OTAN.", nil},
		{"ar دعم الانضمام", "ar", "2023-07-11", "أعلنت تركيا دعمها لانضمام السويد إلى حلف الناتو.", nil},
		{"ar forces from NATO", "ar", "2024-05-03", "وشهدت المناورات مشاركة الأردن والسعودية والإمارات ومصر وقوات من حلف الناتو.", nil},
		{"ar participation of a force", "ar", "2024-05-03", "وطلبت البحرين مشاركة قوات درع الجزيرة في حماية المنشآت الحيوية.", nil},
		{"en forces from NATO", "en", "2024-05-03", "The drills saw the participation of Jordan, Egypt and troops from NATO.", nil},
		{"fr participation au forum stays", "fr", "2024-05-03", "Il met en avant la participation du Maroc au Forum mondial de lutte contre le terrorisme.", []string{"MA gctf"}},
		{"en accession stays", "en", "2024-05-03", "Sweden, which joined NATO in March, ordered 20 Archer howitzers.", []string{"SE nato"}},
		{"en status stays", "en", "2024-05-03", "The sale will improve the security of Kuwait, a major non-NATO ally.", []string{"KW mnna"}},
		{"fr member stays", "fr", "2024-05-03", "La Finlande est devenue le 31e membre de l'OTAN.", []string{"FI nato"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
