package extract

// whenWords open a clause that tells what happened at the time just named:
// "dates from 2020, when it sold", "desde 2019, cuando compró", "depuis
// 2018, lorsque" (the words yearNear skips a year after are English,
// French and Spanish).
var whenWords = map[string]bool{"when": true, "cuando": true, "lorsque": true, "quand": true}

// yearOpensWhen reports whether the year at token k is followed by a
// when-clause: then "from" or "since" before it dates an event ("India's
// first deal dates from 2020, when it sold four radars"), not the start of
// a period.
func (sc *sentScan) yearOpensWhen(k int) bool {
	n := k + 1
	return n < len(sc.toks) && whenWords[sc.toks[n].norm]
}
