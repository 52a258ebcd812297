package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR13LeftoversPurchase: a nominal purchase names its buyer by a
// possessive, a demonym on the noun or German "durch"; a leader's
// ambiguous surname takes up the leader the document named in full.
// Sentences written for this test.
func TestR13LeftoversPurchase(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		lang, text, want string
	}{
		{"en", "The Turkish purchase of Russian S-400 systems angered NATO in 2019.", "RU>TR"},
		{"en", "Turkey's purchase of the S-400 from Russia angered NATO allies in 2019.", "RU>TR"},
		{"fr", "L'achat turc de S-400 russes a irrité l'OTAN en 2019.", "RU>TR"},
		{"es", "La compra turca de los S-400 rusos enfadó a la OTAN en 2019.", "RU>TR"},
		{"de", "Der türkische Kauf der russischen S-400 verärgerte die NATO 2019.", "RU>TR"},
		{"de", "Der Kauf der russischen S-400 durch die Türkei verärgerte die NATO 2019.", "RU>TR"},
		{"de", "Warschaus Kauf von K2-Panzern aus Südkorea wurde 2022 unterzeichnet.", "KR>PL"},
		{"ar", "أثار شراء تركيا منظومة إس-400 الروسية غضب الناتو عام 2019.", "RU>TR"},
	} {
		doc := &domain.Document{Source: "t", Language: tc.lang, Text: "T\n\n" + tc.text, Published: "2024-01-01"}
		cands, err := x.Candidates(doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, c := range cands {
			f := c.Fact
			if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil {
				continue
			}
			p := f.Supplier.Code + ">" + f.Recipient.Code
			got = append(got, p)
			if p == tc.want && hasRecipientCue(c.Features) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: %v, want %s with a recipient cue", tc.lang, tc.text, got, tc.want)
		}
	}
}

func hasRecipientCue(fs []string) bool {
	for _, f := range fs {
		if f == "transfer|rec-cue=recipient" {
			return true
		}
	}
	return false
}

func TestR13LeftoversShortLeaders(t *testing.T) {
	checkFacts(t, []factCase{
		{"en: Xi after President Xi Jinping", "en", "2024-05-12",
			"Title\n\nPresident Xi Jinping met Vladimir Putin in Moscow on Monday.\n\nXi and Putin signed a military cooperation agreement.",
			[]string{"agreement CN+RU y=2024"}},
		{"en: Xi alone names nobody", "en", "2024-05-12",
			"Title\n\nXi and Putin signed a military cooperation agreement.",
			nil},
		{"es: Petro after Gustavo Petro", "es", "2024-05-12",
			"Título\n\nEl presidente Gustavo Petro viajó a París.\n\nPetro y Macron firmaron un acuerdo de cooperación en defensa.",
			[]string{"agreement CO+FR y=2024"}},
		{"es: Petro after Petro Poroshenko is Ukraine's", "es", "2024-05-12",
			"Título\n\nPetro Poroshenko viajó a París.\n\nPetro y Macron firmaron un acuerdo de cooperación en defensa.",
			[]string{"agreement UA+FR y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
}

// TestR13LeftoversWitnessExclu: who attends a signing is no party of it,
// nor the giver or getter of aid signed before it; French "exclu de" + an infinitive of giving rules the
// act out (a negation), "pas exclu de" leaves it possible (no fact), and
// "exclu du programme" is still a removal. Sentences written for this test.
func TestR13LeftoversWitnessExclu(t *testing.T) {
	checkFacts(t, []factCase{
		{"en: attended by", "en", "2024-05-12",
			"Title\n\nMorocco and Israel signed a defence cooperation agreement at a ceremony attended by President Macron.",
			[]string{"agreement MA+IL y=2024"}},
		{"fr: en présence d'", "fr", "2024-05-12",
			"Titre\n\nLe Maroc et Israël ont signé un accord de coopération militaire en présence d'Emmanuel Macron.",
			[]string{"agreement MA+IL y=2024"}},
		{"es: en presencia del", "es", "2024-05-12",
			"Título\n\nMarruecos e Israel firmaron un acuerdo de cooperación militar en presencia del presidente Macron.",
			[]string{"agreement MA+IL y=2024"}},
		{"de: in Gegenwart von", "de", "2024-05-12",
			"Titel\n\nMarokko und Israel unterzeichneten in Gegenwart von Präsident Macron ein Militärabkommen.",
			[]string{"agreement MA+IL y=2024"}},
		{"ar: وبحضور", "ar", "2024-05-12",
			"عنوان\n\nوقع المغرب وإسرائيل اتفاقية للتعاون العسكري وبحضور الرئيس الفرنسي ماكرون.",
			[]string{"agreement MA+IL y=2024"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAgreement })
	checkFacts(t, []factCase{
		{"en: a witness gives no aid", "en", "2024-05-12",
			"Title\n\nPresident Joe Biden signed the $61 billion military aid package for Ukraine in the presence of President Andrzej Duda.",
			nil},
	}, func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeAssistance && f.Provider != nil && f.Provider.Code == "PL"
	})
	checkFacts(t, []factCase{
		{"ar: the giver's envoy at the handover stays the giver", "ar", "2024-05-12",
			"عنوان\n\nتسلم الجيش اللبناني مساعدات عسكرية بقيمة 50 مليون دولار بحضور السفيرة الأمريكية في بيروت.",
			[]string{"assistance US>LB  USD=50000000"}},
	}, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeAssistance })
	x := testExtractor(t)
	for _, tc := range []struct {
		text string
		want bool // a transfer candidate
	}{
		{"Paris a exclu de livrer des Mirage 2000 à l'Ukraine.", false},
		{"Il n'est pas exclu de livrer des Mirage 2000 à l'Ukraine, a dit le ministre.", false},
		{"La Turquie a été exclue du programme F-35 après l'achat de S-400 russes en 2019.", true},
	} {
		doc := &domain.Document{Source: "t", Language: "fr", Text: "Titre\n\n" + tc.text, Published: "2024-05-12"}
		cands, err := x.Candidates(doc)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, c := range cands {
			got = got || c.Fact.Type == domain.TypeTransfer
		}
		if got != tc.want {
			t.Errorf("%q: transfer candidate %v, want %v", tc.text, got, tc.want)
		}
	}
}
