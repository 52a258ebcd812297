package extract

import "github.com/armswatch/armswatch/internal/domain"

// Agreements, round 5: the parties of an agreement signed by a list of
// states. The stretch between punctuation marks around the agreement word
// (cooperation.go punctStretch) cuts a list written with commas ("Germany,
// France, Greece, Italy, Spain and Turkey signed a letter of intent" keeps
// only "Spain and Turkey"); the list the near states belong to is the
// parties.

// An agreement word inside an idiom is no agreement (agreementIdiom):
// "en el marco de su visita" (within), "están de acuerdo en reforzar",
// "de acuerdo con fuentes" (agree, according to), "sont d'accord pour",
// "d'accord avec Washington".

// agreementList returns the whole list of states, joined by commas and
// "and", that the near states belong to, when it holds them all; else
// near.
func (sc *sentScan) agreementList(near []domain.Party) []domain.Party {
	if len(near) == 0 {
		return near
	}
	l := sc.listWith(near[0].Code)
	if len(l) <= len(near) {
		return near
	}
	for _, p := range near {
		if !contains(l, p.Code) {
			return near
		}
	}
	out := make([]domain.Party, 0, len(l))
	for _, c := range l {
		out = append(out, domain.Party{Code: c})
	}
	return out
}

// agreementIdiom reports whether the agreement word at token p is part of
// an idiom: Spanish "marco" after "el"/"del"/"al" ("en el marco de"), or a
// one-word "acuerdo"/"accord" right after "de"/"d'" that follows no noun
// of idiomBefore.
func (sc *sentScan) agreementIdiom(p int) bool {
	if p <= 0 || p >= len(sc.toks) {
		return false
	}
	if n, _ := sc.lw.set("agreement").at(sc.toks, p); n != 1 {
		return false
	}
	w, prev := sc.toks[p].norm, sc.toks[p-1].norm
	switch {
	case w == "marco" && (prev == "el" || prev == "del" || prev == "al"):
		return true
	case (w == "acuerdo" && prev == "de" || w == "accord" && (prev == "d" || prev == "de")) && (p < 2 || !sc.lw.isTok("draft-noun", &sc.toks[p-2])):
		return true
	}
	return false
}

// agreementWithEach reads one state signing agreements with several: "Le
// Maroc a signé des accords militaires avec le Nigeria, le Rwanda et
// l'Éthiopie", "signed one agreement with Nigeria, then another with
// Rwanda", "firmó convenios con Perú y Chile", "وقع المغرب اتفاقيات مع كل
// من نيجيريا ورواندا". The partners are the states right after a "with"
// (an article or "كل من" skipped) and the list each heads; the signer is
// the one other state named before the first "with". It returns one pair
// per partner, or nil when the sentence does not read so (fewer than two
// partners, no signer or several).
func (sc *sentScan) agreementWithEach() [][]domain.Party {
	cs := sc.countries()
	var partners []string
	first := -1
	for k, t := range sc.toks {
		if !sc.lw.isWord("relation-prep", t.norm) {
			continue
		}
		j := k + 1
		for j < len(sc.toks) && j <= k+3 && (sc.lw.isTok("article", &sc.toks[j]) || sc.toks[j].norm == "كل" || sc.toks[j].norm == "من") {
			j++
		}
		for _, c := range cs {
			if c.tok0 != j || c.sub == "demonym" || c.sub == "agency" {
				continue
			}
			if first < 0 {
				first = k
			}
			for _, p := range sc.listWith(c.id) {
				if !contains(partners, p) {
					partners = append(partners, p)
				}
			}
		}
	}
	if len(partners) < 2 {
		return nil
	}
	signer := ""
	for _, c := range cs {
		if c.tok0 >= first || c.sub == "agency" || contains(partners, c.id) || sc.officialOf(c) && c.sub == "demonym" {
			continue
		}
		if signer != "" && signer != c.id {
			return nil
		}
		signer = c.id
	}
	if signer == "" {
		return nil
	}
	var out [][]domain.Party
	for _, p := range partners {
		if p != signer {
			out = append(out, []domain.Party{{Code: signer}, {Code: p}})
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// dealNearby reports whether a plain agreement word ("Vertrag", "the
// agreement", "l'accord"; the caller spares a sentence with a word of
// cooperation-word) stands among
// sentences about a weapon: a system or a kind of weapon named in this
// sentence or the two before or after ("Deutschland und Polen haben den
// Vertrag am Dienstag unterzeichnet. Polen erhält 44 Leopard-Panzer"). A
// sale agreement for named systems is the transfer, not an agreement.
func (d *docScan) dealNearby(i int) bool {
	for j := max(0, i-2); j <= i+2 && j < len(d.sents); j++ {
		if d.sents[j].namesWeapon() {
			return true
		}
	}
	return false
}
