package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestR8AggregateYear: an aggregate takes the year of its pair's dated
// transfers, else the year its sentence writes (not one it compares
// with), else the year the story's opening gives, else the publication
// date's (all_r8_attrs_aggyear.go). Sentences written for this test.
func TestR8AggregateYear(t *testing.T) {
	show := func(f domain.Fact) (string, bool) {
		return brief(f) + " y=" + itoa(f.Year), f.Type == domain.TypeAggregate
	}
	tests := []factCase{
		{"en: the pair's transfers", "en", "2016-08-09",
			"Pentagon clears Abrams sale\n\nThe State Department approved a possible sale to Saudi Arabia of military equipment worth $1.15 billion, including more than 130 Abrams tanks, in 2015.",
			[]string{"aggregate US>SA USD=1150000000 y=2015"}},
		{"de: the opening's relative year", "de", "2000-11-04",
			"Rüstungsexporte genehmigt\n\nIm vergangenen Jahr hat die Bundesregierung Rüstungsausfuhren genehmigt. An die Türkei gingen Rüstungsgüter für 1,9 Milliarden Mark.",
			[]string{"aggregate DE>TR DEM=1900000000 y=1999"}},
		{"fr: the publication date's", "fr", "2021-03-02",
			"Don au Niger\n\nLa France a remis au Niger des équipements militaires d'une valeur de 2 millions d'euros.",
			[]string{"aggregate FR>NE EUR=2000000 y=2021"}},
	}
	checkFacts(t, tests, show)
}

// TestR8QuantityOne: an indefinite singular article (or an Arabic bare
// singular unit noun) before the system counts one, unless a deal or a
// batch stands between or after, or the sentence writes a count
// (all_r8_attrs_qtyone.go). Sentences written for this test.
func TestR8QuantityOne(t *testing.T) {
	show := func(f domain.Fact) (string, bool) {
		return brief(f), f.Type == domain.TypeTransfer
	}
	tests := []factCase{
		{"en: a ... aircraft", "en", "2022-08-16",
			"India hands over aircraft\n\nIndia on Monday handed over a Dornier 228 maritime reconnaissance aircraft to Sri Lanka.",
			[]string{"transfer IN>LK dornier-228 q=1 delivered y=2022"}},
		{"fr: un avion de transport", "fr", "2019-01-10",
			"Niger\n\nWashington a livré au Niger un avion de transport C-130 Hercules.",
			[]string{"transfer US>NE c-130-hercules q=1 delivered y=2019"}},
		{"de: eine Einheit des Systems", "de", "2025-08-01",
			"Dänemark\n\nDänemark hat bei Diehl eine Einheit des Luftverteidigungssystems IRIS-T SLM bestellt.",
			[]string{"transfer DE>DK iris-t-slm q=1 ordered y=2025"}},
		{"en: a deal is no unit", "en", "2022-08-16",
			"Deal\n\nThe United States approved a F-16 deal with Jordan.",
			[]string{"transfer US>JO f-16 approved y=2022"}},
		{"en: a count elsewhere in the sentence", "en", "2022-08-16",
			"Jets\n\nThe first F-16 arrived in Iraq under a deal for 36 jets signed with the United States.",
			nil},
	}
	for i := range tests {
		if tests[i].want == nil {
			tests[i].want = r8AnyQty(t, tests[i])
		}
	}
	checkFacts(t, tests, show)
}

// r8AnyQty: the facts of a case whose quantity the rule must not set to 1.
func r8AnyQty(t *testing.T, tc factCase) []string {
	x := testExtractor(t)
	facts, _ := x.Facts(&domain.Document{Source: tc.name, Language: tc.lang, Text: tc.text, Published: tc.pub})
	var out []string
	for _, f := range facts {
		if f.Type == domain.TypeTransfer {
			if f.Quantity == 1 {
				t.Errorf("%s: quantity 1 in %s", tc.name, brief(f))
			}
			out = append(out, brief(f))
		}
	}
	return out
}

// TestR8MeasureAndCarry: a number followed by a unit measures the system
// and counts nothing (all_r8_attrs_measure.go); an ordered transfer with
// no count takes the one its approval states (all_r8_attrs_qtycarry.go).
// Sentences written for this test.
func TestR8MeasureAndCarry(t *testing.T) {
	show := func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer }
	tests := []factCase{
		{"en: a 10 m boat is one boat", "en", "2023-05-02",
			"Boat for Mozambique\n\nThe United States handed over a 10 m coastal patrol boat to Mozambique.",
			[]string{"transfer US>MZ cat:ships q=1 delivered y=2023"}},
		{"fr: canons de 155 mm", "fr", "2023-05-02",
			"Canons\n\nLa France a livré à l'Ukraine des canons Caesar de 155 mm.",
			[]string{"transfer FR>UA caesar delivered y=2023"}},
		{"de: the approval's count carried to the contract", "de", "2025-08-01",
			"Leopard für Tschechien\n\nDie tschechische Regierung hat den Kauf von 44 Kampfpanzern Leopard 2A8 aus Deutschland gebilligt. Den Vertrag über die Leopard 2A8 unterschrieb Tschechien mit Deutschland im Juli.",
			[]string{"transfer DE>CZ leopard-2a8 q=44 approved y=2025", "transfer DE>CZ leopard-2a8 q=44 ordered y=2025"}},
	}
	checkFacts(t, tests, show)
}

// TestR8ShipOne: a ship named with a singular noun is one hull
// (all_r8_attrs_qtyship.go); a plural noun or a count of arms leaves the
// quantity to the rules. Sentences written for this test.
func TestR8ShipOne(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text, mention string
		want                bool
	}{
		{"en", "In August the US Coast Guard handed the Sri Lankan Navy the high endurance cutter Sherman.", "cutter", true},
		{"es", "La Armada sumó a su flota el guardacostas Arcturus.", "Arcturus", true},
		{"ar", "أعلنت مصر وصول الفرقاطة فريم إلى الإسكندرية.", "فريم", true},
		{"de", "Die Fregatte Meko wurde an Ägypten übergeben.", "Meko", true},
		{"en", "The frigates Anyang and Gyeongju were handed over.", "Anyang", false},
		{"fr", "La France a livré deux frégates FREMM et la frégate Normandie.", "Normandie", false},
	}
	for _, tc := range tests {
		d := &docScan{x: x, lw: x.langs[tc.lang], doc: &domain.Document{Text: tc.text, Language: tc.lang}, implicitSup: map[int]bool{}}
		d.scan()
		f := domain.Fact{Type: domain.TypeTransfer, System: &domain.System{Category: "ships", Mention: tc.mention},
			Evidence: domain.Evidence{Start: d.sents[0].s.start, Text: d.sents[0].s.text}}
		cs := []candidate{{f: f}}
		d.r8ShipOne(cs)
		if got := cs[0].f.Quantity == 1; got != tc.want {
			t.Errorf("%s %q: quantity %d, want one %v", tc.lang, tc.text, cs[0].f.Quantity, tc.want)
		}
	}
}
