package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestNamedNotMember: a speaker, a state conjoined with the organisation
// and the subject of a verb-first "hosts" are no members; members told so
// stay (all_r8_coop_member_named.go). Sentences written for this test.
func TestNamedNotMember(t *testing.T) {
	tests := []factCase{
		{"en speaker", "en", "2024-05-03", "Russia said NATO's expansion and Finland's accession threaten its security.", nil},
		{"ar speaker", "ar", "2024-05-03", "وقالت روسيا إن توسع الناتو شرقا وانضمام فنلندا يهدد أمنها.", nil},
		{"ar conjoined", "ar", "2024-05-03", "أكد وزير الدفاع أن المغرب شريك استراتيجي للولايات المتحدة وحلف الناتو.", nil},
		{"ar verb-first host", "ar", "2024-05-03", "وتستضيف بولندا قوات من الدول الأعضاء في حلف الناتو.", nil},
		{"en member stays", "en", "2024-05-03", "Turkey, a NATO member, hosts the alliance's radar at Kurecik.", []string{"TR nato"}}, // r10-precis: a member named in a deal's sentence is none (all_r10_precis_member.go)
		{"ar joined stays", "ar", "2024-05-03", "انضمت السويد رسميا إلى حلف الناتو في مارس 2024 لتصبح العضو الـ32.", []string{"SE nato"}},
		{"en speaker about itself", "en", "2024-05-03", "Finland said it joined NATO in April 2023.", []string{"FI nato"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}

// TestWeakEventOrPartner: with a weak word of membership only, taking part
// in an organisation's event or being its partner is no membership; a
// status that is a partnership stays (all_r8_coop_member_named.go).
// Sentences written for this test.
func TestWeakEventOrPartner(t *testing.T) {
	tests := []factCase{
		{"fr meeting", "fr", "2024-05-03", "Le Maroc a participé à la réunion des ministres de la Défense de l'OTAN.", nil},
		{"ar mission", "ar", "2024-05-03", "تشارك قطر في مهمة الناتو في العراق.", nil},
		{"ar partner of the EU", "ar", "2024-05-03", "وتعد مصر شريكا رئيسيا للاتحاد الأوروبي في مجال الهجرة.", nil},
		{"ar coalition participation stays", "ar", "2024-05-03", "وتشارك مصر في التحالف الدولي ضد داعش منذ 2014.", []string{"EG global-coalition-daesh"}},
		{"en partnership status stays", "en", "2024-05-03", "Ukraine became a NATO partner in 1994 through the Partnership for Peace.", []string{"UA partnership-for-peace"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) {
		if f.Type != domain.TypeMembership {
			return "", false
		}
		return f.Member.String() + " " + f.Organization.ID, true
	})
}
