package extract

// The state a document names most was counted in five places, each with a
// pass of its own over the sentences (two of them anew at every call).
// stateCounts makes each count once per document and mostNamed picks from
// it; the counts differ where the rules that read them need it:
//
//   - tallyAll: every state's mention of countries() (not "US$", a
//     currency). mostNamedExcept and mainPair: an aid programme's or an
//     exercise's other party, where an agency ("the Pentagon") and a
//     demonym name their state as well as its name does.
//   - tallyMentions: every country mention, the "US$" of an amount too.
//     The features (doc-mentions, member=doc-top) read it: the model was
//     trained on these counts.
//   - tallyNamed: demonyms aside ("a Turkish drone" names a maker, not a
//     party; but "the Philippine Navy" names its state, outside French,
//     whose demonyms on forces are counted apart, tallyForces), and no
//     adversary ("against Russia"). focus and mostNamedOutside: the
//     document's buyer or seller of a transfer.
//   - tallyForces: French demonyms on armed forces ("l'armée burkinabè"),
//     frForcesFocus's buyer.
//   - tallySigners: no agency and no mere place ("in Brüssel": where, not
//     who). contextSigner: the state that signs an agreement.
//
// mostNamed's options: except and skip leave states out; ties go to the
// first in alphabetical order, or, with noTie, to none (a signer is named
// only when no other state is named as often).

type stateTally int

const (
	tallyAll stateTally = iota
	tallyMentions
	tallyNamed
	tallyForces
	tallySigners
	tallyKinds
)

// stateCounts returns the document's count of each state's mentions of
// the tally, made once; callers must not change it.
func (d *docScan) stateCounts(t stateTally) map[string]int {
	if d.tallies == nil {
		d.tallies = new([tallyKinds]map[string]int)
	}
	if c := d.tallies[t]; c != nil {
		return c
	}
	switch t {
	case tallyNamed, tallyForces:
		named, forces := map[string]int{}, map[string]int{}
		for _, s := range d.sents {
			for _, m := range s.countries() {
				if (m.sub != "demonym" || s.lw.code != "fr" && s.forcesBeside(m)) && !s.adversary(m) {
					named[m.id]++
				} else if s.frForcesDemonym(m) { // fr_forcesdemonym.go: "l'armée burkinabè"
					forces[m.id]++
				}
			}
		}
		d.tallies[tallyNamed], d.tallies[tallyForces] = named, forces
	case tallyMentions:
		c := map[string]int{}
		for _, s := range d.sents {
			for _, m := range s.mentions {
				if m.kind == mCountry {
					c[m.id]++
				}
			}
		}
		d.tallies[t] = c
	default:
		c := map[string]int{}
		for _, s := range d.sents {
			for _, m := range s.countries() {
				if t == tallySigners && (m.sub == "agency" || s.placeOnly(m)) {
					continue
				}
				c[m.id]++
			}
		}
		d.tallies[t] = c
	}
	return d.tallies[t]
}

// mostOpts are the states mostNamed leaves out and how it breaks a tie.
type mostOpts struct {
	except string
	skip   func(string) bool // nil: none
	noTie  bool              // a tie gives ""
}

// mostNamed returns the state of the tally the document names most.
func (d *docScan) mostNamed(t stateTally, o mostOpts) string {
	return mostOf(d.stateCounts(t), o)
}

// mostOf returns the key of cnt with the highest count under o.
func mostOf(cnt map[string]int, o mostOpts) string {
	best, bn, tie := "", 0, false
	for k, v := range cnt {
		if k == o.except || o.skip != nil && o.skip(k) {
			continue
		}
		switch {
		case v > bn:
			best, bn, tie = k, v, false
		case v == bn && v > 0:
			tie = true
			if k < best {
				best = k
			}
		}
	}
	if tie && o.noTie {
		return ""
	}
	return best
}
