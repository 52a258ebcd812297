package extract

import "unicode/utf8"

// exShipPrefix skips what may stand between a ship noun and the ship's
// name in Spanish and French news of second-hand ships: the former-owner
// marker "ex" ("la corbeta ex-ROKS Iksan", "la frégate ex-HMS Cornwall")
// and a navy's ship prefix in capitals ("la fragata HMAS Newcastle",
// "el patrullero USCGC Dauntless"). It returns where the name starts (s
// when there is nothing to skip), so that the one-word name after the
// noun is read as the ship's, as "la corbeta Iksan" is. Only for ships;
// a prefix the lexicon already knows (ARC, BAP) is a ship word of its own.
func exShipPrefix(toks []token, covered []int, s int, category string) int {
	if category != "ships" {
		return s
	}
	k := s
	if k+1 < len(toks) && covered[k] == 0 && toks[k].norm == "ex" && toks[k].gap == " " && (toks[k+1].gap == "-" || toks[k+1].gap == " ") {
		k++
	}
	if k+1 < len(toks) && covered[k] == 0 && !toks[k].digit && isUpperWord(toks[k].raw) && toks[k+1].gap == " " {
		if n := utf8.RuneCountInString(toks[k].raw); n >= 2 && n <= 5 {
			k++
		}
	}
	return k
}
