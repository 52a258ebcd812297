package extract

import (
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// r16OtherCustomers makes a transfer of the one system the document
// names shortly before an English, Spanish, German or Arabic sentence that
// takes it up without naming it, to each state that sentence names as
// another buyer of it: "El avión de transporte ha sido escogido también
// por Hungría, que encargó dos unidades", "Auch Großbritannien und
// Portugal hätten Flugzeuge gekauft", "The first boat of the class was
// gifted to Papua New Guinea in 2018 and the second went to Tuvalu". The
// sentence marks the construction by "also" (customers-also), by a noun
// for the model's buyers or users (customers-client), by "of the class"
// (customers-class) or by a verb of using it (customers-operate), and
// states an order, a delivery or a choice; with no stage, a buyer of the
// model is read as having ordered it, a mere user is not. French sentences that
// fr_customers.go read keep its single candidate.
// The seller is the system's state of origin; a buyer from that state is
// no transfer. A sentence that already has a category-only transfer to
// the buyer gets that transfer named instead of a second one. The flags
// tell the model which construction it was; it decides.
func (d *docScan) r16OtherCustomers() {
	if d.notice {
		return
	}
	for i, sc := range d.sents {
		if i == 0 || len(sc.toks) < 4 || sc.doubtful() || sc.has("future") {
			continue
		}
		var flags []string
		for _, k := range []string{"customers-also", "customers-client", "customers-class", "customers-operate"} {
			if sc.has(k) {
				flags = append(flags, k)
			}
		}
		if len(flags) == 0 {
			continue
		}
		dist := 0
		s, at, found := d.r16CustomersSystem(i, &dist)
		if !found || s.Origin == "" {
			continue
		}
		skip := false
		for _, m := range sc.mentions {
			if m.kind == mSystem {
				skip = true // the sentence names a system: the other rules read it
			}
			if m.kind == mGeneric && m.id != s.Category {
				skip = true // "munitions" after a fighter: another thing
			}
		}
		if skip {
			continue
		}
		st, pos := sc.stageOf(0, 0)
		switch {
		case st == domain.StageOrdered || st == domain.StageDelivered:
		case sc.has("chosen-word"):
			st, pos = domain.StageOther, 0
		case contains(flags, "customers-client"):
			// "weitere Kunden sind": a past buy; "already operated by"
			// alone is no transfer (annotating.md), only a flag
			st, pos = domain.StageOrdered, 0
		default:
			continue
		}
		var recs []mention
		for _, c := range sc.countries() {
			sup, _ := d.roleCues(sc, c)
			if sup {
				recs = nil
				break
			}
			if c.id == s.Origin || c.sub == "demonym" || sc.placeOnly(c) {
				continue
			}
			if co, ok := d.x.lex.Country(c.id); ok && co.Sovereign == s.Origin {
				continue // "la Guyane" for a French boat: the seller's own territory
			}
			dup := false
			for _, r := range recs {
				dup = dup || r.id == c.id
			}
			if !dup {
				recs = append(recs, c)
			}
		}
		if len(recs) == 0 || len(recs) > 4 {
			continue
		}
		if len(recs) > 1 {
			flags = append(flags, "customers-list")
		}
		switch {
		case dist <= 1:
			flags = append(flags, "customers-near")
		case dist <= 3:
			flags = append(flags, "customers-mid")
		default:
			flags = append(flags, "customers-far")
		}
		flags = append(flags, "customers-stage="+st)
		for _, r := range recs {
			if d.r16NameCategoryOnly(sc, r.id, s, at, flags) {
				continue
			}
			f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: s.Origin}, Recipient: &domain.Party{Code: r.id}, Stage: st,
				System: systemFact(s, d.textAt(at.start, at.end))}
			if y := sc.yearNear(r.tok0); y != 0 {
				f.Year = y
			} else if y := sc.yearNear(pos); y != 0 && len(recs) == 1 {
				f.Year = y
			}
			d.pending = append([]string{"anaphoric-model"}, flags...)
			d.add(i, sc, f, "transfer.customers", 0.55)
		}
	}
}

// r16CustomersSystem returns the system last named before sentence i,
// and how many sentences back it stands: named in the
// sentence just before, when that sentence names no other of its
// category; further back, when the document names no other of its
// category before sentence i.
func (d *docScan) r16CustomersSystem(i int, dist *int) (s lexicon.System, at mention, ok bool) {
	if s, *dist, ok = d.lastSystemBefore(i); !ok { // fr_customers.go
		return s, at, false
	}
	if *dist == 1 {
		// the sentence just before: its only system of that category
		for _, m := range d.sents[i-1].mentions {
			if o, found := d.x.systemOf(m); m.kind == mSystem && found && o.Category == s.Category && o.ID != s.ID {
				return s, at, false
			}
		}
		for _, m := range d.sents[i-1].mentions {
			if o, found := d.x.systemOf(m); m.kind == mSystem && found && o.ID == s.ID {
				at = m
			}
		}
		return s, at, true
	}
	return d.onlyNamedBefore(s.Category, i)
}

// r16NameCategoryOnly names the system s on a category-only transfer the
// sentence already has to rec from the system's state (or no stated
// seller), and reports whether there was one.
func (d *docScan) r16NameCategoryOnly(sc *sentScan, rec string, s lexicon.System, at mention, flags []string) bool {
	named := false
	for _, k := range d.bySent[sc.s.start] {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.Recipient == nil || f.Recipient.Code != rec || f.System == nil {
			continue
		}
		if f.System.ID != "" {
			named = true // already a named transfer to that buyer
			continue
		}
		if f.System.Category != s.Category || f.Supplier != nil && f.Supplier.Code != s.Origin {
			continue
		}
		f.System = systemFact(s, d.textAt(at.start, at.end))
		f.Supplier = &domain.Party{Code: s.Origin}
		if d.bySystem == nil {
			d.bySystem = map[string][]int{}
		}
		d.bySystem[systemKey(*f)] = append(d.bySystem[systemKey(*f)], k)
		for _, fl := range append([]string{"customers-named"}, flags...) {
			if !contains(d.meta[k].flags, fl) {
				d.meta[k].flags = append(d.meta[k].flags, fl)
			}
		}
		named = true
	}
	return named
}
