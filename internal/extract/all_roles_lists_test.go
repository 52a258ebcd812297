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
	got := candidatePairs(t, x, "ar", text, nil)
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

// all_roles_lists.go: lists joined by an additive conjunction or by a
// preposition repeated before each item give every item a candidate.
func TestListJoinedForms(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Drones pour l'Afrique\n\nAnkara, 3 mai 2023 — La Turquie a livré des drones Bayraktar TB2 au Togo ainsi qu'au Niger.\n", []string{"TR>TG", "TR>NE"}},
		{"es", "Drones para África\n\nAnkara, 3 de mayo de 2023 — Turquía entregó drones Bayraktar TB2 a Togo así como a Níger.\n", []string{"TR>TG", "TR>NE"}},
		{"de", "Drohnen für Afrika\n\nAnkara, 3. Mai 2023 — Die Türkei hat Bayraktar TB2 an Togo wie auch an Niger geliefert.\n", []string{"TR>TG", "TR>NE"}},
		{"ar", "الطائرات التركية في أفريقيا\n\nأنقرة، 3 مايو 2023 — سلمت تركيا طائرات بيرقدار تي بي 2 إلى توغو وكذلك إلى النيجر.\n", []string{"TR>TG", "TR>NE"}},
		{"en", "Embraer in Africa\n\nParis, 5 June 2023 — Embraer has sold its Super Tucano to Burkina Faso, to Angola and to Mauritania.\n", []string{"BR>BF", "BR>AO", "BR>MR"}},
		{"es", "Embraer en África\n\nParís, 5 de junio de 2023 — Embraer vendió el Super Tucano a Burkina Faso, a Angola y a Mauritania.\n", []string{"BR>BF", "BR>AO", "BR>MR"}},
		{"de", "Gripen für Kolumbien\n\nStockholm, 5. Juni 2025 — Der Gripen wurde bisher an Tschechien und Ungarn (jeweils 14), Südafrika (26 bestellt) und Thailand (12) verkauft.\n", []string{"SE>CZ", "SE>HU", "SE>ZA", "SE>TH"}},
		{"en", "Gripen for Colombia\n\nStockholm, 5 June 2025 — Saab has sold the Gripen to the Czech Republic (14), Hungary (14), South Africa (26) and Thailand (12).\n", []string{"SE>CZ", "SE>HU", "SE>ZA", "SE>TH"}},
		{"ar", "إمبراير في أفريقيا\n\nباريس، 5 يونيو 2023 — باعت إمبراير طائرات سوبر توكانو إلى بوركينا فاسو وإلى أنغولا وإلى موريتانيا.\n", []string{"BR>BF", "BR>AO", "BR>MR"}},
	}
	for _, tc := range tests {
		got := candidatePairs(t, x, tc.lang, tc.text, nil)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s %q: no %s; got %v", tc.lang, tc.text[:20], w, got)
			}
		}
	}
}

// all_roles_lists.go: a state listed with a marked buyer is a buyer in
// pairFor too, never taken as the seller of a generic system for want of
// a cue.
func TestListedRecipientNoSeller(t *testing.T) {
	x := testExtractor(t)
	text := "Türkische Drohnen in Afrika\n\nAnkara, 3. Mai 2023 — Die Bayraktar TB2 ist gefragt. Togo bekam im Sommer eine Lieferung der Drohnen, Niger erwarb im Mai ein halbes Dutzend, und auch Äthiopien, Marokko und Tunesien haben in den vergangenen Monaten Drohnen gekauft.\n"
	cands, err := x.Candidates(&domain.Document{Source: "de-list", Language: "de", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		if c.Fact.Type != "transfer" || c.Fact.Supplier == nil {
			continue
		}
		switch c.Fact.Supplier.String() {
		case "ET", "MA", "TN", "NE", "TG":
			t.Errorf("a listed buyer as seller: %v > %v (%s)", c.Fact.Supplier, c.Fact.Recipient, c.Fact.System.Mention)
		}
	}
}

// candidatePairs returns the supplier>recipient pairs of the transfer
// candidates read from text (of those keep takes, when given).
func candidatePairs(t *testing.T, x *Extractor, lang, text string, keep func(domain.Fact) bool) map[string]bool {
	t.Helper()
	got := map[string]bool{}
	for _, p := range transferPairs(t, x, lang, text, keep) {
		got[p] = true
	}
	return got
}
