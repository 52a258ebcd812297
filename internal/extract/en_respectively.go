package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// respectivelyWords say that two lists pair up in order.
var respectivelyWords = []string{"respectively", "respectivamente", "respectivement"}

// pairRespectively gives each party of "Egypt and Algeria bought 24 and
// 14 Su-35s respectively", "Brasil y Chile compraron 4 y 2 Scorpène
// respectivamente" its own count: the rules give every buyer of a
// conjoined list the count next to the system (the last one).
func (d *docScan) pairRespectively() {
	for i, sc := range d.sents {
		low := sc.lower()
		found := false
		for _, w := range respectivelyWords {
			if strings.Contains(low, w) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		run := sc.numberList()
		if len(run) < 2 {
			continue
		}
		// the transfers of this sentence that share all but one party
		groups := map[string][]int{}
		for k := range d.facts {
			f := d.facts[k]
			if d.meta[k].sent != i || f.Type != domain.TypeTransfer || f.Quantity == 0 || f.Supplier == nil || f.Recipient == nil {
				continue
			}
			key := factKey(f)
			sys := key[strings.LastIndex(key, "|")+1:]
			byRec, bySup := "r|"+f.Supplier.String()+"|"+sys, "s|"+f.Recipient.String()+"|"+sys
			groups[byRec] = append(groups[byRec], k)
			groups[bySup] = append(groups[bySup], k)
		}
		for key, ks := range groups {
			if len(ks) != len(run) {
				continue
			}
			byRec := key[0] == 'r'
			// order the facts by where their varying party is named
			pos := make([]int, len(ks))
			ok := true
			seen := map[string]bool{}
			for j, k := range ks {
				p := d.facts[k].Recipient.String()
				if !byRec {
					p = d.facts[k].Supplier.String()
				}
				if seen[p] {
					ok = false
					break
				}
				seen[p] = true
				pos[j] = sc.firstMention(p)
				if pos[j] < 0 {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			order := make([]int, len(ks))
			for j := range order {
				order[j] = j
			}
			for a := 1; a < len(order); a++ {
				for b := a; b > 0 && pos[order[b]] < pos[order[b-1]]; b-- {
					order[b], order[b-1] = order[b-1], order[b]
				}
			}
			for j, o := range order {
				d.facts[ks[o]].Quantity = int(run[j])
			}
		}
	}
}

// numberList returns the first list of two or more counts joined by
// commas and "and" ("24 and 14", "4, 2 y 1").
func (sc *sentScan) numberList() []float64 {
	for a := 0; a < len(sc.nums); a++ {
		run := []float64{sc.nums[a].value}
		for b := a + 1; b < len(sc.nums); b++ {
			gap := sc.nums[b].tok0 - sc.nums[b-1].tok1
			if gap == 0 || gap == 1 && sc.lw.isWord("list-joiner", sc.toks[sc.nums[b-1].tok1].norm) {
				run = append(run, sc.nums[b].value)
				continue
			}
			break
		}
		if len(run) >= 2 {
			return run
		}
	}
	return nil
}

// firstMention returns the token where the state code is first named in
// the sentence, or -1.
func (sc *sentScan) firstMention(code string) int {
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.id == code {
			return m.tok0
		}
	}
	return -1
}
