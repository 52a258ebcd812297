package extract

import "strconv"

// joinAmountParts makes one amount of a figure written in two scales: "مليار
// و100 مليون دولار", "1 billion 200 million dollars", "un milliard 200
// millions d'euros". The currency comes after the millions only, so the
// scan read 100 million; a bare count of billions right before them, with
// "and" or nothing between and no currency of its own, is part of the
// same figure. Run after every amount is read (used marks the tokens
// numbers and amounts took).
func (sc *sentScan) joinAmountParts(used map[int]bool) {
	toks := sc.toks
	scales := sc.lw.set("scale")
	for k := range sc.money {
		m := &sc.money[k]
		if m.amount >= 1e9 || m.amount < 1e6 {
			continue
		}
		t := -1
		for i, tk := range toks {
			if tk.start == m.start {
				t = i
				break
			}
		}
		j := t - 1
		if j >= 0 && amountJoiners[toks[j].norm] {
			j--
		}
		if j < 0 || used[j] && !toks[j].digit {
			continue
		}
		word := toks[j]
		word.setNorm(arStripLead(word.norm))
		billions := 0.0
		if n, val := scales.at([]token{word}, 0); n == 1 {
			if f, err := strconv.ParseFloat(val, 64); err == nil && f == 1e9 {
				billions = 1
			}
		} else if d, ok := arDualScales[word.norm]; ok && d == 1e9 {
			billions = 2
		}
		if billions == 0 {
			continue
		}
		from := j
		if j > 0 && billions == 1 {
			// "1 billion", "3 مليارات", "deux milliards"
			if toks[j-1].digit && gapOK(toks[j].gap) {
				if v, err := strconv.ParseFloat(toASCIIDigits(toks[j-1].raw), 64); err == nil && v < 1000 {
					billions, from = v, j-1
				}
			} else if v, n := sc.lw.nums.parse(toks[j-1 : j]); n == 1 && v < 1000 {
				billions, from = v, j-1
			}
		}
		m.amount += billions * 1e9
		m.start = toks[from].start
	}
}

// amountJoiners link the parts of one figure: "مليار و100 مليون".
var amountJoiners = map[string]bool{"و": true, "and": true, "et": true, "y": true, "und": true}
