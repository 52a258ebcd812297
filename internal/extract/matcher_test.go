package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestMatcherLongerNameInside: an alias that puts a category word before
// a name ("دبابة ليوبارد", "مقاتلات سوخوي", "drones Shahed") must not hide
// a longer system's name that starts after the category word and reaches
// beyond it ("ليوبارد 1", "سوخوي 35", "Shahed-131"); where nothing longer
// follows, the alias still names its system.
func TestMatcherLongerNameInside(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		lang, text string
		want       string // the systems found, space-separated
	}{
		{"ar", "سلمت ألمانيا 30 دبابة ليوبارد 1 إلى أوكرانيا", "leopard-1"},
		{"ar", "سلمت ألمانيا 30 دبابة ليوبارد إلى أوكرانيا", "leopard-2"},
		{"ar", "تسلمت الجزائر 14 مقاتلات سوخوي 35 من روسيا", "su-35"},
		{"ar", "تسلمت الجزائر مقاتلات سوخوي من روسيا", "sukhoi"},
		{"fr", "La Russie a reçu des drones Shahed-131 de l'Iran", "shahed-131"},
		{"fr", "La Russie a reçu des drones Shahed de l'Iran", "shahed-136"},
		// a name's own words are no category word
		{"en", "thirty-five (35) M404 ER GMLRS unitary pods", "er-gmlrs-m404"},
		// Arabic-Indic digits are the same digits
		{"ar", "تسلمت مصر مقاتلات إف-١٦ من الولايات المتحدة", "f-16"},
		{"ar", "تسلمت مصر مقاتلات سو-۳۵", "su-35"},
		// a tatweel or a dash as a hyphen, a prefix glued to a Latin
		// designation or to a short transliteration
		{"ar", "تسلمت إسرائيل مقاتلات إف ـ 15 من الولايات المتحدة", "f-15"},
		{"ar", "تسلمت إسرائيل مقاتلات إف – 15 من الولايات المتحدة", "f-15"},
		{"ar", "زودت الولايات المتحدة مصر بـF-16", "f-16"},
		{"ar", "تسلمت نيجيريا طائرات JF-17 وCH-4", "jf-17 ch-4"},
		{"ar", "زودت روسيا الجزائر بإف-16 ولسو-35", "f-16 su-35"},
		// "و" attached to a short transliteration
		{"ar", "تسلمت مصر طائرات رافال وإف-16", "rafale f-16"},
		{"ar", "تسلمت الجزائر مقاتلات ميغ-29 وسو-30", "mig-29 su-30"},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text, 0)
		var got []string
		for _, m := range x.m.find(toks, tc.lang) {
			if m.kind == mSystem {
				got = append(got, m.id)
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s %q: systems %q, want %q", tc.lang, tc.text, g, tc.want)
		}
	}
}

// TestContextStates: "مالي" is Mali where the words before it say so, and
// "financial" elsewhere.
func TestContextStates(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"تسلمت مالي مروحيات من روسيا", []string{"ML", "RU"}},
		{"وصلت المروحيات إلى مالي من روسيا", []string{"ML", "RU"}},
		{"قدمت فرنسا دعم مالي للجيش", []string{"FR"}},
		{"أعلن جيش مالي تسلم طائرات من تركيا", []string{"ML", "TR"}},
		{"قدمت روسيا أسلحة لمالي", []string{"RU", "ML"}},
		{"ناقش الوزير الوضع المالي للدولة مع فرنسا", []string{"FR"}},
		{"قدمت فرنسا دعما عسكريا ومالي للجيش", []string{"FR"}},
		{"لمالي سلمت روسيا مروحيات", []string{"ML", "RU"}},
	}
	for _, tc := range cases {
		checkStatesNamed(t, "ar", tc.text, tc.want, func(toks []token, ms []mention, _ *langWords) []mention { return ms })
	}
}

// TestMakerNameIsProper: a maker's name written with a capital is matched
// only where the text writes it so; in lower case its words are words.
func TestMakerNameIsProper(t *testing.T) {
	x := New(lexicon.Default())
	for _, tc := range []struct {
		text  string
		maker bool
	}{
		{"Hélicoptères de Russie a livré deux Mi-171 au Mali.", true},
		{"Le Mali a reçu deux hélicoptères de Russie en 2023.", false},
	} {
		toks := tokenize(tc.text, 0)
		found := false
		for _, m := range x.m.find(toks, "fr") {
			if m.kind == mNamed && m.id == "russian-helicopters" {
				found = true
			}
		}
		if found != tc.maker {
			t.Errorf("%q: maker matched %v, want %v", tc.text, found, tc.maker)
		}
	}
}
