package learn

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
)

func goldOf(t *testing.T, line string) *GoldDoc {
	t.Helper()
	var g GoldDoc
	if err := json.Unmarshal([]byte(line), &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func transfer(sup, rec, name, cat string) domain.Fact {
	return domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: sup}, Recipient: &domain.Party{Code: rec},
		System: &domain.System{ID: name, Name: name, Category: cat}}
}

// TestLabel: candidates are labelled the way score.py pairs them.
func TestLabel(t *testing.T) {
	g := goldOf(t, `{"doc":"d","lang":"en","facts":[
	 {"type":"transfer","supplier":"US","recipient":"PL","system":["M142 HIMARS","HIMARS"]},
	 {"type":"transfer","supplier":"KR","recipient":"PL","category":"armoured-vehicles"},
	 {"type":"membership","member":"FI","organization":["NATO"],"optional":true},
	 {"type":"agreement","parties":["FR","MA"]}]}`)
	himars := transfer("US", "PL", "HIMARS", "artillery")
	tests := []struct {
		name  string
		facts []domain.Fact
		want  []int
	}{
		{"named system, by alias", []domain.Fact{himars}, []int{1}},
		{"a second candidate for the same gold fact is wrong", []domain.Fact{himars, himars}, []int{1, 0}},
		{"wrong supplier", []domain.Fact{transfer("DE", "PL", "HIMARS", "artillery")}, []int{0}},
		{"generic by category", []domain.Fact{{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "KR"}, Recipient: &domain.Party{Code: "PL"}, System: &domain.System{Category: "armoured-vehicles"}}}, []int{1}},
		{"generic, wrong category", []domain.Fact{{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "KR"}, Recipient: &domain.Party{Code: "PL"}, System: &domain.System{Category: "ships"}}}, []int{0}},
		{"optional gold: neither right nor wrong", []domain.Fact{{Type: domain.TypeMembership, Member: &domain.Party{Code: "FI"}, Organization: &domain.Named{Name: "North Atlantic Treaty Organization", Aliases: []string{"NATO"}}}}, []int{-1}},
		{"agreement parties are a set", []domain.Fact{{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "MA"}, {Code: "FR"}}}}, []int{1}},
		{"agreement with a third party", []domain.Fact{{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "MA"}, {Code: "FR"}, {Code: "ES"}}}}, []int{0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Label(g, tc.facts); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Label = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNamesMatch(t *testing.T) {
	tests := []struct {
		gold, pred any
		want       bool
	}{
		{[]any{"F-16 Block 70"}, map[string]any{"name": "F-16"}, true},                        // pred contained at a word start
		{[]any{"Rafale"}, map[string]any{"name": "Rafale F4"}, true},                          // gold contained
		{[]any{"K9"}, map[string]any{"name": "K239 Chunmoo"}, false},                          // too short to be contained
		{[]any{"Leopard 2A7"}, map[string]any{"name": "Leopard 1"}, false},                    // another variant
		{[]any{"طائرات رافال"}, map[string]any{"name": "x", "aliases": []any{"رافال"}}, true}, // Arabic
		{[]any{"Caesar"}, map[string]any{"name": "CÉSAR"}, false},                             // another name
		{[]any{"Pégase"}, map[string]any{"name": "Pegase"}, true},                             // accents fold
	}
	for _, tc := range tests {
		if got := namesMatch(tc.gold, tc.pred); got != tc.want {
			t.Errorf("namesMatch(%v, %v) = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

func cand(features ...string) extract.Candidate { return extract.Candidate{Features: features} }

// TestFit: a feature that always marks a wrong candidate gets a negative
// weight, one that marks a right one a positive weight, and fitting is
// deterministic.
func TestFit(t *testing.T) {
	var exs []Example
	for i := 0; i < 20; i++ {
		exs = append(exs, Example{Doc: string(rune('a' + i)), Held: true,
			Cands:  []extract.Candidate{cand("t|bias", "t|good"), cand("t|bias", "t|bad"), cand("t|bias")},
			Labels: []int{1, 0, i % 2}})
	}
	w := Fit(exs, FitOptions{})
	if w["t|good"] <= 0 || w["t|bad"] >= 0 {
		t.Errorf("weights: good %.3f (want > 0), bad %.3f (want < 0)", w["t|good"], w["t|bad"])
	}
	if w2 := Fit(exs, FitOptions{}); !reflect.DeepEqual(w, w2) {
		t.Error("fitting twice gave different weights")
	}
	m := &extract.Model{Version: extract.FeatureVersion, Weights: w}
	if p, q := m.Prob(exs[0].Cands[0].Features), m.Prob(exs[0].Cands[1].Features); p < 0.8 || q > 0.2 {
		t.Errorf("probabilities: good %.2f, bad %.2f", p, q)
	}
	cv := CrossValidate(exs, 5, FitOptions{})
	c := CountAt(exs, cv.Raw, 0.5, true)
	if c.TP < 20 || c.FP > 10 {
		t.Errorf("cross-validated counts %+v", c)
	}
	if thr := BestThreshold(exs, cv.Raw); thr < 0.2 || thr > 0.8 {
		t.Errorf("threshold %.2f out of range", thr)
	}
	bins := Reliability(exs, cv.Raw, 0.5)
	n := 0
	for _, b := range bins {
		n += b.N
		if b.Right > b.N {
			t.Errorf("bin %+v: more right than counted", b)
		}
	}
	if n == 0 {
		t.Error("reliability table is empty")
	}
}

// TestFolds: every document is held out exactly once, languages spread.
func TestFolds(t *testing.T) {
	var exs []Example
	for i := 0; i < 10; i++ {
		lang := "en"
		if i%2 == 1 {
			lang = "fr"
		}
		exs = append(exs, Example{Doc: string(rune('a' + i)), Lang: lang})
	}
	fold := Folds(exs, 5)
	per := map[int]map[string]int{}
	for i, f := range fold {
		if f < 0 || f >= 5 {
			t.Fatalf("document %d in fold %d", i, f)
		}
		if per[f] == nil {
			per[f] = map[string]int{}
		}
		per[f][exs[i].Lang]++
	}
	for f, langs := range per {
		if len(langs) != 1 && langs["en"]+langs["fr"] != 2 {
			t.Errorf("fold %d: %v", f, langs)
		}
	}
	if len(per) != 5 {
		t.Errorf("%d folds used, want 5", len(per))
	}
}
