package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestNegationIdioms: a negation word inside an idiom that negates nothing
// (a bound, a list, a manner, "ever" after a superlative) keeps the fact;
// a plain negation still drops it (all_negation_idioms.go). Sentences
// written for this test.
func TestNegationIdioms(t *testing.T) {
	tests := []factCase{
		{"en: a lower bound", "en", "2024-05-02",
			"Morocco received not less than 24 F-16 jets from the United States.",
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"en: not only, with the negation's own phrase", "en", "2024-05-02",
			"Morocco has not only ordered 24 F-16 jets from the United States, it has also bought tanks.",
			[]string{"transfer US>MA f-16 q=24 ordered y=2024", "transfer US>MA cat:armoured-vehicles ordered y=2024"}},
		{"en: without delay", "en", "2024-05-02",
			"Egypt received 24 Rafale jets from France without delay.",
			[]string{"transfer FR>EG rafale q=24 delivered y=2024"}},
		{"en: a plain negation", "en", "2024-05-02",
			"Morocco has not ordered F-16 jets from the United States.",
			nil},
		{"fr: pas moins de", "fr", "2024-05-02",
			"Le Maroc a reçu pas moins de 24 F-16 des États-Unis.",
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"fr: jamais without ne is ever", "fr", "2024-05-02",
			"Le Qatar a commandé 24 Rafale à la France, le plus gros contrat jamais signé par Dassault.",
			[]string{"transfer FR>QA rafale q=24 ordered y=2024"}},
		{"fr: ne … jamais negates", "fr", "2024-05-02",
			"Le Maroc n'a jamais reçu de F-16 des États-Unis.",
			nil},
		{"fr: Jamais … n'avait, ne after it", "fr", "2024-05-02",
			"Jamais depuis dix ans le gouvernement de Londres n'avait signé un accord de coopération militaire avec le Qatar.",
			nil},
		{"es: no menos de", "es", "2024-05-02",
			"El Gobierno de Marruecos recibió la semana pasada no menos de 24 cazas F-16 de Estados Unidos, según el ministerio.",
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"es: nunca after a superlative is ever", "es", "2024-05-02",
			"Colombia recibió de Israel el mayor lote nunca entregado de 12 cazas Kfir.",
			[]string{"transfer IL>CO kfir q=12 delivered y=2024"}},
		{"es: nunca before the verb negates", "es", "2024-05-02",
			"Colombia nunca recibió los cazas Kfir de Israel.",
			nil},
		{"de: nicht weniger als", "de", "2024-05-02",
			"Marokko erhielt nicht weniger als 24 F-16 aus den USA.",
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"de: nicht zuletzt", "de", "2024-05-02",
			"Marokko erhielt aus den USA 24 F-16, nicht zuletzt wegen der Spannungen mit Algerien.",
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"ar: no less than", "ar", "2024-05-02",
			"تسلم المغرب من الولايات المتحدة ما لا يقل عن 24 طائرة إف-16.",
			[]string{"transfer US>MA f-16 q=24 delivered y=2024"}},
		{"ar: unparalleled", "ar", "2024-05-02",
			"وقعت مصر مع فرنسا عقدا لشراء 24 طائرة رافال، في صفقة لا مثيل لها.",
			[]string{"transfer FR>EG rafale q=24 ordered y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
