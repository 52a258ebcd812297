package extract

import "github.com/armswatch/armswatch/internal/domain"

// all_r6_identified.go: a sentence that says what the goods of the deal
// before are ("Für die Slowakei sind 15 Kampfpanzer vorgesehen. Bei den
// Fahrzeugen handelt es sich um ältere Leopard 2A4", "Il s'agit de chars
// Leopard 2A4", "Se trata de tanques Leopard 2A4", "The tanks are older
// Leopard 2A4s") names the system of the generic deals of its category
// that the three sentences before told: each such deal gets a candidate
// for the named system, with the deal's parties, stage, count and year,
// flagged "kind-identified" for the model.

// identifiedFrom returns the token after which the sentence identifies
// goods: German "handelt es sich um", French "il s'agit de", Spanish "se
// trata de", English "The tanks are"; or -1.
func (sc *sentScan) identifiedFrom() int {
	n := len(sc.toks)
	w := func(k int) string {
		if k < 0 || k >= n {
			return ""
		}
		return sc.toks[k].norm
	}
	switch sc.lw.code {
	case "de":
		for k := 0; k+3 < n; k++ {
			if w(k) == "handelt" && w(k+1) == "es" && w(k+2) == "sich" && w(k+3) == "um" {
				return k + 3
			}
			if w(k) == "handelt" && w(k+1) == "sich" && w(k+2) == "um" { // "Es handelt sich um"
				return k + 2
			}
		}
	case "fr":
		for k := 0; k+2 < n; k++ {
			if w(k) == "s" && w(k+1) == "agit" && (w(k+2) == "de" || w(k+2) == "d" || w(k+2) == "des" || w(k+2) == "du") {
				return k + 2
			}
		}
	case "es":
		for k := 0; k+2 < n; k++ {
			if w(k) == "se" && (w(k+1) == "trata" || w(k+1) == "tratan") && w(k+2) == "de" {
				return k + 2
			}
		}
	case "en":
		// "The tanks are", "These vehicles were": a definite generic
		// subject opening the sentence and the verb to be
		if n < 4 || w(0) != "the" && w(0) != "these" && w(0) != "those" {
			return -1
		}
		for _, m := range sc.mentions {
			if m.kind == mGeneric && m.tok0 <= 2 && (w(m.tok1) == "are" || w(m.tok1) == "were") {
				return m.tok1
			}
		}
	}
	return -1
}

// identifiedKind adds the candidates of the named systems an identifying
// sentence gives for the generic deals before it.
func (d *docScan) identifiedKind(i int, sc *sentScan) {
	if d.notice || i == 0 || !d.relaxed {
		return // a reading the model weighs: strict rules leave it out
	}
	from := -1
	for _, m := range sc.mentions {
		if m.kind == mSystem {
			if from < 0 {
				if from = sc.identifyingFrom(); from < 0 { // all_r9_fresh_typeof.go: also "gehören die Boote zum Typ"
					return
				}
			}
			if m.tok0 <= from {
				continue
			}
			s, ok := d.x.systemOf(m)
			if !ok || s.Category == "" || d.otherOfKind(sc, m, s.Category, from) {
				continue // "Il s'agit de Bayraktar TB2 et de Wing Loong II": which one is the deal's, the text does not say
			}
			for j := max(0, i-3); j < i; j++ {
				if d.namesKindIn(j, s.Category) {
					continue // "T-72-Panzer und Schützenpanzer": the generic is another item beside a named one
				}
				for _, k := range d.bySent[d.sents[j].s.start] {
					g := d.facts[k]
					if g.Type != domain.TypeTransfer || g.System == nil || g.System.ID != "" || g.System.Category != s.Category || g.Supplier == nil || g.Recipient == nil {
						continue
					}
					f := domain.Fact{Type: domain.TypeTransfer, Supplier: g.Supplier, Recipient: g.Recipient, Stage: g.Stage, Quantity: g.Quantity, Year: g.Year}
					identifiedRoles(&f, s.Origin) // all_r9_fresh_typeof.go: roles against the system's origin
					if d.hasPair(s.ID, f.Supplier.String(), f.Recipient.String()) {
						continue // the pair as the roles stand once set right: a deal the text states already
					}
					if sc.names(f.Supplier.String()) && sc.names(f.Recipient.String()) {
						continue // "أعلنت ... موافقة واشنطن على بيع 12 طائرة من طراز إف-16 إلى الأردن": the sentence states the deal itself, after its headline's "12 مقاتلة"
					}
					f.System = systemFact(s, d.textAt(m.start, m.end))
					d.pending = []string{"kind-identified"}
					if j == i-1 {
						d.flag("kind-identified-near")
					}
					d.add(i, sc, f, "transfer.system", 0.6)
				}
			}
		}
	}
	d.pending = nil
}

// hasPair reports whether a transfer of the system between the two states
// is already a fact.
func (d *docScan) hasPair(id, sup, rec string) bool {
	for _, j := range d.bySystem[id] { // rules.go add
		if f := d.facts[j]; f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == id && f.Supplier != nil && f.Recipient != nil &&
			f.Supplier.String() == sup && f.Recipient.String() == rec {
			return true
		}
	}
	return false
}

// namesKindIn reports whether sentence j has a fact of a named system of
// the category.
func (d *docScan) namesKindIn(j int, cat string) bool {
	for _, k := range d.bySent[d.sents[j].s.start] {
		if f := d.facts[k]; f.System != nil && f.System.ID != "" && f.System.Category == cat {
			return true
		}
	}
	return false
}

// otherOfKind reports whether the sentence names, after token from,
// another system of the category than m.
func (d *docScan) otherOfKind(sc *sentScan, m mention, cat string, from int) bool {
	for _, o := range sc.mentions {
		if o.kind != mSystem || o.tok0 <= from || o.id == m.id {
			continue
		}
		if s, ok := d.x.systemOf(o); ok && s.Category == cat {
			return true
		}
	}
	return false
}
