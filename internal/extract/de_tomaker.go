package extract

import "strings"

// deToMaker reads a German sale back to the maker: "25 Kampfpanzer an die
// Firma auszuführen, die sie gebaut hat, nämlich die Rheinmetall
// Landsysteme GmbH in Deutschland", "an deren Hersteller, die deutsche
// Firma Rheinmetall, zurückverkaufen", "an den Hersteller KNDS in
// Deutschland verkauft". A state (or its demonym) beside a maker of that
// state receives when the sentence sells or exports and "an" opens a
// phrase for a company ("an die Firma", "an den Hersteller", "an deren
// Hersteller"): the firm buys, its state is the recipient, not the
// supplier that the system's origin suggests. Linear: one pass over the
// mentions, then bounded looks around the maker.
func (d *docScan) deToMaker(sc *sentScan, m mention) bool {
	if sc.lw.code != "de" || m.kind != mCountry {
		return false
	}
	for _, o := range sc.mentions {
		if o.kind != mNamed || o.sub != "maker" || d.makerCountry(o.id) != m.id {
			continue
		}
		// the state right after the maker ("Rheinmetall Landsysteme GmbH
		// in Deutschland") or its demonym just before ("die deutsche
		// Firma Rheinmetall")
		after := m.tok0 >= o.tok1 && m.tok0-o.tok1 <= 4
		before := m.sub == "demonym" && m.tok1 <= o.tok0 && o.tok0-m.tok1 <= 2
		if !after && !before {
			continue
		}
		if sc.deSaleWord() && sc.deAnCompany(min(o.tok0, m.tok0)) {
			return true
		}
	}
	return false
}

// deSaleWord reports a German word of selling or exporting in the
// sentence: "verkaufen", "zurückverkauft", "auszuführen", "Export",
// "Ausfuhr".
func (sc *sentScan) deSaleWord() bool {
	for _, t := range sc.toks {
		w := t.norm
		if strings.Contains(w, "verkauf") || strings.HasPrefix(w, "ausfuhr") || strings.HasPrefix(w, "auszufuhr") ||
			strings.HasPrefix(w, "export") || strings.HasPrefix(w, "ausgefuhrt") {
			return true
		}
	}
	return false
}

// deAnCompany reports an "an" before token k, at most twelve tokens back
// and in the same sentence, followed by a word for a company after its
// article or possessive: "an die Firma", "an den Hersteller", "an deren
// Hersteller", "an den Rüstungskonzern".
func (sc *sentScan) deAnCompany(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if sc.toks[j].norm != "an" {
			continue
		}
		n := j + 1
		for n < k && n <= j+2 && (sc.lw.isTok("article", &sc.toks[n]) || sc.lw.isTok("owner-word", &sc.toks[n])) {
			n++
		}
		if n < len(sc.toks) {
			w := sc.toks[n].norm
			if w == "firma" || sc.lw.isWord("company-word", w) || companyCompound(w) {
				return true
			}
		}
	}
	return false
}

// deMakerSeat reports a German state named as a maker's seat, "die
// Rheinmetall Landsysteme GmbH in Deutschland", "KNDS in München" being
// a city: the state is where the firm is, not where the event took place,
// so it is no mere place (placeOnly). Only capitalised words of the
// firm's name ("Landsysteme", "GmbH") stand between the maker and "in".
func (sc *sentScan) deMakerSeat(m mention) bool {
	if sc.lw.code != "de" || m.tok0 < 2 || sc.toks[m.tok0-1].norm != "in" {
		return false
	}
	for _, o := range sc.mentions {
		if o.kind != mNamed || o.sub != "maker" || o.tok1 > m.tok0-1 || m.tok0-1-o.tok1 > 3 {
			continue
		}
		ok := true
		for k := o.tok1; k < m.tok0-1; k++ {
			if isLowerWord(sc.toks[k].raw) || sc.toks[k].digit || clauseBreak(sc.toks[k]) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}
