package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// deCopyNouns count copies of a system without naming it: "354 Stück",
// "zwölf Exemplare", "mehrere dieser Systeme".
var deCopyNouns = map[string]bool{"stuck": true, "exemplare": true, "systeme": true}

// deCopies reads a German sentence that names no system but counts copies
// of one or points back at it: "Von diesen hatte die Türkei 354 Stück aus
// Beständen der Bundeswehr bekommen", "Ägypten, das bei Diehl Defence
// mehrere dieser Systeme bestellt hat". The copies are of the system named
// last in the four sentences before, going to the state the sentence
// names as getting or buying them, at the sentence's stage.
func (d *docScan) deCopies(i int, sc *sentScan) {
	if d.lw.code != "de" || d.notice || i == 0 || sc.negated() {
		return
	}
	for k, t := range sc.toks {
		if !deCopyNouns[t.norm] {
			continue
		}
		m := mention{kind: mGeneric, start: t.start, end: t.end, tok0: k, tok1: k + 1}
		q := sc.quantityBefore(m)
		back := k > 0 && (sc.toks[k-1].norm == "dieser" || sc.toks[k-1].norm == "mehrere")
		if q == 0 && !back {
			continue
		}
		// a count takes the system just named ("Von diesen ... 354
		// Stück"); "dieser Systeme" the one the document is about
		s0, ok := d.lastNamedSystem(i)
		if q == 0 {
			s0, ok = d.mainNamedSystem(i)
		}
		if !ok {
			return
		}
		stage, pos := sc.stageOf(k, k+1)
		if st, p := sc.stageInClause(m); st != "" {
			stage, pos = st, p // "…, das … bestellt hat; Kairo überließ …"
		}
		// "400 Stück sollen aus den Niederlanden an die Ukraine gehen": a
		// state that is to get copies has been promised them
		pledged := false
		if from, to := sc.clauseOf(k); stage == "" {
			if pp := sc.pledgeIn(from, to); pp >= 0 {
				stage, pos, pledged = domain.StageApproved, pp, true
			}
		}
		if stage == "" || sc.futureClause(k) && !pledged || sc.hypotheticalAt(k) || sc.hypotheticalAt(pos) {
			return
		}
		m.id = s0.Category
		sup, rec := d.pairFor(sc, s0.Origin, &m)
		// "für Ägypten bestimmt, das bei Diehl Defence mehrere dieser
		// Systeme bestellt hat": the state before the relative pronoun
		// is the subject of the clause
		if c := sc.deRelativeAntecedent(k); c != "" {
			rec = c
			if sup == c || !sc.names(sup) {
				sup = s0.Origin
			}
		}
		if rec == "" || !sc.names(rec) {
			return // the buyer of the copies is named in the sentence
		}
		if sup == "" {
			sup = s0.Origin
		}
		if sup == "" || sup == rec {
			return
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: party(sup), Recipient: party(rec), Stage: stage, Quantity: q, Year: sc.yearNear(pos),
			System: systemFact(s0, d.textAt(t.start, t.end))}
		d.add(i, sc, f, "transfer.copies", 0.6)
		return
	}
}

// lastNamedSystem returns the named system mentioned last in the four
// sentences before sentence i.
func (d *docScan) lastNamedSystem(i int) (s lexicon.System, ok bool) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		ms := d.sents[j].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].kind == mSystem {
				if s, ok := d.x.systemOf(ms[k]); ok {
					return s, true
				}
			}
		}
	}
	return s, false
}

// mainNamedSystem returns the named system the document names first (in
// its headline or lead: what it is about), before sentence i.
func (d *docScan) mainNamedSystem(i int) (s lexicon.System, ok bool) {
	for j := 0; j < i && j < len(d.sents); j++ {
		for _, m := range d.sents[j].mentions {
			if m.kind == mSystem {
				return d.x.systemOf(m)
			}
		}
	}
	return s, false
}

// deRelativeAntecedent returns the state that a German relative clause
// holding token k refers to: "Ägypten, das ... bestellt hat" ("" if the
// clause is no relative clause right after a state).
func (sc *sentScan) deRelativeAntecedent(k int) string {
	from, _ := sc.clauseOf(k)
	if from == 0 || from >= len(sc.toks) || !strings.Contains(sc.toks[from].gap, ",") {
		return ""
	}
	switch sc.toks[from].norm {
	case "das", "der", "die", "welches", "welcher", "welche":
	default:
		return ""
	}
	// the state right before the comma, or before a verb or two closing
	// the clause before: "für Ägypten bestimmt, das ..."
	best := ""
	for _, c := range sc.countries() {
		if c.sub == "demonym" || c.tok1 > from || from-c.tok1 > 2 {
			continue
		}
		between := true
		for t := c.tok1; t < from; t++ {
			if !isLowerWord(sc.toks[t].raw) {
				between = false
			}
		}
		if between {
			best = c.id
		}
	}
	return best
}
