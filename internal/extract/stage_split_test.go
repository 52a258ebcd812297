package extract

import (
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestKeepSplitStages: the stage model may not make one event of two that
// one sentence tells with stages of their own (stage_model.go).
func TestKeepSplitStages(t *testing.T) {
	tr := func(start int, stage string, q int) Candidate {
		return Candidate{Fact: domain.Fact{Type: domain.TypeTransfer, Supplier: party("US"), Recipient: party("MA"),
			System: &domain.System{ID: "f-16"}, Stage: stage, Quantity: q, Evidence: domain.Evidence{Start: start}}}
	}
	tests := []struct {
		name  string
		cands []Candidate
		model []string
		want  string
	}{
		{"one sentence, two stages made one: the rules' stay",
			[]Candidate{tr(0, "ordered", 24), tr(0, "delivered", 8)}, []string{"ordered", "ordered"}, "ordered delivered"},
		{"the model keeps them apart: its stages stay",
			[]Candidate{tr(0, "ordered", 24), tr(0, "delivered", 8)}, []string{"approved", "delivered"}, "approved delivered"},
		{"two sentences: the model decides",
			[]Candidate{tr(0, "ordered", 24), tr(50, "delivered", 8)}, []string{"ordered", "ordered"}, "ordered ordered"},
		{"one stage from the rules: the model decides",
			[]Candidate{tr(0, "ordered", 24), tr(0, "ordered", 8)}, []string{"delivered", "delivered"}, "delivered delivered"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := append([]string(nil), tc.model...)
			KeepSplitStages(tc.cands, st, nil)
			if got := strings.Join(st, " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
