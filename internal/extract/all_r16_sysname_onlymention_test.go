package extract

import (
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// r16OnlyMentionCand reports whether the candidates of text hold a transfer
// of system id to rec that carries the feature flag=only-mention.
func r16OnlyMentionCand(t *testing.T, x *Extractor, lang, text, id, rec string) bool {
	t.Helper()
	cs, err := x.Candidates(&domain.Document{Source: "t", Language: lang, Text: text, Published: "2025-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		f := c.Fact
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == id && f.Recipient.String() == rec &&
			slices.Contains(c.Features, "transfer|flag=only-mention") {
			return true
		}
	}
	return false
}

// TestR16SysnameOnlyMention: a catalogued system named once, in a
// sentence that says it is still to come or that it is built, is a
// candidate flagged "only-mention" (all_r16_sysname_onlymention.go); named
// again elsewhere, the hard doubt still drops that sentence's candidate.
func TestR16SysnameOnlyMention(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		lang, text, id, rec string
		want                bool
	}{
		{"de", "Mehr Waffen für die Ukraine\n\nDie Bundesregierung hat der Ukraine weitere Militärhilfe zugesagt. Deutschland liefert der Ukraine zwei IRIS-T-SLM-Systeme. Zudem sollen zehn Panzerhaubitzen 2000 folgen.", "pzh-2000", "UA", true},
		{"en", "More arms for Ukraine\n\nGermany has pledged more military aid to Ukraine. Germany handed over two IRIS-T SLM systems to Ukraine. Ten Panzerhaubitze 2000 howitzers are expected to follow.", "pzh-2000", "UA", true},
		{"es", "Más armas para Ucrania\n\nAlemania prometió más ayuda militar a Ucrania. Alemania entregó a Ucrania dos sistemas IRIS-T SLM. Además, diez obuses Panzerhaubitze 2000 llegarán a Ucrania.", "pzh-2000", "UA", true},
		{"fr", "Le Qatar s'arme\n\nLe Qatar a commandé 24 avions de chasse au Royaume-Uni. L'Eurofighter Typhoon est construit par un consortium réunissant BAE Systems et Airbus.", "eurofighter-typhoon", "QA", true},
		{"ar", "أسلحة لأوكرانيا\n\nتعهدت ألمانيا بتقديم مساعدات عسكرية إضافية لأوكرانيا. وسلمت ألمانيا أوكرانيا نظامين للدفاع الجوي. ومن المقرر أن تصل عشر دبابات ليوبارد 2 إلى أوكرانيا.", "leopard-2", "UA", true},
		// named again: the future sentence stays dropped
		{"de", "Mehr Waffen für die Ukraine\n\nDie Bundesregierung hat der Ukraine zehn Panzerhaubitzen 2000 zugesagt. Deutschland liefert der Ukraine zwei IRIS-T-SLM-Systeme. Zudem sollen zehn Panzerhaubitzen 2000 folgen.", "pzh-2000", "UA", false},
		// built at home for its own forces: no foreign buyer
		{"en", "New frigates\n\nThe British navy will get new ships. The Type 26 frigate is built by BAE Systems in Glasgow.", "type-26", "GB", false},
	}
	for _, c := range cases {
		if got := r16OnlyMentionCand(t, x, c.lang, c.text, c.id, c.rec); got != c.want {
			t.Errorf("%s %q: only-mention candidate %s>%s = %v, want %v", c.lang, c.text, c.id, c.rec, got, c.want)
		}
	}
}
