package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is a run of letters or of digits in the text, with rune offsets.
// Letter and digit runs are separate tokens, so that "F16", "F-16" and
// "F 16" all read as [f 16].
type token struct {
	start, end int    // rune offsets in the text
	raw        string // as written
	norm       string // lower case, no accents; Arabic normalised, article stripped
	gap        string // what separates it from the previous token
	digit      bool
	arabic     bool
	// markID is the id of the phraseStarts whose sets the token's
	// readings start, cached in mark (phraseStarts.markOf)
	markID uint32
	// forms caches arabicForms
	forms *arabicWordForms
	mark  wordMark
}

// setNorm gives a copy of a token another normal form, and drops what was
// cached from the old one (its Arabic forms, its phrase-set mark).
func (t *token) setNorm(n string) {
	t.norm, t.forms, t.markID = n, nil, 0
}

// arabicWordForms are an Arabic token's other readings.
type arabicWordForms struct {
	variants []string // without an attached conjunction or preposition
	prons    []string // one-word readings without an attached pronoun
}

// arabicForms returns, made once, the token's readings without its
// attached conjunction or preposition (arabicVariants, the word itself
// left out) and without an attached pronoun.
func (t *token) arabicForms() (variants, prons []string) {
	if t.forms == nil {
		all := arabicVariants(t.norm)
		f := &arabicWordForms{variants: all[1:]}
		for _, v := range all {
			if w := stripArabicPronoun(v); w != v {
				f.prons = append(f.prons, w)
			}
		}
		t.forms = f
	}
	return t.forms.variants, t.forms.prons
}

// runeText is a text with a byte-to-rune offset table, so that regexp byte
// offsets can be turned into the rune offsets evidence uses. The table is
// made when first asked for: most sentences have no number to place.
type runeText struct {
	s      string
	byteTo []int32 // byte offset -> rune offset (len(s)+1 entries); see table
}

func newRuneText(s string) *runeText { return &runeText{s: s} }

// table returns the byte-to-rune offsets, made once.
func (t *runeText) table() []int32 {
	if t.byteTo != nil {
		return t.byteTo
	}
	s := t.s
	bt := make([]int32, len(s)+1)
	var r int32
	for i := range s {
		bt[i] = r
		r++
	}
	// fill continuation bytes and the end
	var last int32
	for i := 0; i <= len(s); i++ {
		if i == len(s) {
			bt[i] = r
			break
		}
		if utf8.RuneStart(s[i]) {
			last = bt[i]
		} else {
			bt[i] = last
		}
	}
	t.byteTo = bt
	return bt
}

func (t *runeText) rune(b int) int { return int(t.table()[b]) }

func isArabicLetter(r rune) bool {
	// the Arabic blocks start at U+0600: Latin text needs no table look-up;
	// nor do the letters of the basic alphabet (hamza to ghayn, fa to ya)
	if r >= 'ء' && r <= 'غ' || r >= 'ف' && r <= 'ي' {
		return true
	}
	return r >= 0x600 && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// asciiKind is the kind of token (tokenize) an ASCII character is part
// of: 1 a letter, 2 a digit, 0 none. No ASCII character is a mark, a
// tatweel or an Arabic letter.
var asciiKind = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	return t
}()

// isMark reports whether r is a nonspacing mark (unicode.Mn); none is
// below U+0300.
func isMark(r rune) bool { return r >= 0x300 && unicode.Is(unicode.Mn, r) }

// runeKind is the kind of token (tokenize) a rune beyond ASCII is part
// of, 0 for none; in: a token of kind is open before it.
func runeKind(r rune, in bool, kind int) int {
	switch {
	case r == 'ـ': // tatweel: inside a word it stretches it, alone a hyphen
		if in {
			return kind
		}
	case unicode.IsDigit(r):
		return 2
	case isArabicLetter(r):
		// a word ends where the script changes: "بـF-16", "وCH-4" are a
		// prefix and a designation
		return 3
	case unicode.IsLetter(r):
		return 1
	case in && isMark(r):
		return kind
	}
	return 0
}

