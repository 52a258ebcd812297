package extract

import "strings"

// Round 10 (precis), aggregate precision in every language: a sentence
// that gives the value of "the contract", "the order", "the deal" ("Der
// Auftrag hat ein Volumen von etwa 950 Millionen Euro", "Den Wert des
// Pakets bezifferte der Vorstand auf mehr als zwei Milliarden Euro", "la
// transaction atteint 200 millions", "قيمة الصفقة 378 مليون دولار") and
// names no weapon itself, in a document whose pair of states trades one
// system, prices that system's deal: the value is the transfer's, not an
// aggregate over several items. valueToSoleTransfer (onevalue.go) gave
// such a value to the sole system only when the amount's sentence named
// it; the deal's own sentence after it was read as an aggregate.

// precisDealValue returns the pair's transfers that take the value of
// aggregate candidate c: all of them, when c's sentence has a word of a
// deal, no system, no category and no other state than the pair's.
func (d *docScan) precisDealValue(c aggCand, pairFacts []int) []int {
	if c.sc == nil || len(pairFacts) == 0 || !c.sc.has("deal") || c.sc.has("aggregate") || c.sc.has("total") {
		return nil
	}
	for _, m := range c.sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			return nil
		}
	}
	for _, m := range c.sc.countries() {
		if m.id != c.f.Supplier.String() && m.id != c.f.Recipient.String() {
			return nil
		}
	}
	// the named system's facts ("Paladin"), not a generic word of its
	// ammunition or its kind said beside it ("155mm shells")
	var named []int
	for _, j := range pairFacts {
		if k := systemKey(d.facts[j]); k != "" && !strings.HasPrefix(k, "cat:") {
			named = append(named, j)
		}
	}
	if len(named) > 0 {
		return named
	}
	return pairFacts
}

// precisOneFamily reports whether a pair's named systems are one family:
// each id is a version of the shortest (sameFamily: "leopard-2" and
// "leopard-2a8", the
// same tanks named by their family and by their version), beside generic
// statements of any kind. Then the pair trades one system, as oneSystem
// (onevalue.go) says for a single id.
func precisOneFamily(keys []string) bool {
	var named []string
	for _, k := range keys {
		if !strings.HasPrefix(k, "cat:") && k != "" {
			named = append(named, k)
		}
	}
	if len(named) < 2 {
		return false
	}
	base := named[0]
	for _, k := range named[1:] {
		if len(k) < len(base) {
			base = k
		}
	}
	for _, k := range named {
		if !sameFamily(base, k) {
			return false
		}
	}
	return true
}

// sameFamily reports whether id k is base or a version of it: base
// followed by a hyphen ("rafale-m"), by a letter after base's closing
// digit ("leopard-2a8", "su-30mki") or by a digit after its closing letter.
// A digit after a digit or a letter after a letter makes another system
// ("an-2" and "an-26", "mi-2" and "mi-24-35", "tor" and "tornado").
func sameFamily(base, k string) bool {
	rest, ok := strings.CutPrefix(k, base)
	if !ok {
		return false
	}
	if rest == "" || rest[0] == '-' || base == "" {
		return true
	}
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	return digit(base[len(base)-1]) != digit(rest[0])
}
