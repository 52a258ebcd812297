package extract

import "testing"

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
