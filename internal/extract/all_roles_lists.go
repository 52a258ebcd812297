package extract

import "strings"

// Lists of buyers in all languages: "Togo, Niger, Äthiopien und Marokko
// haben TB2 gekauft", "already operated by Chile, Peru and Colombia",
// "vendidos a Chile, Perú y Colombia", "بيعت إلى توغو والنيجر والمغرب".
// conjoinedWith (roles.go) gives every state of a cued list one fact; the
// two helpers here let it read an Arabic list whose "و" is attached to the
// name, and tell the model that a state with no cue of its own shares the
// buyer's cue of its list.

// arAttachedAnd reports whether b follows a with only an attached "و"
// between them: "توغو والنيجر".
func (sc *sentScan) arAttachedAnd(a, b mention) bool {
	return b.tok0 == a.tok1 && strings.HasPrefix(b.prefix, "و") && a.sub != "demonym" && b.sub != "demonym"
}

// listJoined reports whether two successive country mentions are joined
// as items of one list.
func (sc *sentScan) listJoined(a, b mention) bool {
	return sc.joined(a.tok1, b.tok0) || sc.arAttachedAnd(a, b)
}

// listedRecipient reports whether the state mention c, which the text
// gives no role of its own, stands in a list whose other item is marked
// as the buyer: "an Togo, Niger und Marokko", "a Chile, Perú y Colombia".
func (d *docScan) listedRecipient(sc *sentScan, c mention) bool {
	if c.sub == "demonym" || sc.placeOnly(c) {
		return false
	}
	cs := sc.countries()
	at := -1
	for k, o := range cs {
		if o.tok0 == c.tok0 {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	check := func(o mention) (bool, bool) {
		if o.sub == "demonym" || o.sub == "agency" {
			return false, true
		}
		if s, r := d.roleCues(sc, o); r && !s {
			return true, false
		}
		return false, false
	}
	for k := at - 1; k >= 0 && sc.listJoined(cs[k], cs[k+1]) && !sc.deClauseSubject(cs[k+1]); k-- {
		if ok, stop := check(cs[k]); ok {
			return true
		} else if stop {
			break
		}
	}
	for k := at + 1; k < len(cs) && sc.listJoined(cs[k-1], cs[k]) && !sc.deClauseSubject(cs[k]); k++ {
		if ok, stop := check(cs[k]); ok {
			return true
		} else if stop {
			break
		}
	}
	return false
}
