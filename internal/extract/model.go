package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"

	"github.com/armswatch/armswatch/internal/domain"
)

// Model is the decision model over candidate facts: a logistic regression
// over named binary features (features.go). The rules propose candidates;
// the model says which are facts and with what probability, which becomes
// the fact's confidence. It is learned from the gold files by
// `armswatch train` (internal/learn) and embedded as data/model.json.
type Model struct {
	// Version of the feature set the weights were fitted for.
	Version int `json:"version"`
	// Threshold is the probability from which a candidate is kept.
	Threshold float64 `json:"threshold"`
	// Trained says what the weights were fitted on, for the record.
	Trained string `json:"trained,omitempty"`
	// Weights by feature name; a feature absent here weighs 0.
	Weights map[string]float64 `json:"weights"`
	// Calibration maps the regression's probability to the share of facts
	// found right at that probability on cross-validated unseen news
	// (isotonic, as points to interpolate between); empty: the identity.
	Calibration [][2]float64 `json:"calibration,omitempty"`
	// stageW are the stage weights by class, split once when the model is
	// read (ParseModel, StageModel); nil in a Model made otherwise
	// (stage_model.go)
	stageW map[string]map[string]float64
}

// FeatureVersion changes whenever features.go changes what a feature
// means; a model fitted for another version is refused.
const FeatureVersion = 2

//go:embed data/model.json
var modelJSON []byte

// DefaultModel is the embedded model, or nil when none has been trained.
func DefaultModel() *Model {
	m, err := ParseModel(modelJSON)
	if err != nil {
		return nil
	}
	return m
}

// ParseModel reads a model file.
func ParseModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if len(m.Weights) == 0 {
		return nil, fmt.Errorf("model: no weights")
	}
	if m.Version != FeatureVersion {
		return nil, fmt.Errorf("model: fitted for features v%d, this build has v%d", m.Version, FeatureVersion)
	}
	m.stageW = m.stageWeights()
	return &m, nil
}

// Marshal writes the model deterministically (sorted keys, one weight a
// line) so that a retrained model diffs readably.
func (m *Model) Marshal() []byte {
	b := []byte(fmt.Sprintf("{\n \"version\": %d,\n \"threshold\": %s,\n \"trained\": %s,\n \"calibration\": [", m.Version, fmtFloat(m.Threshold), jsonString(m.Trained)))
	for i, c := range m.Calibration {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, fmt.Sprintf("[%s, %s]", fmtFloat(c[0]), fmtFloat(c[1]))...)
	}
	b = append(b, "],\n \"weights\": {\n"...)
	b = appendWeights(b, m.Weights)
	return append(b, " }\n}\n"...)
}

func appendWeights(b []byte, w map[string]float64) []byte {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		b = append(b, fmt.Sprintf("  %s: %s%s\n", jsonString(k), fmtFloat(w[k]), sep)...)
	}
	return b
}

func fmtFloat(v float64) string { return fmt.Sprintf("%.4f", v) }

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Prob is the probability that a candidate with these features is a fact.
func (m *Model) Prob(features []string) float64 {
	z := 0.0
	for _, f := range features {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Confidence is the calibrated probability that a candidate with these
// features is right.
func (m *Model) Confidence(features []string) float64 {
	return m.Calibrate(m.Prob(features))
}

// Calibrate maps a raw probability through the calibration points.
func (m *Model) Calibrate(p float64) float64 {
	c := m.Calibration
	if len(c) == 0 {
		return p
	}
	if p <= c[0][0] {
		return c[0][1]
	}
	for i := 1; i < len(c); i++ {
		if p <= c[i][0] {
			a, b := c[i-1], c[i]
			if b[0] == a[0] {
				return b[1]
			}
			return a[1] + (b[1]-a[1])*(p-a[0])/(b[0]-a[0])
		}
	}
	return c[len(c)-1][1]
}

// Candidate is a fact the rules propose, with the features the model reads.
type Candidate struct {
	Fact     domain.Fact
	Features []string
	// StageFeatures are the stage model's view of a transfer
	// (stage_model.go); nil for other types.
	StageFeatures []string
}
