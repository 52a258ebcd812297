package extract

import (
	"strings"
	"unicode"
)

// German puts the participle of a perfect at the end of its clause, after
// the objects, and a list of objects holds commas: "Die Ukraine hat
// bereits 14 Panzerhaubitzen 2000, fünf MARS II und 30 Gepard erhalten",
// "hatte ... Haubitzen aus den USA, aus Großbritannien, Polen und
// Frankreich erhalten". The stretch between commas around the participle
// then lacks the auxiliary, and the present-receipt rule
// (de_r6_presentreceipt.go) read the perfect as a present ("erhalten" is
// both): a delivery became an order. deListStretch widens the stretch back
// over the commas of such a list.

// deSubordinators open a clause after a comma that is not an item of a
// list: a subordinate or relative clause.
var deSubordinators = normSet("dass", "weil", "wenn", "als", "nachdem", "ob", "wie", "obwohl", "damit", "bevor",
	"während", "seit", "seitdem", "sodass", "um", "die", "der", "das", "den", "dem", "denen", "deren", "dessen",
	"welche", "welcher", "welches", "was", "wo", "aber", "doch", "sondern", "denn", "so", "sagte", "hieß", "heißt")

// deListStretch returns the stretch around t (stretchOf), widened back over
// commas that separate items of a list: the comma is a plain comma, the
// word after it opens no clause, and the word before it ends an item (a
// noun, a name or a number), not a clause (a verb).
func (sc *sentScan) deListStretch(t int) (from, to int) {
	from, to = sc.stretchOf(t)
	for from > 1 {
		gap := strings.TrimSpace(sc.toks[from].gap)
		if gap != "," || deSubordinators[sc.toks[from].norm] {
			break
		}
		prev := []rune(sc.toks[from-1].raw)
		if len(prev) == 0 || !unicode.IsUpper(prev[0]) && !unicode.IsDigit(prev[0]) {
			break
		}
		from, _ = sc.stretchOf(from - 1)
	}
	return from, to
}
