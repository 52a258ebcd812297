package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllEventsDescriptions: a description of a named system with a stage
// and a year of its own tells another event of it, not the first one
// again (all_events_descriptions.go). Sentences written for this test.
func TestAllEventsDescriptions(t *testing.T) {
	tests := []factCase{
		{"de: the order of the howitzers, dated apart", "de", "2022-04-13",
			"Lettland hat die letzte von zwölf Panzerhaubitzen 2000 aus Deutschland erhalten. Riga und Berlin hatten im Mai 2016 vereinbart, dass Lettland zwölf der Haubitzen bekommt.",
			[]string{"transfer DE>LV pzh-2000 q=12 delivered y=2022", "transfer DE>LV pzh-2000 q=12 ordered y=2016"}},
		{"en: the jets were ordered in another year", "en", "2024-02-02",
			"Croatia received six Rafale jets from France on Friday. The jets were ordered in 2021.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024", "transfer FR>HR rafale ordered y=2021"}},
		{"fr: ces appareils commandés une autre année", "fr", "2024-02-02",
			"La Croatie a reçu six Rafale de la France vendredi. Ces appareils avaient été commandés en 2021.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024", "transfer FR>HR rafale ordered y=2021"}},
		{"es: los aviones se compraron otro año", "es", "2024-02-02",
			"Croacia recibió seis Rafale de Francia el viernes. Los aviones se compraron en 2021.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024", "transfer FR>HR rafale ordered y=2021"}},
		{"ar: هذه الطائرات bought in another year", "ar", "2024-02-02",
			"تسلمت كرواتيا ست مقاتلات رافال من فرنسا يوم الجمعة. وقد تم شراء هذه الطائرات عام 2021.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024", "transfer FR>HR rafale q=6 ordered y=2021"}},
		{"ar: bought the same year: one event", "ar", "2024-02-02",
			"تسلمت كرواتيا ست مقاتلات رافال من فرنسا يوم الجمعة. وقد تم شراء هذه الطائرات عام 2024.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024"}},
		{"en: no year of its own: the event told again", "en", "2024-02-02",
			"Croatia received six Rafale jets from France on Friday. The jets were ordered under a government deal.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024"}},
		{"en: the same stage in another year stays one fact", "en", "2024-02-02",
			"Croatia received six Rafale jets from France on Friday. The six jets were delivered in 2024.",
			[]string{"transfer FR>HR rafale q=6 delivered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
