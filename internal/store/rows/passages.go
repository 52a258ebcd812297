package rows

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Long documents are also stored in passages, so that a search hit's
// snippet reads a few kilobytes of text, not the whole document: a
// document's text is one value, which SQLite and PostgreSQL read whole
// (and PostgreSQL decompresses) even for substr.
//
// A document longer than PassageMin bytes is cut into passages of about
// PassageSize bytes (at a line break, else a space), each stored with
// PassageMargin bytes of its neighbours on both sides so that a snippet
// around a match near its edge is whole. Each distinct word of the
// document (lower case, diacritics removed: FoldWord) is stored with the
// first passage that holds it (PassageTerms), so that a hit's snippet
// passage is found with an index lookup per query word. A shorter
// document's snippet is cut from its whole text: it costs at most
// PassageMin bytes.
const (
	PassageMin    = 64 << 10
	PassageSize   = 4 << 10
	PassageMargin = SnippetRadius
	// MaxTermLen is the longest word (in bytes, folded) kept in the
	// terms of a document; longer ones are not looked up.
	MaxTermLen = 64
	// MaxPassageTerms bounds the distinct words kept per document (a
	// document of random tokens would otherwise store millions); words
	// past it find no passage, and their snippet is the text's start.
	MaxPassageTerms = 1 << 17
)

// Passage is one stored piece of a long document.
type Passage struct {
	Ord  int    // 0, 1, …: its place in the document
	Text string // the piece with up to PassageMargin bytes of each neighbour
	Head bool   // Text starts at the document's start
	Tail bool   // Text ends at the document's end
}

// Passages cuts text into passages when it is longer than PassageMin
// (nil otherwise), and maps each folded word (FoldWord) to the first
// passage that holds it. The passages' cores (Text without the margins)
// put end to end are text.
func Passages(text string) ([]Passage, map[string]int) {
	if len(text) <= PassageMin {
		return nil, nil
	}
	var (
		out   []Passage
		terms = map[string]int{}
	)
	for start := 0; start < len(text); {
		end := cutPassage(text, start)
		lo := runeFloor(text, max(0, start-PassageMargin))
		hi := runeCeil(text, min(len(text), end+PassageMargin))
		ord := len(out)
		out = append(out, Passage{Ord: ord, Text: text[lo:hi], Head: lo == 0, Tail: hi == len(text)})
		core := text[start:end]
		forTokens(core, func(i, j int) {
			if len(terms) >= MaxPassageTerms || j-i > 4*MaxTermLen {
				return
			}
			t := FoldWord(core[i:j])
			if len(t) > MaxTermLen {
				return
			}
			if _, ok := terms[t]; !ok {
				terms[t] = ord
			}
		})
		start = end
	}
	return out, terms
}

// cutPassage is the end of the passage that starts at start: about
// PassageSize bytes on, after a line break or else a space in its second
// half, never inside a word or a character.
func cutPassage(text string, start int) int {
	end := start + PassageSize
	if end >= len(text) {
		return len(text)
	}
	half := text[start+PassageSize/2 : end]
	if i := strings.LastIndexByte(half, '\n'); i >= 0 {
		return start + PassageSize/2 + i + 1
	}
	if i := strings.LastIndexFunc(half, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(half[i:])
		return start + PassageSize/2 + i + n
	}
	return runeFloor(text, end)
}

// runeFloor moves i back to the start of the character it is in.
func runeFloor(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// runeCeil moves i on to the start of the next character.
func runeCeil(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// FoldWord is a word as the passage terms keep it: lower case, without
// diacritics (é is e, ü is u), as the full-text indexes compare words.
func FoldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	d := norm.NFD.String(strings.ToLower(w))
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, d)
}

// TermLookup is how to find a query word among a document's passage
// terms: Term exactly, or (Prefix) the terms that start with it.
type TermLookup struct {
	Term   string
	Prefix bool
}

// Lookups are the passage-term lookups of a query's words: per word, its
// longest letter-and-digit run, folded (a prefix lookup for the last run
// of a word that ended in '*').
func Lookups(words []Word) []TermLookup {
	var out []TermLookup
	for _, w := range words {
		ts := tokens(w.Text)
		if len(ts) == 0 {
			continue
		}
		best := 0
		for i, t := range ts {
			if len(t) > len(ts[best]) {
				best = i
			}
		}
		t := FoldWord(ts[best])
		if len(t) > MaxTermLen {
			continue
		}
		out = append(out, TermLookup{Term: t, Prefix: w.Prefix && best == len(ts)-1})
	}
	return out
}

// PrefixEnd is the smallest string greater than every string that starts
// with p, in byte order (for a range scan of the terms that start with p).
func PrefixEnd(p string) string { return p + string(utf8.MaxRune) }
