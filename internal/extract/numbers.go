package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// numFormat is how a language writes numbers: "8,5" and "5 810" in French,
// "8.5" and "5,810" in English, "1.800" (thousands) in Spanish.
type numFormat struct {
	decimal   rune
	thousands string // characters that group thousands
}

var formats = map[string]numFormat{
	"en": {'.', ","},
	"fr": {',', " \u00a0\u202f."},
	"es": {',', ".\u00a0 "},
	"de": {',', ".\u00a0 "},
	"pt": {',', ".\u00a0 "},
	"ar": {'.', ",،"},
}

func formatOf(lang string) numFormat {
	if f, ok := formats[lang]; ok {
		return f
	}
	return formats["en"]
}

// digitSpans appends to dst the byte spans the reference regexp digitsRe
// (digits_test.go) finds in s: a digit, then digits, each possibly after
// one separator (. , ، space, no-break or narrow no-break space).
func digitSpans(s string, dst [][2]int) [][2]int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isNumeralDigit(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isNumeralDigit(r) {
				i += n
				continue
			}
			if r == '.' || r == ',' || r == '،' || r == '\u00a0' || r == '\u202f' || r == ' ' {
				if r2, n2 := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && isNumeralDigit(r2) {
					i += n + n2
					continue
				}
			}
			break
		}
		dst = append(dst, [2]int{start, i})
	}
	return dst
}

// isNumeralDigit: an ASCII or Arabic-Indic digit.
func isNumeralDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' }

// toASCIIDigits maps Eastern Arabic digits to ASCII.
func toASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '٠' && r <= '٩' {
			return '0' + (r - '٠')
		}
		if r == '٫' {
			return '.'
		}
		return r
	}, s)
}

