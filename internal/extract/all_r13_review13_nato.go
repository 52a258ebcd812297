package extract

// A NATO reporting name ("SS-N-25 Switchblade" for the Kh-35, "SA-21
// Growler" for the S-400, "AA-11 Archer" for the R-73) is a word that
// Western analysts give a Soviet or Chinese system; news that writes the
// word alone with a kind noun means the product that bears it as its
// name: "100 Switchblade missiles" are AeroVironment's loitering
// munitions, not Kh-35 anti-ship missiles. kindSibling
// (all_r13_leftovers_kindsibling.go) does not index a name's last word
// after such a code.

// r13NatoCode reports whether toks spell a NATO reporting code: SS, SA,
// AA, AS, AT or SSC, an optional N, and a number ("SS-N-25", "SA-21").
func r13NatoCode(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].norm {
	case "ss", "sa", "aa", "as", "at", "ssc":
	default:
		return false
	}
	k := 1
	if toks[k].norm == "n" && len(toks) > 2 {
		k++
	}
	return k == len(toks)-1 && toks[k].digit
}
