package extract

// arHedgedType reports whether the hedge before an Arabic system mention
// bears only on which type it is: "وقّع العراق اتفاقا ... لاقتناء طائرات،
// يُرجَّح أن تكون من نوع JF-17" (a deal signed for aircraft likely to be
// JF-17s). The deal is a fact; the likely type is the best name the text
// gives for it. The hedge ("يرجح", "يعتقد", "يحتمل") stands right before
// "أن تكون/أن يكون/أنها من نوع/طراز", the type word right before the
// mention, and the sentence has a word of a stage or a deal.
func (sc *sentScan) arHedgedType(m mention) bool {
	k := m.tok0 - 1
	if k < 3 || !sc.toks[k].arabic || !sc.lw.isTok("hedge-type", &sc.toks[k]) {
		return false
	}
	k--
	if sc.toks[k].norm != "من" {
		return false
	}
	k--
	switch sc.toks[k].norm {
	case "تكون", "يكون":
		k--
		if k < 1 || sc.toks[k].norm != "ان" {
			return false
		}
	case "انها", "انه":
	default:
		return false
	}
	if !sc.lw.isTok("hedge-word", &sc.toks[k-1]) {
		return false
	}
	for _, c := range []string{"stage-ordered", "stage-delivered", "deal"} {
		if sc.has(c) {
			return true
		}
	}
	return false
}
