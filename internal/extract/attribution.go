package extract

import (
	"regexp"
	"strings"
)

var (
	attribRe = regexp.MustCompile(`(?i)(?:according to|selon|d'après|según|citing|quoted by|cité par|حسب|وفقا لـ?|نقلا عن)\s+(?:the |le |la |les |l'|el |los |un |une |a )?((?:[\p{Lu}][\p{L}\p{N}'’.-]*|site|journal|daily|agence|agency|\p{Arabic}+)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’.-]*|de|du|of|\p{Arabic}+)){0,4})`)
	saidRe   = regexp.MustCompile(`,\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*)\s+(?:said|told|reported|announced|a déclaré|a annoncé|a indiqué|a affirmé|dijo|afirmó)\b`)
	sameRe   = regexp.MustCompile(`(?i)(?:selon la même source|according to the same source|same source|même source|según la misma fuente|المصدر نفسه|نفس المصدر)`)
)

// attribution returns who the sentence says said it.
func attribution(sc *sentScan, prev string) string {
	t := sc.s.text
	low := sc.lower()
	if !strings.Contains(low, "ح") && !attribHints.in(low) { // Contains, not ContainsAny: a byte search
		return ""
	}
	// each regexp runs only where a word it needs occurs
	if containsAny(low, sameHints) && r14SameWords.foldIndex(t) >= 0 { // sameRe.MatchString (all_r14_speed_attrib.go)
		return prev
	}
	if containsAny(low, accordingHints) {
		if p := r14AttribOpeners.foldIndex(t); p >= 0 { // all_r14_speed_attrib.go
			if m := attribRe.FindStringSubmatch(t[p:]); m != nil {
				return strings.TrimRight(strings.TrimSpace(m[1]), ".,")
			}
		}
	}
	if containsAny(low, saidHints) {
		if p := strings.IndexByte(t, ','); p >= 0 { // all_r14_speed_attrib.go: saidRe opens with a comma
			if m := saidRe.FindStringSubmatch(t[p:]); m != nil {
				return strings.TrimSpace(m[1])
			}
		}
	}
	return ""
}

// The words each regexp needs, lower case (attribRe's and sameRe's are
// case-insensitive; saidRe's verbs are lower case in it).
var (
	sameHints      = []string{"source", "fuente", "المصدر"}
	accordingHints = []string{"according to", "selon", "d'après", "según", "citing", "quoted by", "cité par", "حسب", "وفقا", "نقلا عن"}
	saidHints      = []string{"said", "told", "reported", "announced", "a déclaré", "a annoncé", "a indiqué", "a affirmé", "dijo", "afirmó"}
)

// attribHintWords are substrings without which no attribution pattern
// can match; checking them first (attribHints, found in one pass) spares
// the regexps on most sentences.
var attribHintWords = []string{"accord", "selon", "d'apr", "d’apr", "según", "segun", "citing", "quoted", "cité", "said", "told", "report", "announc", "déclar", "annonc", "indiqu", "affirm", "dijo", "afirm", "وفق", "نقل", "same source", "même source", "misma fuente"}

var attribHints = newSubstrings(attribHintWords...)

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// substrings is a list of substrings that in looks for in one pass over
// a text, instead of one pass per substring as containsAny does: worth it
// for a long list asked of every sentence.
type substrings struct {
	byFirst [256][]string // by first byte
	// pairs has a bit for the first two bytes of each substring: most
	// places of a text start none, and are passed at the cost of a bit
	pairs  [1 << 16 / 64]uint64
	single bool // a substring is one byte long: pairs does not hold it
	empty  bool // "" is one: every text holds it
}

func newSubstrings(subs ...string) *substrings {
	ss := &substrings{}
	for _, x := range subs {
		switch len(x) {
		case 0:
			ss.empty = true
			continue
		case 1:
			ss.single = true
		default:
			p := uint16(x[0])<<8 | uint16(x[1])
			ss.pairs[p/64] |= 1 << (p % 64)
		}
		ss.byFirst[x[0]] = append(ss.byFirst[x[0]], x)
	}
	return ss
}

// in is containsAny(s, subs) for the substrings' list.
func (ss *substrings) in(s string) bool {
	if ss.empty {
		return true
	}
	for i := 0; i < len(s); i++ {
		if !ss.single {
			if i+1 >= len(s) {
				break // no substring of two bytes or more starts here
			}
			if p := uint16(s[i])<<8 | uint16(s[i+1]); ss.pairs[p/64]&(1<<(p%64)) == 0 {
				continue
			}
		}
		for _, x := range ss.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], x) {
				return true
			}
		}
	}
	return false
}
