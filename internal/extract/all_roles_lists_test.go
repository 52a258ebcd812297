package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// all_roles_lists.go: an Arabic list whose "و" is attached to the name
// gives every listed state a candidate, like "A, B and C" in the other
// languages.
func TestArabicAttachedAndList(t *testing.T) {
	x := testExtractor(t)
	text := "الطائرات التركية في أفريقيا\n\nأنقرة، 3 مايو 2023 — بيعت طائرات بيرقدار تي بي 2 إلى توغو والنيجر وإثيوبيا والمغرب.\n"
	got := map[string]bool{}
	cands, err := x.Candidates(&domain.Document{Source: "ar-list", Language: "ar", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		if c.Fact.Type == "transfer" && c.Fact.Recipient != nil {
			got[c.Fact.Supplier.String()+">"+c.Fact.Recipient.String()] = true
		}
	}
	for _, want := range []string{"TR>TG", "TR>NE", "TR>ET", "TR>MA"} {
		if !got[want] {
			t.Errorf("no candidate %s; got %v", want, got)
		}
	}
}

// all_roles_lists.go: a listed state with no cue of its own shares the
// buyer's cue of its list (feature rec-cue=listed); a state the text marks
// itself keeps its own cue.
func TestListedRecipientFeature(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ lang, text, rec, want string }{
		{"de", "Drohnen für Afrika\n\nAnkara, 3. Mai 2023 — Togo, Niger und Tunesien haben die Bayraktar TB2 gekauft.\n", "TG", "transfer|rec-cue=listed"},
		{"en", "Drones for Africa\n\nAnkara, 3 May 2023 — Turkey has sold the Bayraktar TB2 to Togo, Niger and Tunisia.\n", "TN", "transfer|rec-cue=listed"},
		{"es", "Drones para África\n\nAnkara, 3 de mayo de 2023 — Turquía vendió el Bayraktar TB2 a Togo, Níger y Túnez.\n", "NE", "transfer|rec-cue=listed"},
	}
	for _, tc := range tests {
		cands, err := x.Candidates(&domain.Document{Source: "list", Language: tc.lang, Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range cands {
			if c.Fact.Type != "transfer" || c.Fact.Recipient == nil || c.Fact.Recipient.String() != tc.rec {
				continue
			}
			found = true
			if !contains(c.Features, tc.want) {
				t.Errorf("%s %s: no %s in %v", tc.lang, tc.rec, tc.want, c.Features)
			}
		}
		if !found {
			t.Errorf("%s: no candidate for %s", tc.lang, tc.rec)
		}
	}
}
