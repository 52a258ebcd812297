package extract

// sourceOfKind returns the state another sentence gives as where the
// systems of category cat came from, when it speaks of them with a
// definite noun ("aprobó la transferencia de los aviones desde
// Dinamarca", "the jets from Denmark"), or "": for a transfer whose
// supplier was only its system's country of origin, that state is the
// former owner who gives them up. except is the recipient.
// The sentences are read once per document (kindSources).
func (d *docScan) sourceOfKind(cat, except string, factSent int) string {
	found := ""
	for n, states := range d.kindSources()[cat] {
		if back := d.r11KindBack[cat][n]; back >= 0 && factSent > back {
			continue // all_r11_fresh4_listseller.go: "Ces appareils, acquis auprès de la Bulgarie" speaks of what came before
		}
		for _, c := range states {
			if c == except {
				continue
			}
			if found != "" && found != c {
				return "" // two sources: no reading
			}
			found = c
		}
	}
	return found
}

// kindSources reads every sentence once: for each category, the source
// states ("desde Dinamarca") of each sentence that speaks of that kind of
// system with a definite noun without naming a system of the kind.
func (d *docScan) kindSources() map[string][][]string {
	if d.kindSrc != nil {
		return d.kindSrc
	}
	d.kindSrc = map[string][][]string{}
	d.r11KindBack = map[string][]int{}
	for si, sc := range d.sents {
		var cats []string
		for _, m := range sc.mentions {
			if m.kind == mGeneric && sc.definite(m) && !contains(cats, m.id) {
				cats = append(cats, m.id)
			}
		}
		if len(cats) == 0 || sc.negated() {
			continue
		}
		var states []string
		for _, c := range sc.countries() {
			if sc.sourcePrep(c) {
				states = append(states, c.id)
			}
		}
		if len(states) == 0 {
			continue
		}
		for _, cat := range cats {
			named := false
			for _, m := range sc.mentions {
				if m.kind == mSystem {
					if s, ok := d.x.lex.System(m.id); ok && s.Category == cat {
						named = true
					}
				}
			}
			if !named { // a sentence naming the system has made its own facts
				d.kindSrc[cat] = append(d.kindSrc[cat], states)
				d.r11KindBack[cat] = append(d.r11KindBack[cat], sc.r11BackPointing(cat, si)) // all_r11_fresh4_listseller.go
			}
		}
	}
	return d.kindSrc
}

// settleFormerOwner gives a transfer whose supplier was only its system's
// origin the source state another sentence names for that kind of system.
func (d *docScan) settleFormerOwner(i int) {
	f := &d.facts[i]
	if f.System == nil || f.System.ID == "" || f.Recipient == nil {
		return
	}
	sent := -1
	if i < len(d.meta) {
		sent = d.meta[i].sent
	}
	if c := d.sourceOfKind(f.System.Category, f.Recipient.String(), sent); c != "" && c != f.Supplier.String() {
		f.Supplier = party(c)
	}
}
