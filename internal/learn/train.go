package learn

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/source"
)

// Options say what to train on.
type Options struct {
	Gold []string // gold files (JSON Lines, one document a line)
	Dirs []string // folders holding the gold's documents, by file name
	// Held says which documents are real news, on which the scores are
	// reported (cross-validation holds out every document in turn).
	// Default: the shared real corpus ("real-…") and the project's
	// real-derived documents ("…-rd-…").
	Held func(doc string) bool
	// Unseen says which documents are news no rule was written from:
	// the confidence is calibrated on their cross-validated predictions
	// alone, so that it says how often a fact is right on news the rules
	// never met, not on the texts they were fitted to (on those, a fact
	// of the same raw score is right more often). Default: the project's
	// real-derived documents ("…-rd-…"); with none, the Held ones.
	Unseen func(doc string) bool
	Folds  int // default 5
	// Repeats is how many times the cross-validation is run, each with
	// its own shuffle of the folds (FoldsSeed); the calibration and the
	// threshold are chosen on all repeats' predictions. Default 1.
	Repeats int
	Fit     FitOptions
	// L2Grid, when set, chooses Fit.L2 among these penalties by repeated
	// cross-validation (ChooseL2) instead of taking it as given.
	L2Grid []float64
	// Threshold, when above 0, is the model's threshold instead of the
	// one BestThreshold picks: to compare two versions of the rules at one
	// threshold (the picked one moves by 0.05 between near-equal runs, and
	// that moves F1 more than most changes of a rule).
	Threshold float64
}

// Report is what training found.
type Report struct {
	Model    *extract.Model
	Examples []Example
	Docs     []*domain.Document // Docs[i] is Examples[i]'s document
	CVProbs  [][]float64        // calibrated, out of fold
	// Fitted and CV count held-out documents' candidates at the model's
	// threshold, under the full model and under cross-validation.
	Fitted, CV Counts
	Bins       []Bin
	Missing    []string // gold documents with no file in Dirs
	// Repeats are the repeated cross-validations (Options.Repeats), each
	// with its calibrated out-of-fold probabilities.
	Repeats []*CV
	// L2Scores are the penalties ChooseL2 compared (Options.L2Grid).
	L2Scores []L2Score
	// CVStages are the transfers' stages under the stage model fitted
	// without their fold (the first shuffle of the folds); StageHeld,
	// StageUnseen and StageAll score the model's stages over every repeat's
	// shuffle, and the rules', on held-out news, unseen news and everything.
	CVStages                         [][]string
	StageHeld, StageUnseen, StageAll StageStat
}

// StageStat is a set's share of stages right: the rules' and the stage
// model's, mean ± spread over the repeated cross-validations.
type StageStat struct {
	N     int
	Rules float64
	Model Stat
}

