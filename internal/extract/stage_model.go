package extract

import (
	"math"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// The stage model decides a kept transfer's stage (requested, approved,
// ordered, delivered, other, or none) from the stage cues around its
// system, once the decision model has kept it: the rules read the nearest
// cue, which the news often contradicts ("the first of the 18 ordered in
// 2015 arrived"). Its weights live in the model file under "stage:" keys,
// one linear scorer per stage; without them the rules' stage stands.

// StageNone is the stage model's class for a fact without a stage.
const StageNone = "none"

// StageClasses are the stage model's classes.
var StageClasses = []string{domain.StageRequested, domain.StageApproved, domain.StageOrdered, domain.StageDelivered, domain.StageOther, StageNone}

// stageCueKinds are the cue kinds the stage features look for.
var stageCueKinds = []string{"stage-requested", "stage-approved", "stage-ordered", "stage-delivered", "stage-other", "future", "in-service", "buy-verb", "supply-verb", "deal"}

// stageFeatures are the stage model's view of a transfer candidate.
func (d *docScan) stageFeatures(f domain.Fact, m factMeta) []string {
	if f.Type != domain.TypeTransfer {
		return nil
	}
	rs := f.Stage
	if rs == "" {
		rs = StageNone
	}
	out := []string{"stage|bias", "rules=" + rs, "lang=" + d.lw.code + "|rules=" + rs}
	sc := d.sents[m.sent]
	t0 := -1
	if f.System != nil {
		st := d.mentionStart(sc, f.System.Mention)
		for _, x := range sc.mentions {
			if x.start == st && (x.kind == mSystem || x.kind == mGeneric) {
				t0 = x.tok0
				break
			}
		}
	}
	from, to := 0, len(sc.toks)
	if t0 >= 0 {
		from, to = sc.clauseOf(t0)
	}
	nearest, nearK := len(sc.toks)+1, ""
	for _, k := range stageCueKinds {
		ps := sc.cuePositions(k)
		if len(ps) == 0 {
			continue
		}
		out = append(out, "sent:"+k)
		for _, p := range ps {
			if p >= from && p < to {
				out = append(out, "clause:"+k)
				break
			}
		}
		if t0 < 0 {
			continue
		}
		near, before := len(sc.toks)+1, false
		for _, p := range ps {
			dd := p - t0
			if dd < 0 {
				dd = -dd
			}
			if dd < near {
				near, before = dd, p < t0
			}
		}
		side := "after:"
		if before {
			side = "before:"
		}
		out = append(out, side+k, "near:"+k+"="+bucket(near/4, 3))
		if strings.HasPrefix(k, "stage-") && near < nearest {
			nearest, nearK = near, k
		}
	}
	if nearK != "" {
		out = append(out, "nearest="+nearK, "lang="+d.lw.code+"|nearest="+nearK, "rules="+rs+"|nearest="+nearK)
	}
	for _, fl := range m.flags {
		out = append(out, "flag="+fl)
	}
	if m.sent == 0 {
		out = append(out, "headline")
	} else {
		for _, k := range stageCueKinds {
			if d.sents[m.sent-1].has(k) {
				out = append(out, "prev:"+k)
			}
			if d.sents[0].has(k) {
				out = append(out, "head:"+k)
			}
		}
	}
	if len(m.sents) > 1 {
		out = append(out, "sents=2+")
	}
	if d.notice {
		out = append(out, "notice")
	}
	if sc.cueOf("hypothetical") {
		out = append(out, "hypothetical")
	}
	switch {
	case f.Year == 0 || d.pub.IsZero():
		out = append(out, "year=none")
	default:
		out = append(out, "year-ago="+bucket(max(0, d.pub.Year()-f.Year), 3))
	}
	if f.Quantity > 0 {
		out = append(out, "quantity")
	}
	if f.Value != nil {
		out = append(out, "value")
	}
	return out
}

// StageKey is the model file's key of a stage feature's weight for class.
func StageKey(class, feature string) string { return "stage:" + class + "|" + feature }

// stageWeights splits the model's stage weights by class (feature name
// without the "stage:class|" key), for the classes the model has.
func (m *Model) stageWeights() map[string]map[string]float64 {
	var out map[string]map[string]float64
	for k, v := range m.Weights {
		rest, ok := strings.CutPrefix(k, "stage:")
		if !ok {
			continue
		}
		class, feat, ok := strings.Cut(rest, "|")
		if !ok {
			continue
		}
		if out == nil {
			out = map[string]map[string]float64{}
		}
		if out[class] == nil {
			out[class] = map[string]float64{}
		}
		out[class][feat] = v
	}
	return out
}

// HasStages reports whether the model carries stage weights.
func (m *Model) HasStages() bool { return len(m.stages()) > 0 }

func (m *Model) stages() map[string]map[string]float64 {
	if m.stageW != nil {
		return m.stageW
	}
	return m.stageWeights()
}

// Stage is the stage the model gives a transfer with these stage
// features ("" for none); ok is false when the model has no stage weights.
func (m *Model) Stage(features []string) (stage string, ok bool) {
	if len(features) == 0 {
		return "", false
	}
	w := m.stages()
	if len(w) == 0 {
		return "", false
	}
	best, bz := "", math.Inf(-1)
	for _, c := range StageClasses {
		cw, ok := w[c]
		if !ok {
			continue
		}
		z := 0.0
		for _, f := range features {
			z += cw[f]
		}
		if z > bz {
			best, bz = c, z
		}
	}
	if best == StageNone {
		best = ""
	}
	return best, true
}
