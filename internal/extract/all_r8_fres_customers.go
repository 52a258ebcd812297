package extract

import "strings"

// A list of buyers after the word for buyers and the system they bought:
// "Parmi les clients du Rafale figurent l'Égypte, le Qatar et l'Inde",
// "Customers of the Rafale include Egypt, Qatar and India", "Entre los
// clientes del Super Tucano figuran Colombia, Chile y Ecuador", "Zu den
// Kunden des Rafale gehören Ägypten und Katar". listedBuyer (roles.go)
// read the list only right after the word ("clients comme l'Égypte"); the
// system's name between the word and its list, and a verb that lists
// (cue kind buyer-list-verb: "include", "figurent", "sont", "figuran"),
// hid the buyers: a plain statement of past buyers is a required fact
// (annotating.md), missed in every language.

// listedAfterSystem reports whether the state m is in the list that
// follows "buyers of <system> <list verb>".
func (sc *sentScan) listedAfterSystem(m mention, end int) bool {
	if m.tok0 <= end || m.tok0-end > 12 || m.sub == "demonym" {
		return false
	}
	verbs := sc.lw.set("buyer-list-verb")
	if verbs == nil {
		return false
	}
	k, sys, verb := end, false, false
	for k < m.tok0 {
		if k > end && strings.ContainsAny(sc.toks[k].gap, ";:()") {
			return false
		}
		w := sc.toks[k].norm
		if o, ok := sc.systemMentionAt(k); ok && !verb {
			sys, k = true, o.tok1
			continue
		}
		if n, _ := verbs.at(sc.toks, k); n > 0 && sys && !verb {
			verb, k = true, k+n
			continue
		}
		switch {
		case !sys && (sc.lw.isWord("quality-buyer-filler", w) || sc.lw.isWord("article", w)): // "of", "du", "export", "étrangers"
		case verb && (sc.countryAt(k) || sc.nameConj(w) || sc.lw.isWord("article", w) || k > end && sc.countryAt(k-1)):
		default:
			return false
		}
		k++
	}
	return sys && verb
}

// systemMentionAt returns the system or generic mention that starts at
// token k.
func (sc *sentScan) systemMentionAt(k int) (mention, bool) {
	for _, o := range sc.mentions {
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok0 == k {
			return o, true
		}
	}
	return mention{}, false
}
