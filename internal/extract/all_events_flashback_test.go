package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllEventsFlashback: in a text without a publication date, an undated
// event and a dated one recalled after it are two events when the recall
// says it is earlier (all_events_flashback.go).
// Sentences written for this test.
func TestAllEventsFlashback(t *testing.T) {
	tests := []factCase{
		{"fr: avait aussi reçu, dated, after the undated delivery", "fr", "",
			"Une vingtaine de drones Bayraktar TB2 venus de Turquie ont été livrés au Niger. En mars 2022, le Niger avait aussi reçu des drones Bayraktar TB2 de la Turquie.",
			[]string{"transfer TR>NE bayraktar-tb2 q=20 delivered", "transfer TR>NE bayraktar-tb2 delivered y=2022"}},
		{"es: ya había recibido, dated", "es", "",
			"Bolivia recibió seis aviones K-8 de China. En 2011 Bolivia ya había recibido seis aviones K-8 de China.",
			[]string{"transfer CN>BO k-8 q=6 delivered", "transfer CN>BO k-8 q=6 delivered y=2011"}},
		{"en: had also received, dated", "en", "",
			"Ghana has received six K-8 trainers from China. In 2015 Ghana had also received six K-8 jets from China.",
			[]string{"transfer CN>GH k-8 q=6 delivered", "transfer CN>GH k-8 q=6 delivered y=2015"}},
		{"de: bereits erhalten, dated", "de", "",
			"Polen hat zehn K2-Panzer aus Südkorea erhalten. Im Dezember 2022 hatte Polen bereits zehn K2-Panzer aus Südkorea erhalten.",
			[]string{"transfer KR>PL k2-black-panther q=10 delivered", "transfer KR>PL k2-black-panther q=10 delivered y=2022"}},
		{"ar: كانت قد تسلمت, dated", "ar", "",
			"تسلمت الجزائر ست مقاتلات سوخوي 30 من روسيا. وكانت الجزائر قد تسلمت ست مقاتلات سوخوي 30 من روسيا عام 2019.",
			[]string{"transfer RU>DZ su-30 q=6 delivered", "transfer RU>DZ su-30 q=6 delivered y=2019"}},
		{"en: the body dates the lead's event: one fact", "en", "",
			"Ghana has received six K-8 trainers from China. China delivered the six K-8 jets to Ghana in 2015.",
			[]string{"transfer CN>GH k-8 q=6 delivered y=2015"}},
		{"en: dated first, the undated one after it takes it up", "en", "",
			"In 2015 Ghana received six K-8 jets from China. Ghana also received six K-8 trainers from China.",
			[]string{"transfer CN>GH k-8 q=6 delivered y=2015"}},
		{"en: another six, no recall word: one fact", "en", "",
			"Ghana has received another six K-8 trainers from China. In 2015 Ghana received six K-8 jets from China.",
			[]string{"transfer CN>GH k-8 q=6 delivered y=2015"}},
		{"en: more than bounds a count, adds no units", "en", "",
			"Ghana has received more than six K-8 trainers from China. China delivered six K-8 jets to Ghana in 2015.",
			[]string{"transfer CN>GH k-8 q=6 delivered y=2015"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
