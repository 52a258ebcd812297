package extract

// A maker's demonym between the preposition and the maker's name: "signed
// a contract with the South Korean firm KAI", "bestellt beim
// südkoreanischen Hersteller KAI". makerSupplier (roles.go) reads the word
// before the maker, company words and articles skipped; the demonym is
// skipped as well, so that "with" names the maker as the seller.

// makerDemonymAt reports whether token k belongs to a demonym naming a
// state in the sentence: "Korean" in "the South Korean firm KAI".
func (sc *sentScan) makerDemonymAt(k int) bool {
	for _, c := range sc.countries() {
		if c.sub == "demonym" && c.tok0 <= k && k < c.tok1 {
			return true
		}
	}
	return false
}
