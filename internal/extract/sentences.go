package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is a span of the cleaned text, in runes.
type sentence struct {
	start, end int
	text       string
	para       int // paragraph index
}

// abbreviations that end with a period without ending a sentence.
var abbrev = map[string]bool{
	"u.s": true, "u.k": true, "u.n": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "adm": true, "sgt": true,
	"no": true, "nos": true, "vol": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"st": true, "jr": true, "sr": true, "fig": true, "art": true, "sec": true, "dept": true,
	"m": true, "mme": true, "mm": true, "env": true, "etc": true, "vs": true, "p": true, "pp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true,
	"e.g": true, "i.e": true, "sr.": true, "gov": true, "sen": true, "rep": true, "d.c": true,
	// Spanish: the "EE." of "EE. UU." (United States; "EE.UU. El" may end
	// a sentence), titles
	"ee": true, "sra": true, "gral": true, "cnel": true, "tte": true, "núm": true,
	// German: amounts ("254 Mio. Euro", "2,5 Mrd. Dollar") and the usual
	// short forms inside a sentence
	"mio": true, "mrd": true, "tsd": true, "bzw": true, "ca": true, "inkl": true, "evtl": true,
	"vgl": true, "nr": true, "u.a": true, "z.b": true, "d.h": true,
}

// maxSentence is the longest sentence, in runes, the rules read whole;
// real sentences of the corpora stay far below it.
const maxSentence = 1500

// splitSentences splits the cleaned text into sentences: paragraphs are
// separated by newlines; inside a paragraph a sentence ends at . ! ? or the
// Arabic question mark when the next word starts a sentence.
func splitSentences(text string) []sentence {
	var out []sentence
	runes := []rune(text)
	para := 0
	start := 0
	// a sentence's text is a slice of text, not a copy: rune offsets are
	// turned into byte offsets by a cursor, since they only grow (valid
	// UTF-8 only: []rune has replaced any invalid byte)
	valid := utf8.ValidString(text)
	curRune, curByte := 0, 0
	sub := func(s, e int) string {
		if !valid {
			return string(runes[s:e])
		}
		if curRune > s {
			curRune, curByte = 0, 0
		}
		for curRune < s {
			curByte += utf8.RuneLen(runes[curRune])
			curRune++
		}
		bs := curByte
		be := bs
		for k := s; k < e; k++ {
			be += utf8.RuneLen(runes[k])
		}
		return text[bs:be]
	}
	emit := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		for e-s > maxSentence {
			// a run-on "sentence" (a table, a list glued into one line)
			// is cut at its last clause break before the limit, so that
			// the rules, which compare a sentence's mentions pairwise,
			// stay linear in the length of the text
			cut := s + maxSentence
			for k := cut - 1; k > s+maxSentence/2; k-- {
				if runes[k] == ',' || runes[k] == ';' || runes[k] == '،' || runes[k] == '؛' {
					cut = k + 1
					break
				}
			}
			out = append(out, sentence{start: s, end: cut, text: sub(s, cut), para: para})
			s = cut
			for s < e && unicode.IsSpace(runes[s]) {
				s++
			}
		}
		if e > s {
			out = append(out, sentence{start: s, end: e, text: sub(s, e), para: para})
		}
		start = end
	}
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r == '\n' {
			emit(i)
			start = i + 1
			if i+1 < len(runes) && runes[i+1] == '\n' {
				para++
			}
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '؟' && r != '…' {
			continue
		}
		if r == '.' && i > 0 && runes[i-1] == '.' {
			continue // leader dots: "TOTAL........ $930 million"
		}
		// closing quotes and brackets stay with the sentence
		j := i + 1
		for j < len(runes) && strings.ContainsRune("\"'»”’)]", runes[j]) {
			j++
		}
		if j < len(runes) && !unicode.IsSpace(runes[j]) && !glued(runes, i, j) {
			continue // 8.5, U.S., e-mail.com
		}
		k := j
		for k < len(runes) && runes[k] == ' ' {
			k++
		}
		if k < len(runes) && runes[k] != '\n' {
			next := runes[k]
			if unicode.IsLower(next) || unicode.IsDigit(next) && r == '.' && endsWithNumberWord(runes[start:i]) {
				continue
			}
		}
		if r == '.' && isAbbrev(runes[start:i]) {
			continue
		}
		if r == '.' && k < len(runes) && ordinalDate(runes[start:i], runes[k:]) {
			continue // de_dates.go: "am 20. Oktober", "Berlin, 3. März 2024"
		}
		emit(j)
	}
	emit(len(runes))
	return out
}

func isAbbrev(before []rune) bool {
	i := len(before)
	for i > 0 && (unicode.IsLetter(before[i-1]) || before[i-1] == '.') {
		i--
	}
	w := strings.ToLower(string(before[i:]))
	if w == "" || i > 0 && unicode.IsDigit(before[i-1]) {
		// letters glued to a digit end a designation ("H225M.", "MQ-9B."),
		// not an abbreviation ("M. Macron") or an initial
		return false
	}
	if abbrev[w] {
		return true
	}
	// single capital letters: initials ("J. Bost")
	return utf8.RuneCountInString(w) == 1 && unicode.IsUpper(before[len(before)-1])
}

func endsWithNumberWord(before []rune) bool {
	w := strings.ToLower(strings.TrimSpace(string(before)))
	return strings.HasSuffix(w, " no") || strings.HasSuffix(w, " n°")
}

// glued reports whether a sentence end lost its space in cleaning:
// "erhalten.Nach Angaben", "recibido.El", "K9.Vier", "2009.En" — a word
// ending in a lower-case letter or a digit, the mark, then a capitalised
// word.
func glued(runes []rune, i, j int) bool {
	if j != i+1 || j+1 >= len(runes) || !unicode.IsUpper(runes[j]) || !unicode.IsLower(runes[j+1]) {
		return false
	}
	// "erhalten.Nach", "K9.Vier": a word of two letters or digits, not
	// an initial ("U.S.Army") or a number alone
	if i < 2 || !unicode.IsLetter(runes[i-2]) && !unicode.IsDigit(runes[i-2]) || !unicode.IsLetter(runes[i-1]) && !unicode.IsDigit(runes[i-1]) {
		return false
	}
	return unicode.IsLower(runes[i-1]) || unicode.IsDigit(runes[i-1])
}
