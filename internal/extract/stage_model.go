package extract

import (
	"math"
	"strconv"
	"strings"
	"sync"

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

// stageNames are the stage features' names, made once: the features are
// read for every transfer candidate, and joining their names each time
// would allocate.
type stageNames struct {
	rules, langRules                        map[string]string // by class; by lang+"/"+class
	sent, clause, before, after, prev, head []string          // by cue kind
	near                                    [][4]string       // by cue kind, by distance bucket
	nearest                                 []string          // by cue kind
	langNearest, rulesNearest               map[string]string // by lang+"/"+kind; by class+"/"+kind
	yearAgo                                 [4]string
	flags                                   sync.Map // doubt -> "flag=" + doubt
}

var stageFeatureNames = sync.OnceValue(func() *stageNames {
	n := &stageNames{rules: map[string]string{}, langRules: map[string]string{}, langNearest: map[string]string{}, rulesNearest: map[string]string{}}
	langs := []string{"en", "fr", "ar", "es", "de"}
	for _, c := range StageClasses {
		n.rules[c] = "rules=" + c
		for _, l := range langs {
			n.langRules[l+"/"+c] = "lang=" + l + "|rules=" + c
		}
	}
	for _, k := range stageCueKinds {
		n.sent = append(n.sent, "sent:"+k)
		n.clause = append(n.clause, "clause:"+k)
		n.before = append(n.before, "before:"+k)
		n.after = append(n.after, "after:"+k)
		n.prev = append(n.prev, "prev:"+k)
		n.head = append(n.head, "head:"+k)
		var nb [4]string
		for b := range nb {
			nb[b] = "near:" + k + "=" + bucket(b, 3)
		}
		n.near = append(n.near, nb)
		n.nearest = append(n.nearest, "nearest="+k)
		for _, l := range langs {
			n.langNearest[l+"/"+k] = "lang=" + l + "|nearest=" + k
		}
		for _, c := range StageClasses {
			n.rulesNearest[c+"/"+k] = "rules=" + c + "|nearest=" + k
		}
	}
	for b := range n.yearAgo {
		n.yearAgo[b] = "year-ago=" + bucket(b, 3)
	}
	return n
})

// name returns a made name, or joins it when the table lacks it (a
// language or class added later).
func name(table map[string]string, key, prefix, mid, last string) string {
	if s, ok := table[key]; ok {
		return s
	}
	return prefix + mid + last
}

// flagName is "flag=" + doubt, made once per doubt.
func (n *stageNames) flagName(doubt string) string {
	if s, ok := n.flags.Load(doubt); ok {
		return s.(string)
	}
	s, _ := n.flags.LoadOrStore(doubt, "flag="+doubt)
	return s.(string)
}

// stageFeatures are the stage model's view of a transfer candidate.
func (d *docScan) stageFeatures(f domain.Fact, m factMeta) []string {
	if f.Type != domain.TypeTransfer {
		return nil
	}
	n := stageFeatureNames()
	rs := f.Stage
	if rs == "" {
		rs = StageNone
	}
	code := d.lw.code
	out := make([]string, 0, 32)
	out = append(out, "stage|bias", name(n.rules, rs, "rules=", rs, ""), name(n.langRules, code+"/"+rs, "lang="+code, "|rules=", rs))
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
	nearest, nearK := len(sc.toks)+1, -1
	for ki, k := range stageCueKinds {
		ps := sc.cuePositions(k)
		if len(ps) == 0 {
			continue
		}
		out = append(out, n.sent[ki])
		for _, p := range ps {
			if p >= from && p < to {
				out = append(out, n.clause[ki])
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
		side := n.after[ki]
		if before {
			side = n.before[ki]
		}
		out = append(out, side, n.near[ki][min(near/4, 3)])
		if strings.HasPrefix(k, "stage-") && near < nearest {
			nearest, nearK = near, ki
		}
	}
	if nearK >= 0 {
		k := stageCueKinds[nearK]
		out = append(out, n.nearest[nearK], name(n.langNearest, code+"/"+k, "lang="+code, "|nearest=", k), name(n.rulesNearest, rs+"/"+k, "rules="+rs, "|nearest=", k))
	}
	for _, fl := range m.flags {
		out = append(out, n.flagName(fl))
	}
	if m.sent == 0 {
		out = append(out, "headline")
	} else {
		for ki, k := range stageCueKinds {
			if d.sents[m.sent-1].has(k) {
				out = append(out, n.prev[ki])
			}
			if d.sents[0].has(k) {
				out = append(out, n.head[ki])
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
		out = append(out, n.yearAgo[min(max(0, d.pub.Year()-f.Year), 3)])
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
// without the "stage:class|" key), for the classes the model has. It is
// never nil: a model without stage weights has an empty split, made once
// like any other (stages).
func (m *Model) stageWeights() map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	for k, v := range m.Weights {
		rest, ok := strings.CutPrefix(k, "stage:")
		if !ok {
			continue
		}
		class, feat, ok := strings.Cut(rest, "|")
		if !ok {
			continue
		}
		if out[class] == nil {
			out[class] = map[string]float64{}
		}
		out[class][feat] = v
	}
	return out
}

// stages are the stage weights by class: split once by ParseModel or
// StageModel; a Model made otherwise splits them at every call.
func (m *Model) stages() map[string]map[string]float64 {
	if m.stageW != nil {
		return m.stageW
	}
	return m.stageWeights()
}

// StageModel is a model of these weights whose stage weights are split
// once, as ParseModel does, for a model made in memory and asked for many
// stages (cross-validation). The weights must not change afterwards.
func StageModel(weights map[string]float64) *Model {
	m := &Model{Weights: weights}
	m.stageW = m.stageWeights()
	return m
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
	switch best {
	case "":
		return "", false // weights for no class this build knows: the rules' stage stands
	case StageNone:
		return "", true
	}
	return best, true
}

// KeepSplitStages gives the rules' stages back to transfers the stage
// model made alike: two candidates of one system between the same states,
// read from one sentence with stages of their own ("took delivery of the
// first four of 24 … ordered", "Sur les 24 F-16 commandés, le Maroc en a
// déjà reçu huit"), tell two events, and one stage for both would make them
// one deal told twice. stages[i] is the model's stage of cands[i] ("" for
// none); use, when not nil, says which candidates count (the kept ones).
func KeepSplitStages(cands []Candidate, stages []string, use func(i int) bool) {
	groups := map[string][]int{}
	var order []string
	for i, c := range cands {
		f := c.Fact
		if f.Type != domain.TypeTransfer || f.Stage == "" || f.Supplier == nil || f.Recipient == nil || use != nil && !use(i) {
			continue
		}
		k := strconv.Itoa(f.Evidence.Start) + "|" + f.Supplier.String() + ">" + f.Recipient.String() + "|" + sysKey(f)
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		rules, model := map[string]bool{}, map[string]bool{}
		for _, i := range g {
			rules[cands[i].Fact.Stage] = true
			model[stages[i]] = true
		}
		if len(rules) == len(g) && len(model) < len(g) {
			for _, i := range g {
				stages[i] = cands[i].Fact.Stage
			}
		}
	}
}
