package learn

import (
	"reflect"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
)

// TestGoldStages: a candidate takes the stage of the gold transfer it
// states; "none" when that fact has no stage; nothing when it states none.
func TestGoldStages(t *testing.T) {
	g := goldOf(t, `{"doc":"d","lang":"en","facts":[
	 {"type":"transfer","supplier":"US","recipient":"PL","system":["HIMARS"],"stage":"delivered"},
	 {"type":"transfer","supplier":"KR","recipient":"PL","system":["K2"]}]}`)
	feats := []string{"stage|bias"}
	cands := []extract.Candidate{
		{Fact: transfer("US", "PL", "HIMARS", "artillery"), StageFeatures: feats},
		{Fact: transfer("KR", "PL", "K2", "armoured-vehicles"), StageFeatures: feats},
		{Fact: transfer("DE", "PL", "HIMARS", "artillery"), StageFeatures: feats},
	}
	facts := []domain.Fact{cands[0].Fact, cands[1].Fact, cands[2].Fact}
	labels, gold := Match(g, facts)
	if want := []int{1, 1, 0}; !reflect.DeepEqual(labels, want) {
		t.Fatalf("labels = %v, want %v", labels, want)
	}
	if want := []int{0, 1, -1}; !reflect.DeepEqual(gold, want) {
		t.Fatalf("gold = %v, want %v", gold, want)
	}
	if got, want := goldStages(g, cands, gold), []string{"delivered", extract.StageNone, ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("goldStages = %v, want %v", got, want)
	}
}

// TestFitStages: the stage model learns which cue goes with which stage,
// and beats a rule that reads every transfer as ordered.
func TestFitStages(t *testing.T) {
	var exs []Example
	for i := 0; i < 20; i++ {
		e := Example{Doc: string(rune('a' + i))}
		for _, st := range []string{domain.StageDelivered, domain.StageOrdered} {
			c := extract.Candidate{Fact: domain.Fact{Type: domain.TypeTransfer, Stage: domain.StageOrdered},
				StageFeatures: []string{"stage|bias", "rules=ordered", "nearest=stage-" + st}}
			e.Cands = append(e.Cands, c)
			e.Labels = append(e.Labels, 1)
			e.Stages = append(e.Stages, st)
		}
		exs = append(exs, e)
	}
	m := &extract.Model{Weights: FitStages(exs, FitOptions{L2: StageL2})}
	for _, st := range []string{domain.StageDelivered, domain.StageOrdered} {
		if got, ok := m.Stage([]string{"stage|bias", "rules=ordered", "nearest=stage-" + st}); !ok || got != st {
			t.Errorf("Stage(nearest=%s) = %q, %v", st, got, ok)
		}
	}
	s := ScoreStages(exs, StageCV(exs, 5, 0, FitOptions{L2: StageL2}), func(*Example) bool { return true })
	if s.N != 40 || s.Rules != 20 || s.Model != 40 {
		t.Errorf("ScoreStages = %+v, want 40 scored, 20 right by the rules, 40 by the model", s)
	}
}
