package learn

import (
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
)

// The stage model (extract/stage_model.go) is fitted one stage against
// the rest on the transfer candidates that state a gold fact, the gold
// fact's stage (or none) being the label.

// goldStages gives each candidate the stage class of the gold transfer it
// states ("" when it states none, or is no transfer).
func goldStages(g *GoldDoc, cands []extract.Candidate, gold []int) []string {
	out := make([]string, len(cands))
	for j, c := range cands {
		if gold[j] < 0 || c.Fact.Type != domain.TypeTransfer || c.StageFeatures == nil {
			continue
		}
		st, _ := g.Facts[gold[j]]["stage"].(string)
		if st == "" {
			st = extract.StageNone
		}
		out[j] = st
	}
	return out
}

// FitStages fits the stage weights, keyed as the model file keeps them.
func FitStages(exs []Example, opt FitOptions) map[string]float64 {
	w := map[string]float64{}
	for _, class := range extract.StageClasses {
		var train []Example
		pos := 0
		for _, e := range exs {
			var x Example
			for j, st := range e.Stages {
				if st == "" {
					continue
				}
				x.Cands = append(x.Cands, extract.Candidate{Features: e.Cands[j].StageFeatures})
				y := 0
				if st == class {
					y, pos = 1, pos+1
				}
				x.Labels = append(x.Labels, y)
			}
			train = append(train, x)
		}
		if pos == 0 {
			continue
		}
		for k, v := range Fit(train, opt) {
			w[extract.StageKey(class, k)] = v
		}
		if _, ok := w[extract.StageKey(class, "stage|bias")]; !ok {
			w[extract.StageKey(class, "stage|bias")] = 0
		}
	}
	return w
}

// StageCV predicts each transfer candidate's stage with the stage model
// fitted without its document's fold.
func StageCV(exs []Example, k int, seed uint64, opt FitOptions) [][]string {
	fold := FoldsSeed(exs, k, seed)
	out := make([][]string, len(exs))
	for f := 0; f < k; f++ {
		var train []Example
		for i, e := range exs {
			if fold[i] != f {
				train = append(train, e)
			}
		}
		m := extract.StageModel(FitStages(train, opt))
		for i, e := range exs {
			if fold[i] != f {
				continue
			}
			out[i] = make([]string, len(e.Cands))
			for j, c := range e.Cands {
				if st, ok := m.Stage(c.StageFeatures); ok {
					out[i][j] = st
				} else {
					out[i][j] = c.Fact.Stage
				}
			}
			extract.KeepSplitStages(e.Cands, out[i], nil)
		}
	}
	return out
}

// StageScore counts, over the candidates that state a required gold
// transfer with a stage, how often the rules' and the model's stage are
// the gold one.
type StageScore struct {
	N, Rules, Model int
}

// ScoreStages scores the cross-validated stages of the examples use selects.
func ScoreStages(exs []Example, pred [][]string, use func(e *Example) bool) StageScore {
	var s StageScore
	for i := range exs {
		e := &exs[i]
		if !use(e) {
			continue
		}
		for j, st := range e.Stages {
			if st == "" || st == extract.StageNone || e.Labels[j] != 1 {
				continue
			}
			s.N++
			if e.Cands[j].Fact.Stage == st {
				s.Rules++
			}
			if pred[i][j] == st {
				s.Model++
			}
		}
	}
	return s
}

// StageL2 is the stage model's L2 penalty: of 1, 2, 4, 8, 16, 32, 64 and
// 128, 32 gave the most stages right under cross-validation by document
// on every gold document (0.795, against 0.787 at 8 and 0.786 at 64).
const StageL2 = 32
