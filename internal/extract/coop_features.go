package extract

import "github.com/armswatch/armswatch/internal/domain"

// coopFeatures are the decision model's features of the cooperation facts,
// read from the fact's sentence (features.go adds the type prefix):
//   - agreements: a sign verb, a cooperation-agreement word ("memorandum",
//     "defence cooperation agreement"), talks or a postponement, a maker
//     named (companies sign contracts), states named besides the parties;
//   - memberships: a joining word, a candidate/host/guest word, an
//     observer word, the organisation as the complement of a membership
//     word ("member of NATO", "rejoint l'Otan");
//   - exercises: a participation word, an exercise word in the sentence.
func (d *docScan) coopFeatures(sc *sentScan, f domain.Fact) []string {
	var out []string
	flag := func(ok bool, name string) {
		if ok {
			out = append(out, name)
		}
	}
	switch f.Type {
	case domain.TypeAgreement:
		flag(sc.has("agreement-sign"), "sign-cue")
		flag(sc.has("agreement-coop"), "coop-word")
		flag(sc.has("agreement-talks") || sc.has("agreement-postponed"), "talks-cue")
		maker := false
		for _, m := range sc.mentions {
			maker = maker || m.kind == mNamed && m.sub == "maker"
		}
		flag(maker, "maker-named")
		others := map[string]bool{}
		for _, c := range sc.countries() {
			if c.sub != "agency" && !containsParty(f.Parties, c.id) {
				others[c.id] = true
			}
		}
		flag(len(others) > 0, "third-state")
	case domain.TypeMembership:
		flag(sc.has("accession"), "accession-cue")
		flag(sc.has("member-not-yet"), "not-yet-cue")
		flag(sc.has("observer"), "observer-cue")
		complement := false
		ms := sc.cuePositions("membership")
		for _, m := range sc.mentions {
			if m.kind != mNamed || m.sub != "organization" {
				continue
			}
			for _, p := range ms {
				complement = complement || p < m.tok0 && m.tok0-p <= 4
			}
		}
		flag(complement, "org-complement")
	case domain.TypeExercise:
		flag(sc.has("participation"), "participation-cue")
		flag(sc.has("exercise"), "exercise-word")
	}
	return out
}
