package extract

// frPartsWords are French words for parts and gear fitted to a weapon
// system rather than traded as arms: "des radios destinées aux chars
// Leopard 2", "des moteurs destinés aux blindés", "des kits pour ses
// hélicoptères".
var frPartsWords = map[string]bool{"radios": true, "radio": true, "pieces": true, "moteurs": true, "moteur": true,
	"equipements": true, "kits": true, "kit": true, "optiques": true, "viseurs": true, "composants": true,
	"accessoires": true, "batteries": true, "pneus": true, "chenilles": true, "blindages": true, "lunettes": true}

// frPartsHost reports whether the "host" cue at p ("destinées aux", "pour
// ses", "pièces de rechange pour") follows a word for parts in its clause,
// within four words, or starts with one: the system after the cue is
// what the parts are for, not what changes hands (hostOf).
func (sc *sentScan) frPartsHost(p int) bool {
	if sc.lw.code != "fr" {
		return false
	}
	if frPartsWords[sc.toks[p].norm] {
		return true
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if gapBreaks(sc.toks[k+1].gap) {
			return false
		}
		if frPartsWords[sc.toks[k].norm] {
			return true
		}
	}
	return false
}
