package extract

// Agreements, round 16: one sentence, several agreements with one word
// in the singular. A word that adds a further agreement ("and another
// with Ghana", "puis un autre avec le Togo", "y otro con Ghana", "und ein
// weiteres mit Ghana", "وأخرى مع غانا"), or one that gives each signer its
// own ("ont chacun signé un accord avec la Russie", "firmaron sendos
// acuerdos", "unterzeichneten jeweils ein Abkommen"), makes the sentence
// read like one with a plural agreement word (coop_r6_signer.go
// pluralAgreement): one pair per partner (or per signer), not one text
// all sign.
//
// A partner may also be a demonym before the word for counterpart ("with
// his Rwandan counterpart", "mit seinem ruandischen Amtskollegen"), as it
// is after it in French, Spanish and Arabic ("avec son homologue
// rwandais").

// r16coopSeveral reports whether the sentence has a word of
// coop-another after its first agreement word, or a word of coop-each.
func (sc *sentScan) r16coopSeveral() bool {
	if _, ok := sc.lw.set("coop-each").any(sc.toks, 0, len(sc.toks)); ok {
		return true
	}
	ps := sc.cuePositions("agreement")
	if len(ps) == 0 {
		return false
	}
	n, _ := sc.lw.set("agreement").at(sc.toks, ps[0])
	_, ok := sc.lw.set("coop-another").any(sc.toks, ps[0]+max(n, 1), len(sc.toks))
	return ok
}

// r16coopCounterpartAfter reports whether the demonym c is followed by a
// word for counterpart ("his Rwandan counterpart", "seinem ruandischen
// Amtskollegen").
func (sc *sentScan) r16coopCounterpartAfter(c mention) bool {
	return c.sub == "demonym" && c.tok1 < len(sc.toks) && sc.lw.isTok("counterpart", &sc.toks[c.tok1])
}

// r16coopListArticle reports whether w is a plural or case-marked article
// that may stand before the last state of a list (cooperation.go
// listWith): "avec la Turquie, le Qatar et les Émirats arabes unis", "con
// Chile, Colombia y los Estados Unidos", "mit Polen und den Niederlanden".
func r16coopListArticle(w string) bool {
	switch w {
	case "les", "los", "las", "den", "dem", "al":
		return true
	}
	return false
}

// r16coopTwoWiths reports whether two words for "with" each head a state
// of the partners ("un accord a été signé avec la Turquie en 2021, puis
// avec le Qatar en 2023", "con Chile y con Perú"): two agreements, not
// one text all sign.
func (sc *sentScan) r16coopTwoWiths(partners []string) bool {
	heads := 0
	cs := sc.countries()
	for k, t := range sc.toks {
		if !sc.lw.isWord("relation-prep", t.norm) {
			continue
		}
		j := k + 1
		for j < len(sc.toks) && j <= k+3 && sc.lw.isTok("article", &sc.toks[j]) {
			j++
		}
		for _, c := range cs {
			if c.tok0 == j && c.sub != "agency" && c.sub != "demonym" && contains(partners, c.id) {
				heads++
				break
			}
		}
	}
	return heads >= 2
}
