package extract

import (
	"sort"
	"strconv"
	"strings"
)

// Amounts the number scan (scan.go) reads with help from the words around
// them, in all five languages:
//
//   - an English article right before a scale word is the number one: "a
//     billion dollars" ("half a billion dollars" is the lexicon's "half
//     a", other languages' articles are number words of their own);
//   - a figure without a scale listed with a scaled amount takes its scale
//     and currency: "$3 and $5 billion", "entre 200 y 300 millones de
//     dólares", "de 2 à 3 milliards d'euros", "zwischen 2 und 3 Milliarden
//     Euro", "بين 200 و300 مليون دولار", and, a few words apart, "die
//     Vereinigten Staaten mit 76,1 und Italien mit 50,6 Millionen Euro";
//     such a figure is no count of anything.

// articleOne are the English articles that stand for "one" before a
// scale word.
var articleOne = map[string]bool{"a": true, "an": true}

// articleScaleMoney reads "a billion dollars", "a million euros" from
// toks[i] (an article): the article, a scale word of a million or more, and
// a currency.
func (sc *sentScan) articleScaleMoney(i int) (moneySpan, int, bool) {
	toks := sc.toks
	if sc.lw.code != "en" || !articleOne[toks[i].norm] || i+1 >= len(toks) {
		return moneySpan{}, 0, false
	}
	n, val := sc.lw.set("scale").at(toks, i+1)
	if n == 0 || len(toks[i+1].norm) < 3 || !gapOK(toks[i+1].gap) {
		return moneySpan{}, 0, false
	}
	if f, err := strconv.ParseFloat(val, 64); err != nil || f < 1e6 {
		return moneySpan{}, 0, false
	}
	return sc.wordsMoney(i, i+1, 1)
}

// rangeJoiners join the two ends of a range or the figures of a list:
// "3 and 5", "200 y 300", "2 à 3", "2 bis 3", "2 to 3".
var rangeJoiners = map[string]bool{"and": true, "to": true, "or": true, "et": true, "a": true, "ou": true, "y": true, "e": true, "o": true, "und": true,
	"bis": true, "oder": true, "و": true, "إلى": true, "الى": true, "او": true, "أو": true}

// listedScale looks for the scaled amount a figure without a scale is
// listed with, from token j right after the figure: a joiner (or a dash
// between the digits), at most three words without digits (only when the
// joiner is "and" and the like, not a range word), then digits and a scale
// word of a million or more. It returns the scale and the amount's
// currency ("" when the text names none there).
func (sc *sentScan) listedScale(j int) (float64, string, bool) {
	toks := sc.toks
	if j >= len(toks) {
		return 0, "", false
	}
	k := j
	switch {
	case toks[j].digit && (toks[j].gap == "-" || toks[j].gap == "–" || toks[j].gap == "‑"):
		// "3-5 billion"
	case rangeJoiners[toks[j].norm] && !gapBreaks(toks[j].gap):
		k = j + 1
		// "Italien mit 50,6 Millionen": a few words may stand between
		// the figures of a list, not of a range
		skip := 0
		for k < len(toks) && !toks[k].digit && skip < 3 && !gapBreaks(toks[k].gap) && listConj[toks[j].norm] {
			k++
			skip++
		}
	default:
		return 0, "", false
	}
	if k >= len(toks) || !toks[k].digit || gapBreaks(toks[k].gap) && !strings.ContainsAny(toks[k].gap, "$€£") {
		return 0, "", false
	}
	// the whole number: "50,6", "1.500"
	e := k + 1
	for e < len(toks) && toks[e].digit && strings.Trim(toks[e].gap, ".,\u00a0\u202f ") == "" && len(toks[e].gap) <= 2 {
		e++
	}
	n, val := sc.lw.set("scale").at(toks, e)
	if n == 0 || len(toks[e].norm) == 1 && toks[e].gap != "" {
		return 0, "", false
	}
	f, err := strconv.ParseFloat(val, 64)
	if err != nil || f < 1e6 {
		return 0, "", false
	}
	// the currency: a symbol before the second figure, or a currency word
	// or code after its scale
	if sm := preSym(symWindow(sc.s.text, sc.byteAt(toks[k].start))); sm != nil {
		if c := symbolCurrency(strings.ReplaceAll(sm[1], " ", "")); c != "" {
			return f, c, true
		}
		return f, "USD", true
	}
	c := e + n
	if c < len(toks) && (toks[c].norm == "de" || toks[c].norm == "d" || toks[c].norm == "of") {
		c++
	}
	if m, cur := sc.lw.curr.at(toks, c); m > 0 {
		return f, cur, true
	}
	after := sc.s.text[sc.byteAt(toks[e+n-1].end):]
	if sm := postSym(headWindow(after)); sm != nil {
		return f, symbolCurrency(sm[1]), true
	}
	return f, "", true
}

// byteAt returns the byte offset in the sentence's text of the absolute
// rune offset r.
func (sc *sentScan) byteAt(r int) int {
	rel := r - sc.s.start
	if rel <= 0 {
		return 0
	}
	n := 0
	for b := range sc.s.text {
		if n == rel {
			return b
		}
		n++
	}
	return len(sc.s.text)
}

// pendingAmount is a scaled amount a sentence gives without a currency
// ("Italien mit 50,6 Millionen."): the scan keeps it aside, and
// carryCurrencies gives it the currency of the paragraph's last amount.
type pendingAmount struct {
	start, end int
	tok0, tok1 int
	amount     float64
	qualifier  string
}

// amountEndsHere reports whether a scaled figure without a currency, whose
// words end before token j, ends its clause: the sentence's end, a
// punctuation mark or a joiner follows ("mit 50,6 Millionen.", "76,1 und
// ..."), not a noun ("5 Millionen Schuss" counts rounds).
func (sc *sentScan) amountEndsHere(j int) bool {
	toks := sc.toks
	if j >= len(toks) {
		return true
	}
	return gapBreaks(toks[j].gap) || listConj[toks[j].norm] || rangeJoiners[toks[j].norm] && toks[j].norm != "a"
}

// carryCurrencies gives the scaled amounts without a currency the currency
// of the last amount of the same paragraph in the two sentences before or
// earlier in their own: "Insgesamt wurden Güter für 664,7 Millionen Franken
// ausgeführt. ... Auf den Plätzen folgten die Vereinigten Staaten mit 76,1
// und Italien mit 50,6 Millionen."
func carryCurrencies(sents []*sentScan) {
	for i, sc := range sents {
		if len(sc.pending) == 0 {
			continue
		}
		cur := ""
		for k := i - 1; k >= 0 && k >= i-2 && cur == ""; k-- {
			if sents[k].s.para != sc.s.para {
				break
			}
			if n := len(sents[k].money); n > 0 {
				cur = sents[k].money[n-1].currency
			}
		}
		if cur == "" {
			continue
		}
		for _, p := range sc.pending {
			sc.money = append(sc.money, moneySpan{start: p.start, end: p.end, amount: p.amount, currency: cur, qualifier: p.qualifier})
		}
		sort.SliceStable(sc.money, func(a, b int) bool { return sc.money[a].start < sc.money[b].start })
	}
}
