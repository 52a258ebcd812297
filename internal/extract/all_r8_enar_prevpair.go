package extract

import (
	"sort"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// A fact spread over two sentences: the states in one ("Poland signed a
// contract with South Korea on Friday."), the goods in the next, which
// names no state ("The deal covers 180 K2 tanks.", "هذه الطائرات
// ستصل…", "Le contrat porte sur 12 Rafale."). pairFor fell back on the
// document's main pair, which in a story of several deals is another
// deal's. A sentence that names no state at all takes the pair the
// sentence just before it names, when that sentence names a supplier and
// a recipient of its own; the document's pair stays the fallback.

// prevSentencePair fills an open supplier or recipient of sentence sc
// from the sentence before it.
func (d *docScan) prevSentencePair(sc *sentScan, origin, sup, rec string) (string, string) {
	if sup != "" && rec != "" && sup != origin || d.r8PrevBusy || len(sc.countries()) > 0 {
		return sup, rec
	}
	if asSup, asRec := sc.anaphorRole(); asSup || asRec {
		return sup, rec // "the kingdom", "le pays": the document's state (roles.go)
	}
	i := d.sentIndex(sc)
	if i <= 0 {
		return sup, rec
	}
	prev := d.sents[i-1]
	if !sc.r8SpeaksOfDeal() {
		return sup, rec
	}
	ps, pr := d.r8PrevFactPair(prev)
	if ps == "" {
		if len(prev.countries()) < 2 || !prev.r8StatesDeal() {
			return sup, rec
		}
		d.r8PrevBusy = true
		ps, pr = d.pairFor(prev, "", nil)
		d.r8PrevBusy = false
	}
	if ps == "" || pr == "" || ps == pr || !prev.names(ps) || !prev.names(pr) {
		return sup, rec
	}
	if origin != "" && pr == origin {
		// "Polen hat einen Vertrag mit Südkorea unterzeichnet. Der
		// Vertrag umfasst 180 K2-Panzer.": the maker's state sells
		ps, pr = pr, ps
	}
	switch {
	case sup == "" || sup == ps || sup == origin && rec == "":
		// the system's origin was only a default: the seller the
		// sentence before names stands
		d.r8NotePrevPair(sc, ps, pr)
		return ps, pr
	case rec == "" && pr != sup:
		d.r8NotePrevPair(sc, sup, pr)
		return sup, pr
	}
	return sup, rec
}

// r8NotePrevPair records that sentence sc took the pair sup>rec from the
// sentence before it.
func (d *docScan) r8NotePrevPair(sc *sentScan, sup, rec string) {
	if d.r8Prev == nil {
		d.r8Prev = map[int][2]string{}
	}
	d.r8Prev[sc.s.start] = [2]string{sup, rec}
}

// r8PrevPairFlags flags a fact whose parties sentence sc took from the
// sentence before as the inherited parties of all_r6_inherit.go are
// ("inherit-rec", "inherit-near"), so that the model weighs them alike.
func (d *docScan) r8PrevPairFlags(sc *sentScan, f *domain.Fact) {
	p, ok := d.r8Prev[sc.s.start]
	if !ok || f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil || f.Recipient.String() != p[1] || sc.names(p[1]) {
		return
	}
	for _, fl := range d.pending {
		if strings.HasPrefix(fl, "inherit-") {
			return
		}
	}
	d.pending = append(d.pending, "inherit-rec")
	if f.Supplier.String() == p[0] && !sc.names(p[0]) {
		d.pending = append(d.pending, "inherit-sup")
	}
	d.pending = append(d.pending, "inherit-near")
}

// sentIndex returns the index of sc among the document's sentences, -1
// if it is not one of them.
func (d *docScan) sentIndex(sc *sentScan) int {
	k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].s.start >= sc.s.start })
	if k < len(d.sents) && d.sents[k] == sc {
		return k
	}
	return -1
}

// r8SpeaksOfDeal reports whether a sentence goes on about a deal told
// before: it names a deal ("the deal covers", "le contrat porte sur",
// "وتشمل الصفقة") or describes its goods with a definite word ("the
// jets", "هذه الطائرات").
func (sc *sentScan) r8SpeaksOfDeal() bool {
	if sc.has("deal") || sc.has("including") {
		return true
	}
	if sc.lw.code == "ar" && len(sc.toks) > 0 {
		// "وتضم 24 طائرة" (and it includes), "وتسلمت 12 طائرة" (and
		// she received): the verb carries the subject of the sentence
		// before
		for _, t := range sc.toks {
			if arIncludesVerb(t) {
				return true
			}
		}
		if w := sc.toks[0].norm; (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && sc.r8StatesDeal() {
			return true
		}
	}
	for _, m := range sc.mentions {
		if (m.kind == mGeneric || m.kind == mSystem) && (sc.definite(m) || sc.arDefinite(m)) {
			return true
		}
	}
	return false
}

// r8StatesDeal reports whether a sentence tells of a deal: a word for a
// deal, a stage or a signature.
func (sc *sentScan) r8StatesDeal() bool {
	for _, k := range []string{"deal", "stage-ordered", "stage-delivered", "stage-approved", "stage-requested", "agreement-sign"} {
		if sc.has(k) {
			return true
		}
	}
	return false
}

// r8PrevFactPair returns the parties of the transfers the rules read in
// sentence prev when they all have the same supplier and recipient, both
// states the sentence names.
func (d *docScan) r8PrevFactPair(prev *sentScan) (sup, rec string) {
	for _, j := range d.bySent[prev.s.start] {
		f := d.facts[j]
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		if j < len(d.meta) && len(d.meta[j].flags) > 0 {
			continue // a doubtful candidate makes no pair
		}
		s, r := f.Supplier.String(), f.Recipient.String()
		if s == "" || r == "" || !prev.names(s) || !prev.names(r) {
			continue
		}
		if sup != "" && (s != sup || r != rec) {
			return "", ""
		}
		sup, rec = s, r
	}
	return sup, rec
}

// arDefinite reports whether an Arabic mention carries the article
// ("الطائرات", "والمقاتلات", "بالدبابات"): Arabic glues the definite
// article that English writes as "the".
func (sc *sentScan) arDefinite(m mention) bool {
	if sc.lw.code != "ar" || m.tok0 >= len(sc.toks) {
		return false
	}
	w := sc.toks[m.tok0].norm
	for _, p := range []string{"ال", "وال", "بال", "فال", "لل", "ولل"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
