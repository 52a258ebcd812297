package rows

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
)

// Word is one word of a full-text query.
type Word struct {
	Text   string // the word as typed, without the trailing '*'s; may hold quotes and operators
	Prefix bool   // the word ended in '*': match words that start with Text
}

// SearchWords splits user input into the words a full-text query ANDs:
// whitespace-separated, words without a letter or digit dropped (so that
// stray operators and punctuation search nothing). Each adapter quotes the
// words for its own syntax, so that no input is a syntax error. No words
// means nothing is searchable.
func SearchWords(s string) []Word {
	var words []Word
	for _, w := range strings.Fields(s) {
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		words = append(words, Word{Text: strings.TrimRight(w, "*"), Prefix: strings.HasSuffix(w, "*")})
	}
	return words
}

// SnippetRadius is how many bytes of text a snippet shows on each side of
// the first match, at most (it is cut at word boundaries).
const SnippetRadius = 120

// Snippet is a few words of text around the first match of words, the
// matching words between domain.HighlightStart and domain.HighlightEnd, "…"
// where text was cut. It looks for the first match with a byte search (as
// typed, lower case, capitalised, upper case) and then reads only a window
// of 2×SnippetRadius bytes around it: its cost is one scan of the text, not
// a tokenisation of all of it, however long the document. When no word is
// found as such (a match through diacritics) it looks for the words with
// their diacritics removed in the text's first PassageMin bytes; when
// there is still none (a match in the title only, or through a stemmer)
// the snippet is the text's beginning.
func Snippet(text string, words []Word) string { return SnippetOf(text, words, true, true) }

// SnippetOf is Snippet of a piece of a longer text (a passage): head and
// tail say whether the piece starts and ends the text, so that "…" marks
// the cuts of the text, not of the piece.
func SnippetOf(text string, words []Word, head, tail bool) string {
	pos := -1
	var terms []string // the letter-and-digit runs of the words, folded (FoldWord)
	prefix := map[string]bool{}
	for _, w := range words {
		ts := tokens(w.Text)
		longest := ""
		for i, t := range ts {
			if len(t) > len(longest) {
				longest = t
			}
			t = FoldWord(t)
			terms = append(terms, t)
			if w.Prefix && i == len(ts)-1 {
				prefix[t] = true
			}
		}
		if longest == "" {
			continue
		}
		hay := text
		if pos >= 0 {
			hay = text[:min(len(text), pos+len(longest))] // only an earlier match matters
		}
		if i := indexWord(hay, longest); i >= 0 {
			pos = i
		}
	}
	isTerm := func(t string) bool {
		t = FoldWord(t)
		for _, term := range terms {
			if t == term || (prefix[term] && strings.HasPrefix(t, term)) {
				return true
			}
		}
		return false
	}
	if pos < 0 && len(terms) > 0 {
		// A match through diacritics: the first folded match, looked for
		// in a bounded head of the text.
		lead := text[:runeFloor(text, min(len(text), PassageMin))]
		forTokens(lead, func(i, j int) {
			if pos < 0 && isTerm(lead[i:j]) {
				pos = i
			}
		})
	}
	if pos < 0 {
		pos = 0
	}
	start, end := max(0, pos-SnippetRadius), min(len(text), pos+SnippetRadius)
	// Cut at rune, then word boundaries.
	for start > 0 && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	if start > 0 || !head {
		if i := strings.IndexFunc(text[start:pos], unicode.IsSpace); i >= 0 {
			start += i + 1
		}
	}
	if end < len(text) || !tail {
		if i := strings.LastIndexFunc(text[pos:end], unicode.IsSpace); i > 0 {
			end = pos + i
		}
	}
	window := text[start:end]
	snippetBytes.Add(int64(len(window)))
	var sb strings.Builder
	if start > 0 || !head {
		sb.WriteString("…")
	}
	last := 0
	forTokens(window, func(i, j int) {
		if isTerm(window[i:j]) {
			sb.WriteString(window[last:i])
			sb.WriteString(domain.HighlightStart)
			sb.WriteString(window[i:j])
			sb.WriteString(domain.HighlightEnd)
			last = j
		}
	})
	sb.WriteString(window[last:])
	if end < len(text) || !tail {
		sb.WriteString("…")
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// snippetBytes counts the bytes of text Snippet has tokenised.
var snippetBytes atomic.Int64

// SnippetBytes is how many bytes of text Snippet has tokenised since the
// program started (tests check that it stays bounded).
func SnippetBytes() int64 { return snippetBytes.Load() }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// forTokens calls f with the byte span of each run of letters and digits
// in s.
func forTokens(s string, f func(i, j int)) {
	start := -1
	for i, r := range s {
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			f(start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(s))
	}
}

// tokens are the runs of letters and digits in s.
func tokens(s string) []string {
	var out []string
	forTokens(s, func(i, j int) { out = append(out, s[i:j]) })
	return out
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// indexWord is the first index of word in s: for an ASCII word, ignoring
// ASCII case, else as typed, lower case, capitalised or upper case.
func indexWord(s, word string) int {
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			pos := -1
			for _, v := range []string{word, strings.ToLower(word), upperFirst(strings.ToLower(word)), strings.ToUpper(word)} {
				hay := s
				if pos >= 0 {
					hay = s[:pos]
				}
				if i := strings.Index(hay, v); i >= 0 {
					pos = i
				}
			}
			return pos
		}
	}
	return indexFoldASCII(s, strings.ToLower(word))
}

// letterRank orders the lower-case ASCII letters from the most to the least
// frequent in English text.
const letterRank = "etaoinshrdlcumwfgypbvkjxqz"

// indexFoldASCII is the first index of the lower-case ASCII word w in s,
// ignoring ASCII case. It jumps (IndexByte) between the occurrences of w's
// least frequent letter, in either case, and compares only there.
func indexFoldASCII(s, w string) int {
	if w == "" {
		return 0
	}
	k, best := 0, -1
	for i := 0; i < len(w); i++ {
		r := strings.IndexByte(letterRank, w[i])
		if r < 0 {
			r = len(letterRank) // a digit or a sign: rarer than any letter
		}
		if r > best {
			k, best = i, r
		}
	}
	lo, up := w[k], w[k]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	nextLo, nextUp := -2, -2 // -2: not looked for yet; -1: none left
	from := k
	for from < len(s) {
		if nextLo != -1 && nextLo < from {
			nextLo = strings.IndexByte(s[from:], lo)
			if nextLo >= 0 {
				nextLo += from
			}
		}
		if up != lo && nextUp != -1 && nextUp < from {
			nextUp = strings.IndexByte(s[from:], up)
			if nextUp >= 0 {
				nextUp += from
			}
		}
		at := nextLo
		if up != lo && nextUp >= 0 && (at < 0 || nextUp < at) {
			at = nextUp
		}
		if at < 0 {
			return -1
		}
		if start := at - k; start+len(w) <= len(s) && strings.EqualFold(s[start:start+len(w)], w) {
			return start
		}
		from = at + 1
	}
	return -1
}