// tokenize splits s (starting at rune offset base) into tokens.
func tokenize(s string, base int) []token {
	toks := make([]token, 0, countTokens(s))
	pos := base
	start := -1
	startByte := 0
	kind := 0 // 1 letter, 2 digit, 3 Arabic letter
	gapStart := 0
	lastEndByte := 0
	flush := func(endByte, endRune int) {
		if start < 0 {
			return
		}
		raw := s[startByte:endByte]
		t := token{start: start, end: endRune, raw: raw, digit: kind == 2, gap: s[gapStart:startByte]}
		t.arabic = kind == 3
		t.norm = normWord(raw)
		if t.arabic {
			t.norm = stripArticle(t.norm)
		}
		toks = append(toks, t)
		start = -1
		lastEndByte = endByte
		gapStart = lastEndByte
	}
	for i, r := range s {
		k := 0
		if r < utf8.RuneSelf {
			k = int(asciiKind[r])
		} else {
			k = runeKind(r, start >= 0, kind)
		}
		if k == 0 {
			flush(i, pos)
		} else if start >= 0 && k != kind {
			flush(i, pos)
			start, startByte, kind = pos, i, k
		} else if start < 0 {
			start, startByte, kind = pos, i, k
		}
		pos++
	}
	flush(len(s), pos)
	return toks
}

// normWord lower-cases, strips accents and normalises Arabic letters.
func normWord(s string) string {
	if len(s) > 0 && s[0] >= 0xD8 && s[0] <= 0xDB { // U+0600–U+06FF
		if w, ok := normArabicWord(s); ok {
			return w
		}
	}
	if normalWord(s) {
		return s // most words: nothing to change, nothing to copy
	}
	if w, ok := normLatinWord(s); ok {
		return w
	}
	return normWordNFD(s)
}

// normLatinWord is normWord of a word written in ASCII, Latin-1 and Latin
// Extended-A and B alone (below U+0250: "Poland", "Défense", "Straße"),
// without the decomposition: no rune there is a combining mark, so NFD
// decomposes each rune on its own and never reorders across runes, and
// the word's form is its runes' forms (latinNorm) one after the other.
// ok is false for any other word.
func normLatinWord(s string) (w string, ok bool) {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= latinNormEnd { // utf8.RuneError included
			return "", false
		}
		b = append(b, latinNorm[r-utf8.RuneSelf]...)
		i += n
	}
	return string(b), true
}

// latinNormEnd bounds the runes latinNorm holds.
const latinNormEnd = 0x250

// latinNorm is normWordNFD of each rune from U+0080 to U+024F.
var latinNorm = func() (t [latinNormEnd - utf8.RuneSelf]string) {
	for r := rune(utf8.RuneSelf); r < latinNormEnd; r++ {
		t[r-utf8.RuneSelf] = normWordNFD(string(r))
	}
	return t
}()

// normArabicWord is normWord of a word written in the Arabic block alone
// (U+0600–U+06FF), without the decomposition: there, what NFD splits is
// a letter and a hamza or madda above or below it (U+0653–U+0655, marks
// that normWord drops), so the letter alone is taken at once. ok is false
// for any other word. A word with nothing to change is s itself.
func normArabicWord(s string) (w string, ok bool) {
	var buf [64]byte
	b := buf[:0]
	same := true // b is s so far
	for _, r := range s {
		r0 := r
		switch {
		case r < 0x600 || r > 0x6FF:
			return "", false
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى' || r == 'ئ':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ۀ': // the letters below decompose like the hamzas above
			r = 'ە'
		case r == 'ۂ':
			r = 'ہ'
		case r == 'ۓ':
			r = 'ے'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case arabicMark(r):
			same = false
			continue
		}
		if r == 'ـ' {
			same = false
			continue
		}
		same = same && r == r0
		b = utf8.AppendRune(b, r)
	}
	if same {
		return s, true
	}
	return string(b), true
}

