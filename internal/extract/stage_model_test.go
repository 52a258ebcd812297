package extract

import (
	"strconv"
	"testing"
)

// TestModelStage: the stage with the highest score wins; "none" is no
// stage; a model without stage weights leaves the rules' stage.
func TestModelStage(t *testing.T) {
	m := &Model{Weights: map[string]float64{
		StageKey("ordered", "stage|bias"):               0,
		StageKey("delivered", "stage|bias"):             -0.5,
		StageKey("none", "stage|bias"):                  -1,
		StageKey("delivered", "clause:stage-delivered"): 2,
		StageKey("none", "headline"):                    3,
	}}
	tests := []struct {
		feats []string
		want  string
		ok    bool
	}{
		{[]string{"stage|bias"}, "ordered", true},
		{[]string{"stage|bias", "clause:stage-delivered"}, "delivered", true},
		{[]string{"stage|bias", "headline"}, "", true},
		{nil, "", false},
	}
	for _, tc := range tests {
		if got, ok := m.Stage(tc.feats); got != tc.want || ok != tc.ok {
			t.Errorf("Stage(%v) = %q, %v; want %q, %v", tc.feats, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := (&Model{Weights: map[string]float64{"transfer|bias": 1}}).Stage([]string{"stage|bias"}); ok {
		t.Error("a model without stage weights gave a stage")
	}
}

// TestStageWeightsSplitOnce: a model read from a file, or made by
// StageModel, keeps its stage weights split, even when it has none (the
// embedded model before its first retraining with stages), and gives the
// stages a literal Model gives.
func TestStageWeightsSplitOnce(t *testing.T) {
	w := map[string]float64{
		"transfer|bias":                   1,
		StageKey("ordered", "stage|bias"): 0,
		StageKey("delivered", "headline"): 1,
		StageKey("none", "stage|bias"):    -1,
		"stage:malformed-without-a-class": 5,
	}
	lit, split := &Model{Weights: w}, StageModel(w)
	if split.stageW == nil || len(split.stageW) != 3 {
		t.Fatalf("StageModel split = %v, want 3 classes", split.stageW)
	}
	for _, fs := range [][]string{{"stage|bias"}, {"stage|bias", "headline"}} {
		a, aok := lit.Stage(fs)
		b, bok := split.Stage(fs)
		if a != b || aok != bok {
			t.Errorf("Stage(%v): literal %q, %v; StageModel %q, %v", fs, a, aok, b, bok)
		}
	}
	m, err := ParseModel([]byte(`{"version":` + strconv.Itoa(FeatureVersion) + `,"weights":{"transfer|bias":1}}`))
	if err != nil {
		t.Fatal(err)
	}
	if m.stageW == nil {
		t.Error("ParseModel left a model without stage weights unsplit: every Stage call would split it again")
	}
	if _, ok := m.Stage([]string{"stage|bias"}); ok {
		t.Error("a model without stage weights gave a stage")
	}
}

// TestModelStageUnknownClasses: stage weights for no class this build
// knows leave the rules' stage.
func TestModelStageUnknownClasses(t *testing.T) {
	m := StageModel(map[string]float64{StageKey("shipped", "stage|bias"): 1})
	if st, ok := m.Stage([]string{"stage|bias"}); ok {
		t.Errorf("Stage = %q, true; want the rules' stage to stand", st)
	}
}
