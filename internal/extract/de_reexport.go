package extract

import "strings"

// deReexport reads German news on passing on arms a state holds to a third
// state, which the maker's state must allow: "Die Bundesregierung hat
// Polen die Weitergabe von 14 Leopard-2-Panzern an die Ukraine genehmigt",
// "Polen hat die Genehmigung für die Lieferung von Leopard-Panzern an die
// Ukraine beantragt", "… und Estland die Weitergabe alter Haubitzen an die
// Ukraine erlaubt". The holder gives, not the maker's state that approves:
// in a sentence with a word of permission or request, a state marked as
// the buyer ("an die Ukraine") and one other state named with no role cue
// that is neither the system's origin nor a government's metonym, the
// latter gives to the former. sup and rec are returned unchanged
// otherwise.
func (d *docScan) deReexport(sc *sentScan, origin, sup, rec string) (string, string) {
	if sc.lw.code != "de" || !sc.dePermission() {
		return sup, rec
	}
	recip, holder, holders := "", "", 0
	for _, c := range sc.countries() {
		if c.sub == "demonym" || sc.placeOnly(c) || sc.inCurrency(c) {
			continue
		}
		if sc.deToPrep(c) || sc.deJoinedToPrep(c) { // de_roles2_lists.go: "an die Slowakei und Tschechien"
			if recip == "" {
				recip = c.id
			}
			continue
		}
		if s, _ := d.roleCues(sc, c); s || c.id == origin || c.id == recip || c.id == holder {
			continue
		}
		if c.sub == "metonym" || c.sub == "agency" || c.sub == "capital" {
			continue // "die Bundesregierung", "in Berlin": the approving state
		}
		if holder == "" {
			holder = c.id
		}
		holders++
	}
	// with no origin to tell the approving state from the holder, two
	// bare states are one too many ("Deutschland hat Estland … erlaubt")
	if recip == "" || holder == "" || holder == recip || origin == "" && holders > 1 {
		return sup, rec
	}
	return holder, recip
}

// dePermission reports whether a German sentence speaks of allowing or
// asking to pass arms on: "Weitergabe", "Wiederausfuhr", "genehmigt",
// "Erlaubnis", "zugestimmt", "beantragt", "Antrag", "Freigabe".
func (sc *sentScan) dePermission() bool {
	for _, t := range sc.toks {
		w := t.norm
		if strings.HasPrefix(w, "weitergabe") || strings.HasPrefix(w, "wiederausfuhr") || strings.HasPrefix(w, "reexport") ||
			strings.HasPrefix(w, "genehmig") || strings.HasPrefix(w, "erlaub") || strings.HasPrefix(w, "zugestimmt") ||
			strings.HasPrefix(w, "zustimmung") || strings.HasPrefix(w, "beantrag") || w == "antrag" || strings.HasPrefix(w, "freigabe") {
			return true
		}
	}
	return false
}

// deToPrep reports whether a German state is named after "an" or "nach"
// (an article skipped), or "in die": where the arms go.
func (sc *sentScan) deToPrep(m mention) bool {
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	w := sc.toks[k].norm
	return w == "an" || w == "nach" || sc.deInto(m)
}