// arabicMark reports whether r, of the Arabic block, is a nonspacing mark
// (unicode.Mn): the harakat and Quranic marks.
func arabicMark(r rune) bool {
	switch {
	case r >= 0x64B && r <= 0x65F, r == 0x670, r >= 0x610 && r <= 0x61A:
		return true
	case r < 0x6D6:
		return false
	}
	return unicode.Is(unicode.Mn, r)
}

// normWordNFD is normWord's general path: decompose, drop the marks, map.
func normWordNFD(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ـ':
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case r >= '٠' && r <= '٩': // Arabic-Indic digits: "إف-١٦" is "إف-16"
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹': // their Persian forms
			r = '0' + (r - '۰')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// countTokens is len(tokenize(s, 0)), counted without making the tokens,
// so that tokenize allocates their slice once.
func countTokens(s string) int {
	n, kind, in := 0, 0, false
	for _, r := range s {
		k := 0
		if r < utf8.RuneSelf {
			k = int(asciiKind[r])
		} else {
			k = runeKind(r, in, kind)
		}
		switch {
		case k == 0:
			in = false
		case !in || k != kind:
			n++
			in, kind = true, k
		}
	}
	return n
}

// normalWord reports whether normWord leaves s as it is: lower case,
// decomposed, without marks, tatweel or the letters and quotes it maps.
func normalWord(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
			break
		} else if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	if ascii {
		return true
	}
	if !utf8.ValidString(s) || norm.NFD.QuickSpanString(s) != len(s) {
		return false
	}
	for _, r := range s {
		switch r {
		case 'ـ', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', 'ؤ', 'ئ', '’', '‘', 'ʼ':
			return false
		}
		if unicode.Is(unicode.Mn, r) || unicode.ToLower(r) != r || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹' {
			return false
		}
	}
	return true
}

// stripArticle removes the Arabic definite article from a normalised word.
func stripArticle(w string) string {
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
		return w[len("ال"):]
	}
	return w
}

// arabicVariants are the forms a normalised Arabic word may take once its
// attached conjunction and preposition are removed: "والمغرب" -> "مغرب",
// "للمغرب" -> "مغرب", "بالرباط" -> "رباط".
func arabicVariants(w string) []string { return appendArabicVariants(nil, w) }

// appendArabicVariants appends w's arabicVariants to dst: given a buffer
// on the caller's stack ([maxArabicVariants]string), no allocation.
func appendArabicVariants(dst []string, w string) []string {
	out := append(dst, w)
	cur := w
	for _, p := range [...]string{"و", "ف"} {
		// "وإف-16", "وسو-30": the conjunction before a short
		// transliteration leaves two letters
		if strings.HasPrefix(cur, p) && utf8.RuneCountInString(cur) > 2 {
			cur = cur[len(p):]
			out = append(out, stripArticle(cur))
			break
		}
	}
	if strings.HasPrefix(cur, "لل") && utf8.RuneCountInString(cur) > 3 {
		out = append(out, cur[len("لل"):])
	}
	for _, p := range [...]string{"ب", "ل", "ك"} {
		// "بإف-16", "لسو-35": two letters left are a short
		// transliteration
		if strings.HasPrefix(cur, p) && utf8.RuneCountInString(cur) > 2 {
			out = append(out, stripArticle(cur[len(p):]))
		}
	}
	return out
}

// maxArabicVariants bounds len(arabicVariants(w)).
const maxArabicVariants = 6

// isUpperWord reports whether a word has letters and all are upper case.
func isUpperWord(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			has = true
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return has
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// headRunes returns the first n runes of s (all of s when shorter),
// without converting the text.
func headRunes(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// spells reports whether the tokens from at on spell the normalised words
// of ph.
func spells(toks []token, at int, ph []string) bool {
	if at < 0 || at+len(ph) > len(toks) {
		return false
	}
	for j, w := range ph {
		if toks[at+j].norm != w {
			return false
		}
	}
	return true
}

// wordBefore returns the index of the word right before m, passing over
// one article ("a la France", "de los Estados Unidos"), or -1 when m opens
// the sentence or only an article precedes it.
func (sc *sentScan) wordBefore(m mention) int {
	k := m.tok0 - 1
	if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 1 {
		return -1
	}
	return k
}
