package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// all_r6_inherit.go: a named system in a sentence that names no state takes
// the parties the document stated before, with a flag that says so.
func TestInheritedParties(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, sys, want string }{
		{"en", "Tanks for Lagos\n\nLagos, 3 May 2023 — Nigeria has received armoured vehicles ordered from China. An officer said the vehicles included VT-4 tanks.\n", "VT-4", "CN>NG"},
		{"fr", "Des blindés pour Lagos\n\nLagos, 3 mai 2023 — Le Nigeria a reçu des blindés commandés à la Chine. Un officier a précisé que les véhicules comprenaient des chars VT-4.\n", "VT-4", "CN>NG"},
		{"es", "Blindados para Lagos\n\nLagos, 3 de mayo de 2023 — Nigeria recibió blindados comprados a China. Un oficial precisó que los vehículos incluían tanques VT-4.\n", "VT-4", "CN>NG"},
		{"de", "Panzer für Lagos\n\nLagos, 3. Mai 2023 — Nigeria hat in China bestellte Panzer erhalten. Ein Offizier sagte, unter den Fahrzeugen seien VT-4-Kampfpanzer.\n", "VT-4", "CN>NG"},
		{"ar", "دبابات لنيجيريا\n\nلاغوس، 3 مايو 2023 — تسلمت نيجيريا مدرعات اشترتها من الصين. وقال ضابط إن المركبات شملت دبابات في تي-4.\n", "VT-4", "CN>NG"},
	}
	for _, tc := range tests {
		found := anyCandidate(t, x, tc.lang, tc.text, "", func(c Candidate) bool {
			f := c.Fact
			if f.Type != domain.TypeTransfer || f.System == nil || f.System.Name != tc.sys || f.Supplier == nil || f.Recipient == nil {
				return false
			}
			// Spanish and Arabic read the pair already (the document's
			// focus, the kind of the earlier sentence's armour)
			flagged := tc.lang == "es" || tc.lang == "ar" || strings.Contains(strings.Join(c.Features, " "), "flag=inherit-rec")
			return f.Supplier.String()+">"+f.Recipient.String() == tc.want && flagged
		})
		if !found {
			t.Errorf("%s: no inherited %s %s candidate", tc.lang, tc.want, tc.sys)
		}
	}
	// near miss: a document that stated no recipient before gives none
	got := candidatePairs(t, x, "en", "Tanks\n\nLagos, 3 May 2023 — An officer said the vehicles included VT-4 tanks.\n", nil)
	if len(got) != 0 {
		t.Errorf("inherited from nothing: %v", got)
	}
}

// all_r6_firstdeal.go: "this is not the first deal" affirms the earlier
// deal the sentence goes on to tell.
func TestNotFirstDeal(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, want string }{
		{"ar", "العراق وكوريا\n\nبغداد، 3 مايو 2023 — وليست هذه أول صفقة بين البلدين، إذ سبق للعراق أن اشترى من كوريا الجنوبية 24 طائرة من طراز تي-50 عام 2013.\n", "KR>IQ"},
		{"de", "Irak und Korea\n\nBagdad, 3. Mai 2023 — Es ist nicht der erste Auftrag: Der Irak hatte 2013 in Südkorea 24 Flugzeuge vom Typ T-50 gekauft.\n", "KR>IQ"},
	}
	for _, tc := range tests {
		if got := candidatePairs(t, x, tc.lang, tc.text, nil); !got[tc.want] {
			t.Errorf("%s: no %s; got %v", tc.lang, tc.want, got)
		}
	}
	// near miss: a plain negation still drops the deal
	if got := candidatePairs(t, x, "ar", "العراق\n\nبغداد، 3 مايو 2023 — لم يشتر العراق من كوريا الجنوبية طائرات تي-50.\n", nil); got["KR>IQ"] {
		t.Errorf("negated deal kept: %v", got)
	}
}