// Train labels the candidates of every gold document, cross-validates, and
// fits the model on everything.
func Train(ctx context.Context, x *extract.Extractor, opt Options) (*Report, error) {
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	if opt.Held == nil {
		opt.Held = func(doc string) bool { return strings.HasPrefix(doc, "real-") || strings.Contains(doc, "-rd-") }
	}
	if opt.Unseen == nil {
		opt.Unseen = func(doc string) bool { return strings.Contains(doc, "-rd-") }
	}
	gold, err := ReadGold(opt.Gold...)
	if err != nil {
		return nil, err
	}
	files := map[string]string{}
	for _, d := range opt.Dirs {
		ents, err := os.ReadDir(d)
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			if !e.IsDir() {
				if _, ok := files[e.Name()]; !ok {
					files[e.Name()] = filepath.Join(d, e.Name())
				}
			}
		}
	}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	p := &pipeline.Pipeline{Extractor: x}
	rep := &Report{}
	for _, n := range names {
		path, ok := files[n]
		if !ok {
			rep.Missing = append(rep.Missing, n)
			continue
		}
		var doc *domain.Document
		for raw, err := range source.Open(ctx, []string{path}, source.Options{}) {
			if err != nil {
				return nil, err
			}
			res, err := p.Process(raw)
			if err != nil {
				return nil, err
			}
			doc = res.Doc
		}
		if doc == nil || !x.Supports(doc.Language) {
			continue
		}
		cands, err := x.Candidates(doc)
		if err != nil {
			return nil, err
		}
		facts := make([]domain.Fact, len(cands))
		for i, c := range cands {
			facts[i] = c.Fact
		}
		g := gold[n]
		labels, goldIdx := Match(g, facts)
		e := Example{Doc: n, Lang: g.Lang, Held: opt.Held(n), Unseen: opt.Unseen(n), Cands: cands, Labels: labels, Stages: goldStages(g, cands, goldIdx)}
		matched := 0
		for _, y := range e.Labels {
			if y == 1 {
				matched++
			}
		}
		for _, gf := range g.Facts {
			if !isTrue(gf["optional"]) {
				e.Missed++
			}
		}
		e.Missed -= matched
		rep.Examples = append(rep.Examples, e)
		rep.Docs = append(rep.Docs, doc)
	}
	if len(rep.Examples) == 0 {
		return nil, fmt.Errorf("no gold document found in %s", strings.Join(opt.Dirs, ", "))
	}
	// the calibration is fitted on the cross-validated probabilities of
	// unseen news (Options.Unseen); the reported probabilities calibrate each fold with a map
	// fitted on the other folds, so that they too are out of sample
	if len(opt.L2Grid) > 0 {
		opt.Fit.L2, rep.L2Scores = ChooseL2(rep.Examples, opt.Folds, opt.Repeats, opt.L2Grid, opt.Fit, 0.002)
	}
	rep.Repeats = RepeatedCV(rep.Examples, opt.Folds, opt.Repeats, opt.Fit)
	rep.CVProbs = MeanProbs(rep.Repeats)
	thr := opt.Threshold
	if thr <= 0 {
		thr = BestThreshold(Pool(rep.Examples, rep.Repeats))
	}
	rep.Model = Model(rep.Examples, opt.Fit)
	rep.Model.Threshold = thr
	rep.Model.Trained = fmt.Sprintf("%d documents, %d candidates; calibration and threshold from %d-fold cross-validation by document", len(rep.Examples), rep.candidates(), opt.Folds)
	if opt.Repeats > 1 {
		rep.Model.Trained += fmt.Sprintf(", repeated %d times", opt.Repeats)
	}
	rep.Model.Trained += fmt.Sprintf("; L2 %g", opt.Fit.withDefaults().L2)
	var ps, ys []float64
	for _, cv := range rep.Repeats {
		p, y := heldRaw(rep.Examples, cv, func(int) bool { return true })
		ps, ys = append(ps, p...), append(ys, y...)
	}
	rep.Model.Calibration = isotonic(ps, ys, 1/float64(len(rep.Repeats)))
	fitted := make([][]float64, len(rep.Examples))
	for i, e := range rep.Examples {
		fitted[i] = make([]float64, len(e.Cands))
		for j, c := range e.Cands {
			fitted[i][j] = rep.Model.Confidence(c.Features)
		}
	}
	stOpt := opt.Fit
	stOpt.L2 = StageL2
	sets := []struct {
		dst *StageStat
		use func(e *Example) bool
	}{
		{&rep.StageHeld, func(e *Example) bool { return e.Held }},
		{&rep.StageUnseen, func(e *Example) bool { return e.Unseen }},
		{&rep.StageAll, func(e *Example) bool { return true }},
	}
	shares := make([][]float64, len(sets))
	for r := range max(1, opt.Repeats) {
		pred := StageCV(rep.Examples, opt.Folds, uint64(r), stOpt)
		if r == 0 {
			rep.CVStages = pred
		}
		for k, set := range sets {
			sc := ScoreStages(rep.Examples, pred, set.use)
			set.dst.N, set.dst.Rules = sc.N, float64(sc.Rules)/float64(max(1, sc.N))
			shares[k] = append(shares[k], float64(sc.Model)/float64(max(1, sc.N)))
		}
	}
	for k, set := range sets {
		set.dst.Model = statOf(shares[k])
	}
	for k, v := range FitStages(rep.Examples, stOpt) {
		rep.Model.Weights[k] = v
	}
	rep.Fitted = CountAt(rep.Examples, fitted, thr, true)
	rep.CV = CountAt(rep.Examples, rep.CVProbs, thr, true)
	rep.Bins = Reliability(rep.Examples, rep.CVProbs, thr)
	return rep, nil
}

func (r *Report) candidates() int {
	n := 0
	for _, e := range r.Examples {
		n += len(e.Cands)
	}
	return n
}

// CVFacts are the facts a held-out document gets under cross-validation
// (the candidates its fold's model keeps, with that model's confidence);
// ok is false for documents that are not real news.
func (r *Report) CVFacts(i int) (facts []domain.Fact, ok bool) {
	if !r.Examples[i].Held {
		return nil, false
	}
	cands := r.Examples[i].Cands
	for j := range cands {
		if r.CVProbs[i][j] >= r.Model.Threshold {
			f := cands[j].Fact
			if r.CVStages != nil && cands[j].StageFeatures != nil {
				f.Stage = r.CVStages[i][j]
			}
			f.Confidence = float64(int(r.CVProbs[i][j]*1000+0.5)) / 1000
			facts = append(facts, f)
		}
	}
	return facts, true
}

// calibrationOf fits the isotonic calibration on the cross-validated raw
// probabilities of the calibration documents (calibrates) that use selects.
func calibrationOf(exs []Example, cv *CV, use func(i int) bool) [][2]float64 {
	return Isotonic(heldRaw(exs, cv, use))
}

// calibrates reports whether example e fits the calibration: the unseen
// news, or the held-out news when no example is marked unseen.
func calibrates(exs []Example) func(e *Example) bool {
	for i := range exs {
		if exs[i].Unseen {
			return func(e *Example) bool { return e.Unseen }
		}
	}
	return func(e *Example) bool { return e.Held }
}

// heldRaw lists the raw cross-validated probabilities of the calibration
// documents' candidates that use selects, with their labels (1 right,
// 0 wrong).
func heldRaw(exs []Example, cv *CV, use func(i int) bool) (ps, ys []float64) {
	calib := calibrates(exs)
	for i := range exs {
		e := &exs[i]
		if !calib(e) || !use(i) {
			continue
		}
		for j, y := range e.Labels {
			ps = append(ps, cv.Raw[i][j])
			if y != 0 {
				ys = append(ys, 1)
			} else {
				ys = append(ys, 0)
			}
		}
	}
	return ps, ys
}
