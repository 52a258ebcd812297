package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnFrEsRound2Classes: classes of errors read on seen en/fr/es news in
// the second round (each text written for this test).
func TestEnFrEsRound2Classes(t *testing.T) {
	tests := []factCase{
		{"es: coast-guard boats are ships", "es", "",
			"Uruguay recibió tres guardacostas donados por Estados Unidos.",
			[]string{"transfer US>UY cat:ships q=3 delivered"}},
		{"es: lanchas guardacostas are ships", "es", "",
			"Ecuador recibió dos lanchas guardacostas donadas por Estados Unidos en 2025.",
			[]string{"transfer US>EC cat:ships q=2 delivered y=2025"}},
		{"es: a coast-guard boat with no count, stage or deal is none", "es", "",
			"El guardacostas de Estados Unidos patrulló cerca de Ecuador.",
			nil},
		{"fr: a feminine received participle makes the relative's subject the recipient", "fr", "",
			"La base accueille les trois corvettes Sigma que le Maroc a reçues l'an dernier des chantiers néerlandais Damen.",
			[]string{"transfer NL>MA x:sigma q=3 delivered"}},
		{"fr: reçue, singular feminine", "fr", "",
			"La frégate FREMM que l'Égypte a reçue de la France en 2015 est arrivée à Alexandrie.",
			[]string{"transfer FR>EG fremm delivered y=2015"}},
		{"es: clase Island is the class, not Iceland (Island in German)", "es", "",
			"La Armada de Ecuador recibió dos patrulleros clase Island de Estados Unidos.",
			[]string{"transfer US>EC island-class q=2 delivered"}},
		{"es: a class of several words after clase", "es", "",
			"Uruguay compró tres guardacostas de la clase Marine Protector a Estados Unidos.",
			[]string{"transfer US>UY island-class q=3 ordered"}},
		{"fr: classe Island", "fr", "",
			"Les États-Unis ont livré deux patrouilleurs de classe Island à l'Équateur.",
			[]string{"transfer US>EC island-class q=2 delivered"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
