package extract

import (
	"strings"
	"testing"
)

func TestModelRoundTrip(t *testing.T) {
	m := &Model{Version: FeatureVersion, Threshold: 0.45, Trained: "test", Weights: map[string]float64{"transfer|bias": -0.5, "transfer|stage=ordered": 1.25}}
	b := m.Marshal()
	back, err := ParseModel(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Threshold != 0.45 || back.Weights["transfer|stage=ordered"] != 1.25 || len(back.Weights) != 2 {
		t.Errorf("round trip gave %+v", back)
	}
	if p := back.Prob([]string{"transfer|bias", "transfer|stage=ordered"}); p < 0.67 || p > 0.69 {
		t.Errorf("Prob = %.3f, want sigmoid(0.75) = 0.679", p)
	}
	if p := back.Prob([]string{"unknown|feature"}); p != 0.5 {
		t.Errorf("an unknown feature weighs nothing: Prob = %.3f", p)
	}
}

func TestParseModelRefuses(t *testing.T) {
	for name, in := range map[string]string{
		"not JSON":      "{",
		"no weights":    `{"version": 1, "weights": {}}`,
		"other version": `{"version": 999, "weights": {"a": 1}}`,
	} {
		if _, err := ParseModel([]byte(in)); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.HasPrefix(err.Error(), "model:") {
			t.Errorf("%s: error %q does not say it is the model", name, err)
		}
	}
}

// TestEmbeddedModel: the model the binary carries is valid for its
// features, so extraction runs with learned decisions.
func TestEmbeddedModel(t *testing.T) {
	m := DefaultModel()
	if m == nil {
		t.Fatal("the embedded model does not parse (run armswatch train)")
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %.2f", m.Threshold)
	}
}
