package extract

import "github.com/armswatch/armswatch/internal/domain"

// One state signing with several partners, one sentence each: "Morocco's
// minister signed several agreements. With Rwanda, he signed a
// memorandum. With Nigeria, a training agreement was signed. A similar
// agreement was concluded with Senegal." The signer of the later
// sentences is the state that signed the agreement just before (the
// hub), not the partner that sentence was with: "With Rwanda" opens a
// sentence on its partner, not on its subject.

// r15coopHubSigner returns the signer of the agreement read in one of
// the three sentences before i: the party of that agreement that was
// not its sentence's partner after "with", when it is none of partners.
func (d *docScan) r15coopHubSigner(i int, partners []string) string {
	for k := len(d.facts) - 1; k >= 0; k-- {
		j := d.meta[k].sent
		if j >= i {
			continue
		}
		if j < i-3 {
			break
		}
		f := d.facts[k]
		if f.Type != domain.TypeAgreement || len(f.Parties) != 2 {
			continue
		}
		prev, _ := d.sents[j].withPartners()
		a, b := f.Parties[0].Code, f.Parties[1].Code
		switch {
		case contains(prev, b) && !contains(prev, a):
		case contains(prev, a) && !contains(prev, b):
			a = b
		default:
			// "El ministro de Defensa marroquí firmó varios acuerdos": the
			// official's state
			return d.sents[j].r15coopOfficialState(partners)
		}
		if a == "" || contains(partners, a) {
			return ""
		}
		return a
	}
	// no agreement read yet: "El ministro de Defensa marroquí firmó el
	// martes varios acuerdos. Con Ruanda firmó un memorando": the
	// official's state of a signing sentence just before
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if sc := d.sents[j]; sc.has("agreement-sign") && sc.has("agreement") {
			if s := sc.r15coopOfficialState(partners); s != "" {
				return s
			}
		}
	}
	return ""
}

// r15coopAfterWith reports whether the state c follows a relation word
// right at the sentence's start ("With Rwanda, he signed", "Avec le
// Nigeria, un accord", "Con Ruanda firmó"): the sentence's partner, not
// its subject.
func (sc *sentScan) r15coopAfterWith(c mention) bool {
	for k := 0; k < c.tok0 && k <= 1; k++ {
		if sc.lw.isWord("relation-prep", sc.toks[k].norm) {
			return true
		}
	}
	return false
}

// r15coopOfficialState returns the one state the sentence names as an
// official's ("the Moroccan defence minister"), when it is none of
// partners, or "".
func (sc *sentScan) r15coopOfficialState(partners []string) string {
	out := ""
	for _, c := range sc.countries() {
		if c.sub == "agency" || contains(partners, c.id) || !sc.officialOf(c) && !sc.r15coopTitleBefore(c) {
			continue
		}
		if out != "" && out != c.id {
			return ""
		}
		out = c.id
	}
	return out
}

// r15coopTitleBefore: a demonym after an official's title of several
// words ("el ministro de Defensa marroquí", "le ministre de la Défense
// ghanéen"), which officialOf, reading the word right before, leaves.
func (sc *sentScan) r15coopTitleBefore(c mention) bool {
	if c.sub != "demonym" {
		return false
	}
	off := sc.lw.set("official")
	for k := c.tok0 - 1; k >= 0 && k >= c.tok0-4; k-- {
		if clauseGap(sc.toks[k+1]) {
			return false
		}
		if n, _ := off.at(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}
