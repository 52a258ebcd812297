package extract

import "github.com/armswatch/armswatch/internal/domain"

// r16AltParties adds, in relaxed mode only, a second reading of a transfer
// whose supplier is only the system's country of origin, when the text
// offers another state as the one that gives or sells it:
//
//   - another state of the same sentence ("Kopenhagen erklärte, alle seine
//     19 CAESAR an die Ukraine abzugeben", "los F-16 comprados a
//     Dinamarca", "entregados ... con la presencia de representantes
//     surcoreanos"): a second-hand sale, a re-export, a gift of a state
//     that operates the system;
//   - the document's giver, when the sentence names no state as the
//     seller ("Gemeinsam mit dem erst kürzlich gelieferten Patriot-System"
//     in a story on what Germany gives Ukraine).
//
// The reading carries flags saying why (the state's cue, its side of the
// system, whether the origin is named, a word for used goods), so that
// the model chooses between the maker's state and the other state. No
// reading is made that repeats a candidate the rules already made.
func (d *docScan) r16AltParties() {
	if !d.relaxed || d.notice {
		return
	}
	n := len(d.facts)
	type triple struct{ sys, sup, rec string }
	have := map[triple]bool{}
	for k := 0; k < n; k++ {
		f := d.facts[k]
		if f.Type == domain.TypeTransfer && f.System != nil && f.Supplier != nil && f.Recipient != nil {
			have[triple{systemKey(f), f.Supplier.String(), f.Recipient.String()}] = true
		}
	}
	fs, fr := d.focus()
	for k := 0; k < n; k++ {
		f := d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" || f.System.Origin == "" || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		origin, sup, rec := f.System.Origin, f.Supplier.String(), f.Recipient.String()
		if sup != origin || k >= len(d.meta) {
			continue
		}
		i := d.meta[k].sent
		if i < 0 || i >= len(d.sents) {
			continue
		}
		sc := d.sents[i]
		sysAt := d.mentionStart(sc, f.System.Mention)
		base := append([]string(nil), d.meta[k].flags...)
		emit := func(s, r string, why []string) {
			if s == "" || r == "" || s == r || have[triple{systemKey(f), s, r}] {
				return
			}
			have[triple{systemKey(f), s, r}] = true
			g := f
			g.Supplier, g.Recipient = party(s), party(r)
			d.pending = append(append([]string(nil), base...), why...)
			if sc.has("second-hand") {
				d.pending = append(d.pending, "r16alt-second-hand")
			}
			if sc.names(origin) {
				d.pending = append(d.pending, "r16alt-origin-named")
			}
			d.add(i, sc, g, f.Rule, d.facts[k].Confidence)
		}
		if x, why := d.r16OtherState(sc, i, origin, sup, rec, sysAt); x != "" {
			r := rec
			if r == x {
				r = d.r16Buyer(sc, x, origin, fr) // "pagará a Estados Unidos por ... los F-16 comprados a Dinamarca"
			}
			emit(x, r, why)
			continue
		}
		// the maker's state sold it to the document's giver, which gives it
		// on: "2700 Strela aus früheren NVA-Beständen" in a story on what
		// Germany gives Ukraine
		if rec == fs && fr != "" && fr != fs && !sc.names(origin) {
			emit(fs, fr, []string{"r16alt-giver-rec"})
		}
	}
}

// r16OtherState finds, for a system mention, a state of the sentence other
// than the fact's parties and the origin that the sentence marks as the
// one giving the system up: a demonym on the system itself ("los primeros
// Leopard 2A4 españoles", "24 F-16 daneses"), or a state after a
// participle of buying that follows the system ("los F-16 comprados a
// Dinamarca", "howitzers bought from Finland"). A state that makes
// another system of the sentence ("el Gripen sueco, el F-16
// estadounidense") is none.
func (d *docScan) r16OtherState(sc *sentScan, i int, origin, sup, rec string, sysAt int) (string, []string) {
	var sys *mention
	taken := map[string]bool{}
	for k, x := range sc.mentions {
		if x.kind != mSystem {
			continue
		}
		if x.start == sysAt {
			sys = &sc.mentions[k]
		} else if s, ok := d.x.systemOf(x); ok && s.Origin != "" {
			taken[s.Origin] = true
		}
	}
	if sys == nil {
		return "", nil
	}
	bought := sc.lw.set("r14roles-bought-part")
	for _, m := range sc.countries() {
		if m.id == "" || m.id == origin || m.id == sup || taken[m.id] {
			continue
		}
		if sc.inCurrency(m) || sc.placeOnly(m) || sc.mediaDemonym(m) || sc.madeNear(m) {
			continue
		}
		if m.sub == "demonym" && m.id != rec && sc.describes(m, *sys) {
			return m.id, []string{"r16alt-demonym-on"}
		}
		if m.tok0 > sys.tok1 && sc.mayStart(bought) {
			if k, ok := bought.any(sc.toks, max(m.tok0-3, sys.tok1), m.tok0); ok && k >= sys.tok1 && k <= sys.tok1+1 {
				return m.id, []string{"r16alt-bought-from"}
			}
		}
	}
	return "", nil
}

// r16Buyer is the buyer of a system the state x sold on: another state of
// the sentence that is neither x nor the maker's, else the document's
// recipient.
func (d *docScan) r16Buyer(sc *sentScan, x, origin, fr string) string {
	for _, m := range sc.countries() {
		if m.id != x && m.id != origin && m.id != "" && !sc.inCurrency(m) && !sc.placeOnly(m) {
			return m.id
		}
	}
	if fr != x {
		return fr
	}
	return ""
}
