package extract

// sourceOfKind returns the state another sentence gives as where the
// systems of category cat came from, when it speaks of them with a
// definite noun ("aprobó la transferencia de los aviones desde
// Dinamarca", "the jets from Denmark"), or "": for a transfer whose
// supplier was only its system's country of origin, that state is the
// former owner who gives them up. except is the recipient.
func (d *docScan) sourceOfKind(cat, except string) string {
	found := ""
	for _, sc := range d.sents {
		if sc.negated() {
			continue
		}
		named := false
		for _, m := range sc.mentions {
			if m.kind == mSystem {
				if s, ok := d.x.lex.System(m.id); ok && s.Category == cat {
					named = true
				}
			}
		}
		if named {
			continue // a sentence naming the system has made its own facts
		}
		kind := false
		for _, m := range sc.mentions {
			if m.kind == mGeneric && m.id == cat && sc.definite(m) {
				kind = true
			}
		}
		if !kind {
			continue
		}
		for _, c := range sc.countries() {
			if c.id == except || !sc.sourcePrep(c) {
				continue
			}
			if found != "" && found != c.id {
				return "" // two sources: no reading
			}
			found = c.id
		}
	}
	return found
}

// settleFormerOwner gives a transfer whose supplier was only its system's
// origin the source state another sentence names for that kind of system.
func (d *docScan) settleFormerOwner(i int) {
	f := &d.facts[i]
	if f.System == nil || f.System.ID == "" || f.Recipient == nil {
		return
	}
	if c := d.sourceOfKind(f.System.Category, f.Recipient.String()); c != "" && c != f.Supplier.String() {
		f.Supplier = party(c)
	}
}
