package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR10DateNotTown: "in May, the State Department approved": the month
// before the comma is no town, so the supplier named after it is no place
// (feature sup-cue=place; all_r10_rejected_place.go). "in Baranovichi,
// Belarus" stays a place (TestCityCountry). Sentences written for this test.
func TestR10DateNotTown(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text string
		wantPlace        bool
	}{
		{"month", "en", "Title\n\nEarlier this year, in May, the State Department approved a possible sale of eight AH-64 Apache helicopters to Kuwait.", false},
		{"month2", "en", "Title\n\nLater, in March, the State Department approved a possible sale of eight AH-64 Apache helicopters to Kuwait.", false},
		{"town", "en", "Title\n\nOfficials in Arlington, the State Department said, approved a possible sale of eight AH-64 Apache helicopters to Kuwait.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			any := false
			for _, c := range cs {
				f := c.Fact
				if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Supplier.String() != "US" || f.System == nil || f.System.ID != "ah-64-apache" {
					continue
				}
				any = true
				if got := slices.Contains(c.Features, "transfer|sup-cue=place"); got != tc.wantPlace {
					t.Errorf("%q: sup-cue=place %v, want %v (%v)", tc.text, got, tc.wantPlace, c.Features)
				}
			}
			if !any {
				t.Fatalf("%q: no US AH-64 transfer", tc.text)
			}
		})
	}
}

// TestR10Stages: stage words the lexicon missed (r10-rejected): the
// present "donates", the noun "pledge to supply", the German compound
// "Ausführungsvertrag", the Spanish noun "incorporación", and the Arabic
// "حصل ... على" with an aside between. Sentences written for this test.
func TestR10Stages(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, lang, text, rec, cat, stage string
	}{
		{"en donates", "en", "US donates coastal patrol boat to Mozambique\n\nThe boat was built in Louisiana.", "MZ", "ships", "delivered"},
		{"en pledge", "en", "Title\n\nThe ships come after a U.S. pledge to supply at least five refurbished patrol ships to Vietnam.", "VN", "ships", "approved"},
		{"de compound", "de", "Titel\n\nDen ersten Ausführungsvertrag über 180 Panzer vom Typ K2 hatten Südkorea und Polen im August 2022 geschlossen.", "PL", "armoured-vehicles", "ordered"},
		{"es noun", "es", "Título\n\nEl Gobierno celebró la incorporación de los 24 F-16 procedentes de Dinamarca para la Fuerza Aérea Argentina.", "AR", "aircraft", "delivered"},
		{"ar aside", "ar", "عنوان\n\nوبحسب السفيرة، حصل الأردن، إلى جانب التمويل العسكري الأجنبي، على معدات أمريكية من بينها طائرتان من طراز \"سي 130\".", "JO", "aircraft", "delivered"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: tc.lang, Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				f := c.Fact
				if f.Type == domain.TypeTransfer && f.System != nil && f.System.Category == tc.cat && f.Recipient != nil && f.Recipient.String() == tc.rec {
					got = append(got, f.Stage)
				}
			}
			if !slices.Contains(got, tc.stage) {
				t.Errorf("%q: stages %q, want %q", tc.text, got, tc.stage)
			}
		})
	}
}

