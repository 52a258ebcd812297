package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestR16TwinSplit: a count of its own that finish merged into the first
// statement of one deal comes back as a candidate of its own with the
// flags of its shape (all_r16_twin_split.go). Sentences written for this
// test; want lists, for each twin, its count and flags it must carry.
func TestR16TwinSplit(t *testing.T) {
	type twin struct {
		qty   int
		flags []string
	}
	tests := []struct {
		name, lang, text string
		want             []twin
	}{
		{"en: an earlier order's count apart", "en",
			"Egypt signed a contract for 30 additional Rafale jets from France on Tuesday. Egypt first bought the Rafale from France a decade ago. That year, Cairo became the Rafale's first export customer, ordering 24 of the jets.",
			[]twin{{24, []string{"r16twin", "r16twin-smaller", "r16twin-after", "r16twin-dist=2-3", "r16twin-first"}}}},
		{"fr: a first batch and the order's count apart", "fr",
			"La Tunisie a réceptionné samedi six hélicoptères Kiowa des États-Unis. Ce sont les premiers d'une série de 24 Kiowa.",
			[]twin{{24, []string{"r16twin", "r16twin-larger", "r16twin-first"}}}},
		{"es: a first batch and the order's count apart", "es",
			"Túnez recibió el sábado seis helicópteros Kiowa de Estados Unidos. Son los primeros de una serie de 24 Kiowa.",
			[]twin{{24, []string{"r16twin", "r16twin-larger", "r16twin-first"}}}},
		{"de: a first batch and the order's count apart", "de",
			"Tunesien hat am Samstag sechs Kiowa-Hubschrauber aus den USA erhalten. Es sind die ersten einer Serie von 24 Kiowa.",
			[]twin{{24, []string{"r16twin", "r16twin-larger", "r16twin-first"}}}},
		{"ar: a first batch and the order's count apart", "ar",
			"تسلمت تونس يوم السبت ست مروحيات كيوا من الولايات المتحدة. وهي الدفعة الأولى من 24 مروحية كيوا.",
			[]twin{{24, []string{"r16twin", "r16twin-larger"}}}},
		{"en: a restatement of the same count makes no twin", "en",
			"The United States delivered eight Cobra helicopters to Pakistan on Oct. 22. The eight Cobra helicopters will fly from Peshawar.",
			nil},
	}
	x := New(lexicon.Default())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-01"})
			if err != nil {
				t.Fatal(err)
			}
			var got []Candidate
			for _, c := range cs {
				if slices.Contains(c.Features, "transfer|flag=r16twin") {
					got = append(got, c)
				}
			}
			if len(got) != len(tc.want) {
				var all []string
				for _, c := range cs {
					all = append(all, brief(c.Fact)+" "+strings.Join(c.Features, ","))
				}
				t.Fatalf("got %d twins, want %d:\n%s", len(got), len(tc.want), strings.Join(all, "\n"))
			}
			kept := false // the merged fact knows its count is one of two
			for _, c := range cs {
				kept = kept || slices.Contains(c.Features, "transfer|flag=r16twin-kept") && !slices.Contains(c.Features, "transfer|flag=r16twin")
			}
			if kept != (len(tc.want) > 0) {
				t.Errorf("kept flag %v, want %v", kept, len(tc.want) > 0)
			}
			for i, w := range tc.want {
				if got[i].Fact.Quantity != w.qty {
					t.Errorf("twin %d: quantity %d, want %d", i, got[i].Fact.Quantity, w.qty)
				}
				for _, fl := range w.flags {
					if !slices.Contains(got[i].Features, "transfer|flag="+fl) {
						t.Errorf("twin %d lacks %s: %v", i, fl, got[i].Features)
					}
				}
			}
		})
	}
}

// TestR16SiblingCues: two counts of one key kept apart in two sentences
// carry the words of their own sentence that tell a second batch
// (all_r16_twin_split.go: r16SiblingCues). Sentences written for this
// test; want maps a count to the flags its candidate must carry (nil: no
// r16sib flag at all).
func TestR16SiblingCues(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             map[int][]string
	}{
		{"en: the first batch of an order", "en",
			"Lithuania ordered 21 PzH 2000 howitzers from Germany in 2019. The first four were delivered in March 2023.",
			map[int][]string{21: {"r16sib"}, 4: {"r16sib", "r16sib-first"}}},
		{"de: the first batch of an order", "de",
			"Litauen hat 2019 in Deutschland 21 Panzerhaubitzen 2000 bestellt. Die ersten vier wurden im März 2023 geliefert.",
			map[int][]string{21: {"r16sib"}, 4: {"r16sib", "r16sib-first"}}},
		{"fr: the first batch of an order", "fr",
			"La Lituanie a commandé 21 PzH 2000 à l'Allemagne en 2019. Les quatre premiers ont été livrés en mars 2023.",
			map[int][]string{21: {"r16sib"}, 4: {"r16sib", "r16sib-first"}}},
		{"es: an earlier batch with otros and ya", "es",
			"Estados Unidos entregó cuatro helicópteros Cobra a Pakistán el 22 de octubre. En febrero, Washington ya había entregado a Pakistán otros ocho helicópteros Cobra.",
			map[int][]string{4: {"r16sib"}, 8: {"r16sib", "r16sib-earlier", "r16sib-more"}}},
		{"ar: an earlier batch with أخرى and كانت قد", "ar",
			"سلمت الولايات المتحدة باكستان أربع مروحيات كوبرا. وكانت الولايات المتحدة قد سلمت باكستان ثماني مروحيات كوبرا أخرى في فبراير.",
			map[int][]string{4: {"r16sib"}, 8: {"r16sib", "r16sib-earlier"}}},
		{"en: one count told once", "en",
			"Lithuania ordered 21 PzH 2000 howitzers from Germany in 2019. The howitzers will replace older guns.",
			map[int][]string{21: nil}},
	}
	x := New(lexicon.Default())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: "2024-05-01"})
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, c := range cs {
				all = append(all, brief(c.Fact)+" "+strings.Join(c.Features, ","))
			}
			for q, flags := range tc.want {
				var c *Candidate
				for i := range cs {
					if cs[i].Fact.Type == domain.TypeTransfer && cs[i].Fact.Quantity == q && !slices.Contains(cs[i].Features, "transfer|flag=r16twin") {
						c = &cs[i]
					}
				}
				if c == nil {
					t.Fatalf("no candidate of count %d:\n%s", q, strings.Join(all, "\n"))
				}
				if flags == nil && slices.Contains(c.Features, "transfer|flag=r16sib") {
					t.Errorf("count %d has r16sib: %v", q, c.Features)
				}
				for _, fl := range flags {
					if !slices.Contains(c.Features, "transfer|flag="+fl) {
						t.Errorf("count %d lacks %s: %v", q, fl, c.Features)
					}
				}
			}
		})
	}
}
