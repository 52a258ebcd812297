package extract

// A state told to benefit from a state's aid programme is its recipient.
//
// Class of error fixed: "Morocco has benefited from the IMET program since
// 1960", "Le Maroc bénéficie de l'IMET depuis 1960", "تستفيد تونس من
// برنامج التعليم والتدريب العسكري الدولي": the sentence names one state
// besides the programme's own, as the subject of a verb of benefiting; the
// rules read that subject as the provider (a state other than the
// programme's, so no fact). The lexicon's `aid-benefit` words (which the
// aid rules of cooperation.go read too; round 8's kind program-benefit was
// folded into it) mark the state named before them (or, in a verb-first
// Arabic sentence, right after them) as the beneficiary.

// programBenefitState returns the one state other than owner that the
// sentence makes the beneficiary of a programme by an `aid-benefit` word,
// or "".
func (d *docScan) programBenefitState(sc *sentScan, owner string) string {
	ps := sc.lw.set("aid-benefit")
	p, ok := ps.any(sc.toks, 0, len(sc.toks))
	if !ok {
		return ""
	}
	n, _ := ps.at(sc.toks, p)
	out := ""
	for _, c := range sc.countries() {
		if c.id == owner || c.sub == "agency" || sc.placeOnly(c) {
			continue
		}
		if out != "" && out != c.id {
			return "" // several states: the pair rules decide
		}
		// "Morocco has benefited from", "تستفيد تونس من"
		if c.tok1 <= p && p-c.tok1 <= 4 || sc.lw.code == "ar" && c.tok0 >= p+n && c.tok0 <= p+n+1 {
			out = c.id
		} else {
			return ""
		}
	}
	return out
}