// TestR10ArReplaced: "ستحل محل" (will replace), the future of "تحل محل":
// the system after it is the one in service (flag in-service), the one
// before it is traded. Sentence written for this test.
func TestR10ArReplaced(t *testing.T) {
	x := testExtractor(t)
	text := "عنوان\n\nوتضم الحزمة المقترحة من إسرائيل لليونان منظومة \"سبايدر\" المتنقلة التي ستحل محل صواريخ \"هوك\" القديمة."
	cs, err := x.Candidates(&domain.Document{Source: "ar", Language: "ar", Published: "2024-03-01", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	flagged := map[string]bool{}
	for _, c := range cs {
		if f := c.Fact; f.Type == domain.TypeTransfer && f.System != nil {
			flagged[f.System.Name] = slices.Contains(c.Features, "transfer|flag=in-service")
		}
	}
	if in, ok := flagged["SPYDER"]; !ok || in {
		t.Errorf("SPYDER: candidate %v, flagged in-service %v; want a candidate, not flagged (%v)", ok, in, flagged)
	}
	for name, in := range flagged {
		if name != "SPYDER" && !in {
			t.Errorf("%s after ستحل محل: not flagged in-service", name)
		}
	}
	if len(flagged) < 2 {
		t.Errorf("want the Hawk candidate too: %v", flagged)
	}
}

// TestR10GenericCross: a transfer of a category word gets the crossed
// copies "generic&<feature>" of the features in genericCrossed; a named
// system and other fact types get none (all_r10_rejected_cross.go).
func TestR10GenericCross(t *testing.T) {
	base := []string{"transfer|bias", "transfer|stage=none", "transfer|rec-cue=recipient", "transfer|quantity", "transfer|pos=late", "transfer|money-in-sentence"}
	tests := []struct {
		name string
		f    domain.Fact
		want []string
	}{
		{"generic", domain.Fact{Type: domain.TypeTransfer, System: &domain.System{Category: "ships"}},
			[]string{"transfer|generic&stage=none", "transfer|generic&rec-cue=recipient", "transfer|generic&quantity", "transfer|generic&money-in-sentence"}},
		{"named", domain.Fact{Type: domain.TypeTransfer, System: &domain.System{ID: "f-16", Category: "aircraft"}}, nil},
		{"no system", domain.Fact{Type: domain.TypeTransfer}, nil},
		{"aggregate", domain.Fact{Type: domain.TypeAggregate, System: &domain.System{Category: "ships"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := genericCross(tc.f, slices.Clone(base))
			if !slices.Equal(got[:len(base)], base) {
				t.Fatalf("features changed: %v", got)
			}
			if extra := got[len(base):]; !slices.Equal(extra, tc.want) {
				t.Errorf("crossed %v, want %v", extra, tc.want)
			}
		})
	}
}

// TestR10ArForceSingular: "للقوة الجوية الكويتية", the singular force word
// with "ل": the demonym after it receives (rec-cue=recipient), as after
// "للقوات الجوية". Sentence written for this test.
func TestR10ArForceSingular(t *testing.T) {
	x := testExtractor(t)
	text := "عنوان\n\nوتأتي الطائرتان ضمن طلبية قوامها 28 طائرة يوروفايتر تايفون بدأت شركة ليوناردو الإيطالية تسليمها للقوة الجوية الكويتية في إطار مشروع متكامل."
	cs, err := x.Candidates(&domain.Document{Source: "ar", Language: "ar", Published: "2024-03-01", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	any := false
	for _, c := range cs {
		if f := c.Fact; f.Type == domain.TypeTransfer && f.Recipient != nil && f.Recipient.String() == "KW" {
			any = true
			if !slices.Contains(c.Features, "transfer|rec-cue=recipient") {
				t.Errorf("no rec-cue=recipient: %v", c.Features)
			}
		}
	}
	if !any {
		t.Fatal("no transfer to Kuwait")
	}
}

// TestR10ArSaleGenitive: the state right after "بيع" or "شراء" receives
// (rec-cue=recipient), unless a state with "ل" or after "إلى" follows the
// goods; "للمروحيات" (for the helicopters) is no state
// (all_r10_rejected_arsale.go). Sentences written for this test.
func TestR10ArSaleGenitive(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, state, cue string
	}{
		{"sale", "عنوان\n\nووافقت الخارجية الأمريكية على بيع القاهرة عشر مروحيات أباتشي بكلفة تناهز مليار دولار.", "EG", "recipient"},
		{"purchase", "عنوان\n\nوتحدثت التقارير عن شراء الجزائر مقاتلات سو-35.", "DZ", "recipient"},
		{"seller", "عنوان\n\nوتحدثت التقارير عن بيع روسيا منظومات إس-400 لتركيا.", "RU", "not-recipient"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := x.Candidates(&domain.Document{Source: tc.name, Language: "ar", Published: "2024-03-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			any := false
			for _, c := range cs {
				f := c.Fact
				if f.Type != domain.TypeTransfer {
					continue
				}
				var role string
				switch {
				case f.Recipient != nil && f.Recipient.String() == tc.state:
					role = "rec"
				case f.Supplier != nil && f.Supplier.String() == tc.state:
					role = "sup"
				default:
					continue
				}
				any = true
				got := slices.Contains(c.Features, "transfer|"+role+"-cue=recipient")
				if got != (tc.cue == "recipient") {
					t.Errorf("%q: %s %s-cue=recipient %v, want %s (%v)", tc.text, tc.state, role, got, tc.cue, c.Features)
				}
			}
			if !any {
				t.Fatalf("%q: no transfer with %s", tc.text, tc.state)
			}
		})
	}
}

// TestReview10ArStateMarkedAfter: only a state with "ل" attached (or after
// "إلى") marks the receiving end after the goods; a state whose own name
// begins with ل ("ليبيا", "لبنان") carries no "ل" of its own
// (all_r10_rejected_arsale.go). Sentences written for this test.
func TestReview10ArStateMarkedAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"انتقدت واشنطن بيع روسيا مقاتلات سو-35 لإيران.", true},
		{"انتقدت واشنطن بيع روسيا مقاتلات سو-35 لليبيا.", true},
		{"انتقدت واشنطن بيع روسيا مقاتلات سو-35 إلى ليبيا.", true},
		{"انتقدت واشنطن بيع روسيا مقاتلات سو-35 ليبيا.", false},
		{"انتقدت واشنطن بيع روسيا مقاتلات سو-35 لبنان.", false},
	} {
		sc := scanSentence(t, tc.text, "ar", time.Time{})
		at := -1
		for _, m := range sc.countries() {
			if m.id == "RU" {
				at = m.tok1
			}
		}
		if at < 0 {
			t.Fatalf("%q: no Russia", tc.text)
		}
		if got := sc.arStateMarkedAfter(at); got != tc.want {
			t.Errorf("%q: arStateMarkedAfter = %v, want %v", tc.text, got, tc.want)
		}
	}
}
