package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Transfers named only by a category ("48 Patrouillenboote", "70 howitzers",
// "ثلاث فرقاطات", "dos corbetas"): the annotation rules make them a transfer
// with a category and no name when the text gives a stage and a count. The
// model weighs generic candidates low as a whole (most generic words are
// descriptions of a named system or gear in service); a generic with its own
// count (or amount) and stage is the counted category the gold keeps; beside
// a named system of its category going to the same state, only with a count
// of its own (an amount there is the named system's). The file also holds
// the counts of munitions by the hundred thousand or the million
// (bigCountFits, scaledCount) and the sentences that add items to a
// package ("También figuran cinco radares": opensOnAlsoContents).

// genericFeatures adds the model's features for a generic candidate
// (hooked in features.go).
func (d *docScan) genericFeatures(f domain.Fact, add func(string)) {
	if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" || f.Stage == "" || f.Quantity == 0 && f.Value == nil {
		return
	}
	// beside a named system of its category the generic needs a count of
	// its own ("10 misiles Hellfire ... 30 torpedos"), not an amount
	if f.Recipient != nil && d.counts().namedCat[pairKey{f.Recipient.String(), f.System.Category}] && f.Quantity == 0 {
		return
	}
	add("generic-counted")
}

// bigCountFits reports whether a count of 100,000 or more may count the
// mention m: munitions go by the hundred thousand ("300,000 artillery
// shells", "1,2 Millionen Schuss Munition", "مليون طلقة"); a system does not.
func bigCountFits(m mention) bool {
	return m.kind == mGeneric && m.id == "ammunition"
}

// oneMillion are the singular words for a million, a count with no number
// before them ("a million rounds", "مليون طلقة"); the plurals alone are
// vague ("millions of rounds").
var oneMillion = normSet("million", "millón", "مليون") // normSet folds "Million", "millon"

// normSet is a set of words as tokens' norm spells them.
func normSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[normWord(w)] = true
	}
	return m
}

// opensOnAlsoContents reports a sentence opening on a word for "also"
// whose verb of holding follows within three words: what it lists belongs
// to the deal of the sentences before (dealBefore).
func (sc *sentScan) opensOnAlsoContents() bool {
	return sc.opensOnIncludes("also-opener", 3) // enfres_package.go: "También figuran cinco radares", "Außerdem gehören 3000 Schuss dazu"
}

// scaledCount reads a count in millions before munitions, which the
// number scan leaves out as an amount without its currency: "a million
// artillery shells", "1,2 Millionen Schuss Munition", "نحو مليون طلقة",
// "1.5 millions d'obus". Up to three words (a unit, "of") may come between.
func (sc *sentScan) scaledCount(m mention) int {
	if !bigCountFits(m) {
		return 0
	}
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-4; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ";:()،؛") || k+1 < m.tok0 && strings.Contains(sc.toks[k+1].gap, ",") {
			return 0
		}
		n, val := sc.lw.set("scale").at(sc.toks, k)
		if n == 0 || k+n > m.tok0 || val != "1e6" {
			continue
		}
		if c, _ := sc.lw.curr.at(sc.toks, k+n); c > 0 || sc.inMoney(k) {
			return 0 // "a million dollars of ammunition"
		}
		mult := 1.0
		j := k
		for j > 0 && sc.toks[j-1].digit && (j == k || strings.TrimSpace(sc.toks[j].gap) == "," || strings.TrimSpace(sc.toks[j].gap) == ".") {
			j--
		}
		if j < k {
			num := sc.toks[j].raw
			for x := j + 1; x < k; x++ {
				num += strings.TrimSpace(sc.toks[x].gap) + sc.toks[x].raw
			}
			v, ok := ParseNumber(num, sc.lw.code)
			if !ok || v <= 0 || v >= 1000 {
				return 0
			}
			mult = v
		} else if w, ok := sc.lw.nums.words[sc.toks[max(k-1, 0)].norm]; ok && k > 0 && w > 1 {
			mult = w
		} else if !oneMillion[sc.toks[k].norm] {
			return 0 // "millions of rounds": no count
		}
		return int(mult * 1e6)
	}
	return 0
}