// ParseNumber reads a numeral written with digits in a language's format:
// "8,5" (fr) = 8.5; "5 810" (fr) = 5810; "1.800" (es) = 1800; "4.75" (en) =
// 4.75; "1,200" (en) = 1200. It reports false when s is not a numeral.
func ParseNumber(s, lang string) (float64, bool) {
	s = strings.TrimSpace(toASCIIDigits(s))
	if s == "" {
		return 0, false
	}
	f := formatOf(lang)
	var b strings.Builder
	groups := splitGroups(s)
	for gi, g := range groups {
		if gi == 0 {
			b.WriteString(g.digits)
			continue
		}
		sep := g.sep
		switch {
		case gi == len(groups)-1 && gi > 1 && len(g.digits) == 3 && groups[gi-1].sep == sep:
			// a separator used twice groups thousands, whatever the
			// language's decimal mark: "US$22,754,462" in Spanish,
			// "1.234.567" in English
		case sep == f.decimal && gi == len(groups)-1 && (len(g.digits) != 3 || !strings.ContainsRune(f.thousands, sep)):
			b.WriteByte('.')
		case strings.ContainsRune(f.thousands, sep) && len(g.digits) == 3:
		case sep == f.decimal && gi == len(groups)-1:
			b.WriteByte('.')
		case (sep == '.' || sep == ',') && gi == len(groups)-1 && len(g.digits) != 3:
			b.WriteByte('.') // a decimal point of the other convention: "8.5" in French
		case len(g.digits) == 3:
		default:
			return 0, false
		}
		b.WriteString(g.digits)
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

type group struct {
	sep    rune
	digits string
}

func splitGroups(s string) []group {
	out := make([]group, 0, 4)
	cur := group{}
	ds := -1 // where the group's digits start
	for i, r := range s {
		if r >= '0' && r <= '9' {
			if ds < 0 {
				ds = i
			}
			continue
		}
		if ds >= 0 {
			cur.digits, ds = s[ds:i], -1
		}
		out = append(out, cur)
		cur = group{sep: r}
	}
	if ds >= 0 {
		cur.digits = s[ds:]
	}
	out = append(out, cur)
	return out
}

// numWords parses number words with a language's lexicon: "twenty-four",
// "one hundred forty", "dix-huit", "quatre-vingt-dix", "a dozen".
type numWords struct {
	words map[string]float64 // single normalised words and phrases
	// firsts are the first words of words' phrases: parse looks no
	// further at a word that starts none
	firsts map[string]bool
	scales map[string]float64
	// mults multiply the number before them: "two dozen" is 24, "deux
	// douzaines" 24 (alone, "a dozen" is a number word)
	mults  map[string]float64
	maxLen int
}

func newNumWords(lg *lexicon.Lang) *numWords {
	nw := &numWords{words: map[string]float64{}, firsts: map[string]bool{}, scales: map[string]float64{}, mults: map[string]float64{}}
	if lg == nil {
		return nw
	}
	for _, w := range lg.Words["number"] {
		v, err := strconv.ParseFloat(w.Value, 64)
		if err == nil {
			k := normPhrase(w.Text)
			nw.words[k] = v
			first, _, _ := strings.Cut(k, " ")
			nw.firsts[first] = true
			if n := len(strings.Fields(k)); n > nw.maxLen {
				nw.maxLen = n
			}
		}
	}
	for _, w := range lg.Words["multiplier"] {
		if v, err := strconv.ParseFloat(w.Value, 64); err == nil {
			nw.mults[normPhrase(w.Text)] = v
		}
	}
	for _, w := range lg.Words["scale"] {
		v, err := strconv.ParseFloat(w.Value, 64)
		if err == nil {
			nw.scales[normPhrase(w.Text)] = v
		}
	}
	return nw
}

// normPhrase normalises a phrase to space-separated normalised words, with
// hyphens as spaces.
func normPhrase(s string) string {
	toks := tokenize(s, 0)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.norm
	}
	return strings.Join(parts, " ")
}

// parse reads a number written in words from the start of toks; it returns
// the value and how many tokens it used.
func (nw *numWords) parse(toks []token) (float64, int) {
	if len(toks) > 0 && !nw.firsts[toks[0].norm] {
		// no number phrase starts with the word (most words): one look-up,
		// not one per phrase length; "وعشرين" may still be "and twenty"
		if v, n := nw.arPrefixedNumber(toks); n > 0 { // ar_numbers.go: "بثماني بطاريات"
			return v, n
		}
		t := &toks[0]
		if !t.arabic || !strings.HasPrefix(t.norm, "و") {
			return 0, 0
		}
		if _, ok := nw.words[strings.TrimPrefix(t.norm, "و")]; !ok {
			return 0, 0
		}
	}
	total, cur := 0.0, 0.0
	used := 0
	any := false
	var buf [64]byte
	key := buf[:0]
	for i := 0; i < len(toks); {
		if i > 0 && !gapOK(toks[i].gap) && !(strings.TrimSpace(toks[i].gap) == "" || strings.TrimSpace(toks[i].gap) == "-") {
			break
		}
		if m, ok := nw.mults[toks[i].norm]; ok && any && cur > 0 && i > 0 {
			cur *= m // "two dozen", "deux douzaines"
			i++
			used = i
			continue
		}
		// longest phrase first
		matched := 0
		var v float64
		for n := min(nw.maxLen, len(toks)-i); n >= 1; n-- {
			// the phrase's key is built in a reused buffer: a map lookup
			// with string(key) does not copy it
			key = key[:0]
			for k := 0; k < n; k++ {
				if k > 0 {
					key = append(key, ' ')
				}
				key = append(key, toks[i+k].norm...)
			}
			if x, ok := nw.words[string(key)]; ok {
				matched, v = n, x
				break
			}
		}
		if matched == 0 && (any || i == 0) && toks[i].arabic && strings.HasPrefix(toks[i].norm, "و") {
			// "أربعا وعشرين": the conjunction is attached to the next word,
			// also before a number of its own ("6 مسيرات وعشرين دبابة")
			if x, ok := nw.words[strings.TrimPrefix(toks[i].norm, "و")]; ok {
				matched, v = 1, x
			}
		}
		if matched == 0 && any && toks[i].norm == "و" && i+1 < len(toks) && toks[i+1].digit && toks[i+1].gap == "" && total+cur >= 1000 {
			// "ألفين و401": thousands in words, the rest in digits
			if x, err := strconv.Atoi(toASCIIDigits(toks[i+1].raw)); err == nil && x < 1000 {
				cur += float64(x)
				i += 2
				used = i
				continue
			}
		}
		if matched == 0 {
			// joiners inside a number: "and", "et", "y", "و"
			if any && (toks[i].norm == "and" || toks[i].norm == "et" || toks[i].norm == "y" || toks[i].norm == "e" || toks[i].norm == "و" || toks[i].norm == "und") && i+1 < len(toks) {
				if _, ok := nw.words[toks[i+1].norm]; ok {
					i++
					continue
				}
			}
			break
		}
		any = true
		switch {
		case v == 100:
			cur = math.Max(cur, 1) * 100
		case v >= 1000:
			total += math.Max(cur, 1) * v
			cur = 0
		default:
			cur += v
		}
		i += matched
		used = i
	}
	if !any {
		return 0, 0
	}
	return total + cur, used
}

// Money is an amount found in the text.
type moneySpan struct {
	start, end int // rune offsets
	amount     float64
	currency   string
	qualifier  string
}

var curSymbols = map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "CHF": "CHF", "¥": "JPY", "₹": "INR", "A$": "AUD", "NT$": "TWD", "S$": "SGD", "C$": "CAD", "R$": "BRL", "SEK": "SEK", "NOK": "NOK", "PLN": "PLN", "SAR": "SAR", "AED": "AED", "MAD": "MAD", "KRW": "KRW", "₩": "KRW", "JPY": "JPY", "INR": "INR", "AUD": "AUD", "CAD": "CAD", "BRL": "BRL", "DZD": "DZD", "TRY": "TRY", "ILS": "ILS", "CNY": "CNY", "RUB": "RUB"}
