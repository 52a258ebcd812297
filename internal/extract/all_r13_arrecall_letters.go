package extract

import "strings"

// Arabic writes a Latin designation with the names of its letters: "سي
// إتش-3" (CH-3), "إيه دبليو 149" (AW149), "سي-27 جيه" (C-27J), "إف-15
// كيو إيه" (F-15QA). The catalogue holds Arabic spellings for a few
// hundred systems only; a run of letter names and numbers that spells a
// catalogue designation once read as Latin letters names that system.
// The run needs a number (a letter name alone is an ordinary word: "سي"
// and "بي" spell nothing alone), and the words that are also Arabic
// function words ("في" in, "أن" that, "أو" or, "أم", "إل") may only
// continue a run, never open it ("في 2022" is a date).

// arrecallLetterNames maps the norm of an Arabic letter name to the Latin
// letters it may spell ("بي" is B or P).
var arrecallLetterNames = func() map[string][]string {
	m := map[string][]string{}
	for _, x := range []struct{ ar, lat string }{
		{"إيه", "a"}, {"ايه", "a"}, {"بي", "b"}, {"بي", "p"}, {"سي", "c"}, {"دي", "d"},
		{"إي", "e"}, {"إف", "f"}, {"اف", "f"}, {"أف", "f"}, {"جي", "g"}, {"إتش", "h"}, {"اتش", "h"}, {"إيتش", "h"},
		{"جيه", "j"}, {"جاي", "j"}, {"كيه", "k"}, {"كاي", "k"}, {"إل", "l"}, {"إم", "m"}, {"أم", "m"},
		{"إن", "n"}, {"أو", "o"}, {"كيو", "q"}, {"آر", "r"}, {"إس", "s"}, {"اس", "s"}, {"تي", "t"},
		{"يو", "u"}, {"في", "v"}, {"دبليو", "w"}, {"إكس", "x"}, {"اكس", "x"}, {"واي", "y"}, {"زد", "z"}, {"زي", "z"},
	} {
		k := normWord(x.ar)
		dup := false
		for _, l := range m[k] {
			dup = dup || l == x.lat
		}
		if !dup {
			m[k] = append(m[k], x.lat)
		}
	}
	return m
}()

// arrecallNotOpening are letter names that are also common Arabic words.
var arrecallNotOpening = map[string]bool{normWord("في"): true, normWord("إن"): true, normWord("أو"): true, normWord("إل"): true, normWord("أم"): true, normWord("إم"): true, normWord("إي"): true}

// arrecallLetterSystem returns the catalogue system that the letter names
// and numbers at toks[i] spell, and how many tokens it takes.
func (m *matcher) arrecallLetterSystem(toks []token, i int) (*entry, int) {
	if !toks[i].arabic || arrecallLetterNames[toks[i].norm] == nil || arrecallNotOpening[toks[i].norm] {
		return nil, 0
	}
	// the run: letter names and numbers with tight gaps, up to six tokens
	end := i
	digits := false
	for end < len(toks) && end < i+6 {
		t := toks[end]
		if end > i && !tightGap(t.gap) && t.gap != "\u200f" {
			break
		}
		if t.digit {
			digits = true
		} else if !t.arabic || arrecallLetterNames[t.norm] == nil {
			break
		}
		end++
	}
	if !digits {
		return nil, 0
	}
	var best *entry
	bestLen := 0
	// every reading of the ambiguous letters; at most a few
	var walk func(k int, n *trieNode, letters string)
	walk = func(k int, n *trieNode, letters string) {
		// letters: letter names read since the last token pushed
		if n == nil {
			return
		}
		if letters == "" && k > i {
			for _, e := range n.entries {
				if e.kind == mSystem && (e.lang == "" || e.lang == "*" || e.lang == "ar") && k-i > bestLen {
					best, bestLen = e, k-i
				}
			}
		}
		if k >= end {
			return
		}
		t := toks[k]
		if t.digit {
			if letters != "" {
				return // a digit ends the letters, which were pushed before
			}
			walk(k+1, n.next[t.norm], "")
			return
		}
		for _, l := range arrecallLetterNames[t.norm] {
			s := letters + l
			// push the letters as one token here, or read more letters
			if k+1 >= end || toks[k+1].digit || toks[k+1].gap == "-" {
				walk(k+1, n.next[s], "")
			}
			if k+1 < end && !toks[k+1].digit && len(s) < 4 {
				walk(k+1, n, s)
			}
		}
	}
	walk(i, m.root, "")
	if best == nil || bestLen < 2 {
		return nil, 0
	}
	// the match must hold a number and a letter
	hasDigit := false
	for k := i; k < i+bestLen; k++ {
		hasDigit = hasDigit || toks[k].digit
	}
	if !hasDigit || strings.TrimSpace(best.id) == "" {
		return nil, 0
	}
	return best, bestLen
}
