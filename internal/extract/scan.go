package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// langWords are a language's cue words compiled for matching.
type langWords struct {
	code   string
	nums   *numWords
	fmt    numFormat
	phr    map[string]*phraseSet // kind -> phrases
	months map[string]int
	curr   *phraseSet
	// kinds answers set's look-ups without hashing the name (kindCache)
	kinds kindCache
}

// phraseSet matches normalised token sequences.
type phraseSet struct {
	byFirst map[string][]phrase
	// idx, when the set is one of a language's (langWords), tells for a
	// word which of the language's sets have a phrase starting with it:
	// bit is this set's; a token whose mark lacks it is no start here
	idx *phraseStarts
	bit wordMark
}

// phrase is a phrase of a set: its normalised words and its value.
type phrase struct {
	parts []string
	value string
}

// phraseStarts maps each word that starts a phrase of one of a language's
// sets to the sets (a bit each) it starts a phrase of. A token's mark
// (the union over its readings, see markOf) is taken once; most tokens
// start no phrase, and each set then answers without a look-up of its own.
type phraseStarts struct {
	id   uint32 // nonzero, its own (token.markID)
	sets map[string]wordMark
}

// phraseStartsIDs numbers the phraseStarts made.
var phraseStartsIDs atomic.Uint32

// wordMark has a bit per phrase set of a language: the first markBits-1
// sets have one each, the others share the last (markBit). A language
// reads about 270 kinds; with 64 bits (until round 9) every kind after
// the 63rd shared one, and the cue kinds late in the alphabet
// ("negation", "stage-delivered") lost the shortcut: a fifth of the
// extraction time. With 256 (until December 2026) the kinds after
// "visit-word" ("with-prep", "year-word", "total") shared one again
// (TestMarkBitsCoverKinds).
type wordMark [6]uint64

// markBits is the number of bits of a wordMark.
const markBits = 64 * len(wordMark{})

// markBit is the bit of the i-th set of a language.
func markBit(i int) wordMark {
	var m wordMark
	i = min(i, markBits-1)
	m[i>>6] = 1 << (i & 63)
	return m
}

// or returns the union of two marks.
func (m wordMark) or(o wordMark) wordMark {
	return wordMark{m[0] | o[0], m[1] | o[1], m[2] | o[2], m[3] | o[3], m[4] | o[4], m[5] | o[5]}
}

// meets reports whether two marks share a bit.
func (m wordMark) meets(o wordMark) bool {
	return m[0]&o[0]|m[1]&o[1]|m[2]&o[2]|m[3]&o[3]|m[4]&o[4]|m[5]&o[5] != 0
}

// markOf returns the union of the marks of the token's readings: its
// word and, for an Arabic token, its forms without an attached word
// (arabicForms), as at reads them. It is made once per token and index.
func (fw *phraseStarts) markOf(t *token) wordMark {
	if t.markID == fw.id {
		return t.mark
	}
	m := fw.sets[t.norm]
	if t.arabic {
		vs, prons := t.arabicForms()
		for _, v := range vs {
			m = m.or(fw.sets[v])
		}
		for _, v := range prons {
			m = m.or(fw.sets[v])
		}
	}
	t.mark, t.markID = m, fw.id
	return m
}

// notStart reports, from the token's mark made earlier, that no phrase of
// the set starts at t: at would answer 0 without a call. false means
// only that at has to be asked.
func (ps *phraseSet) notStart(t *token) bool {
	return ps != nil && ps.idx != nil && t.markID == ps.idx.id && !t.mark.meets(ps.bit)
}

// mayStart reports whether a phrase of ps can start at a token of the
// sentence: false when no token's mark has the set's bit, the answer of
// most sets in most sentences, which then need no walk over the tokens.
func (sc *sentScan) mayStart(ps *phraseSet) bool {
	if ps == nil {
		return false // at finds nothing in no set
	}
	if ps.idx == nil {
		return true
	}
	if sc.marksIdx != ps.idx {
		sc.marks = wordMark{}
		for i := range sc.toks {
			sc.marks = sc.marks.or(ps.idx.markOf(&sc.toks[i]))
		}
		sc.marksIdx = ps.idx
	}
	return sc.marks.meets(ps.bit)
}

func newPhraseSet(words []lexicon.Word) *phraseSet {
	ps := &phraseSet{byFirst: map[string][]phrase{}}
	seen := map[string]int{} // joined phrase -> its place in byFirst[first]
	for _, w := range words {
		toks := tokenize(w.Text, 0)
		if len(toks) == 0 {
			continue
		}
		parts := make([]string, len(toks))
		for i, t := range toks {
			parts[i] = t.norm
		}
		// a phrase listed again keeps its first place and takes the
		// last value, as a map of values keyed by the phrase did
		key := strings.Join(parts, " ")
		if j, ok := seen[key]; ok {
			ps.byFirst[parts[0]][j].value = w.Value
			continue
		}
		seen[key] = len(ps.byFirst[parts[0]])
		ps.byFirst[parts[0]] = append(ps.byFirst[parts[0]], phrase{parts: parts, value: w.Value})
	}
	for k := range ps.byFirst {
		l := ps.byFirst[k]
		// longest first
		for i := 1; i < len(l); i++ {
			for j := i; j > 0 && len(l[j].parts) > len(l[j-1].parts); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
	}
	return ps
}

// at returns the number of tokens of the longest phrase starting at toks[i]
// and its value.
func (ps *phraseSet) at(toks []token, i int) (int, string) {
	if ps == nil || i < 0 || i >= len(toks) {
		return 0, ""
	}
	t := &toks[i]
	if ps.idx != nil && !ps.idx.markOf(t).meets(ps.bit) {
		return 0, ""
	}
	// the longest phrase of cands that the tokens from i spell (cands are
	// phrases by first word; single: one-word phrases only)
	match := func(cands []phrase, single bool) *phrase {
		for j := range cands {
			p := cands[j].parts
			if single && len(p) != 1 || i+len(p) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p); k++ {
				if toks[i+k].norm != p[k] {
					ok = false
					break
				}
			}
			if ok {
				return &cands[j]
			}
		}
		return nil
	}
	p := match(ps.byFirst[t.norm], false)
	if p == nil && t.arabic {
		// "والمغرب", "للمغرب": the word without its attached conjunction
		// or preposition; "استلامها", "بتسليمها": a one-word cue with an
		// attached pronoun. The forms are made once per token.
		vs, prons := t.arabicForms()
		for _, v := range vs {
			if p = match(ps.byFirst[v], false); p != nil {
				break
			}
		}
		for _, w := range prons {
			if p != nil {
				break
			}
			p = match(ps.byFirst[w], true)
		}
	}
	if p != nil {
		return len(p.parts), p.value
	}
	return 0, ""
}

// any reports whether a phrase of the set occurs in toks[from:to].
func (ps *phraseSet) any(toks []token, from, to int) (int, bool) {
	for i := max(from, 0); i < to && i < len(toks); i++ {
		if ps.notStart(&toks[i]) {
			continue
		}
		if n, _ := ps.at(toks, i); n > 0 {
			return i, true
		}
	}
	return -1, false
}

func newLangWords(lg *lexicon.Lang, code string) *langWords {
	lw := &langWords{code: code, nums: newNumWords(lg), fmt: formatOf(code), phr: map[string]*phraseSet{}, months: map[string]int{}}
	if lg == nil {
		return lw
	}
	kinds := make([]string, 0, len(lg.Words))
	for kind := range lg.Words {
		kinds = append(kinds, kind)
	}
	slices.Sort(kinds)
	fw := &phraseStarts{id: phraseStartsIDs.Add(1), sets: map[string]wordMark{}}
	for i, kind := range kinds {
		ps := newPhraseSet(lg.Words[kind])
		ps.idx, ps.bit = fw, markBit(i)
		for w := range ps.byFirst {
			fw.sets[w] = fw.sets[w].or(ps.bit)
		}
		lw.phr[kind] = ps
	}
	for _, w := range lg.Words["month"] {
		if v, err := strconv.Atoi(w.Value); err == nil {
			lw.months[normPhrase(w.Text)] = v
		}
	}
	lw.curr = lw.phr["currency"]
	return lw
}

// set returns the language's phrase set of a kind, nil for a kind it has
// no words of, found through kindCache.
func (lw *langWords) set(kind string) *phraseSet {
	a, b := kindSlotsOf(kind)
	ea := lw.kinds[a].Load()
	if ea != nil && unsafe.StringData(ea.name) == unsafe.StringData(kind) && len(ea.name) == len(kind) {
		return ea.ps // the same constant as the slot's (most look-ups): no call to compare bytes
	}
	if ea != nil && ea.name == kind {
		return ea.ps
	}
	eb := lw.kinds[b].Load()
	if eb != nil && eb.name == kind {
		return eb.ps
	}
	ps := lw.phr[kind]
	e := &kindEntry{name: kind, ps: ps}
	if ea == nil {
		lw.kinds[a].Store(e)
	} else {
		lw.kinds[b].Store(e)
	}
	return ps
}

// kindCache is a cache of a language's sets by the address of their
// kind's name. The rules name kinds with string constants, so a call site
// passes the same bytes every time: one of the two slots that address
// hashes to holds the set, found with a load, and the name's comparison
// stops at the equal pointers, where the map hashed and compared the whole
// name on each of the thousands of look-ups a document makes. A miss (the
// first look-up, three names sharing slots, a name made at run time) reads
// the map and fills a slot; since the comparison is by content, a slot can
// only be slow, never wrong. Slots are atomic: one Extractor serves
// concurrent documents.
type kindCache [kindSlots]atomic.Pointer[kindEntry]

type kindEntry struct {
	name string
	ps   *phraseSet
}

const (
	kindBits  = 12
	kindSlots = 1 << kindBits
)

// kindSlotsOf returns the two slots of a name: its data's address
// hashed two ways (Fibonacci hashing, top bits).
func kindSlotsOf(name string) (uintptr, uintptr) {
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(name)))) ^ uint64(len(name))<<48
	return uintptr((p * 0x9E3779B97F4A7C15) >> (64 - kindBits)), uintptr((p * 0xC2B2AE3D27D4EB4F) >> (64 - kindBits))
}

// numSpan is a number found in a sentence.
type numSpan struct {
	start, end int // rune offsets
	tok0, tok1 int // tokens covered
	value      float64
	words      bool // written in words
}

// yearSpan is a year found in a sentence, possibly resolved from a
// relative expression ("last November").
type yearSpan struct {
	start, end int
	tok0       int
	year       int
	relative   bool
}

// sentScan is everything found in one sentence.
type sentScan struct {
	// runes are the sentence's text as runes, made on first use
	// (mentionStart)
	runes    []rune
	s        sentence
	toks     []token
	mentions []mention
	money    []moneySpan
	nums     []numSpan // quantities: numbers that are not money, years or dates
	years    []yearSpan
	lw       *langWords
	// valueUsed: the sentence's amount went to a deal
	valueUsed bool
	// cues caches cuePositions by kind (a score of kinds per sentence at
	// most: a list, not a map); their positions share cueBuf
	cues   []cueList
	cueBuf []int
	// hasKinds caches has by kind, as cues does cuePositions
	hasKinds []hasKind
	// clauseEnds[i] is the end of the clause of token i (clauseOf), made
	// once when first asked (de_r4_splitverbs.go asks it at every word)
	clauseEnds []int32
	// marks is the union of the tokens' marks (markOf) under marksIdx,
	// the language's phraseStarts, made once (mayStart)
	marks    wordMark
	marksIdx *phraseStarts
	// countryTok marks the tokens of states' names (countryTokens)
	countryTok []uint8
	// retireSpans: where words for retiring weapons stand (all_r6_roles_retired.go)
	retireSpans [][2]int
	retireDone  bool
	// countryList caches countries()
	countryList   []mention
	countriesMade bool
	// partners caches withPartners (coop_r6_signer.go), which up to three
	// rules of a sentence ask
	partners      []string
	partnersFirst int
	partnersMade  bool
	// pending are the scaled amounts without a currency
	// (all_numbers_r5_words.go)
	pending []pendingAmount
	// low caches lower()
	low     string
	lowMade bool
	// deJoins caches r13DeHasJoins, deRelative r13DeHasRelative: 0 not
	// yet asked, 1 no, 2 yes; deJoins 3: no embedded clause, list joins
	// not yet read (asked before the mentions were found)
	deJoins, deRelative int8
}

// lower returns the sentence's text in lower case, made once: several
// rules look for their words in it.
func (sc *sentScan) lower() string {
	if !sc.lowMade {
		sc.low, sc.lowMade = strings.ToLower(sc.s.text), true
	}
	return sc.low
}

// cueList is where a kind of cue starts in a sentence: at
// cueBuf[from:to].
type cueList struct {
	set      *phraseSet // the kind's (langWords.set), compared as a pointer
	from, to int32
}

// tokIndexAt returns the index of the first token starting at or after rune
// offset r.
func tokIndexAt(toks []token, r int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].start >= r })
}

// codeNames are the ISO 4217 codes read as currencies beside a number,
// before it ("SEK 5.3 billion") or after it ("5.3 billion SEK").
// Codes that are also words or names ("COP 28", "BOB", "PEN") are left
// out; after a number, a code needs a scale or a number of four digits
// ("5.3 billion SEK", "300,000 EUR"): in "3 SAR helicopters" SAR is search
// and rescue.
var codeNames = []string{"USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "UAH", "RUB", "TRY", "ILS",
	"SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "IQD", "EGP", "MAD", "DZD", "TND", "NGN", "ZAR", "XAF", "XOF",
	"INR", "PKR", "CNY", "JPY", "KRW", "TWD", "PHP", "THB", "IDR", "MYR", "SGD", "AUD", "CAD", "BRL", "MXN", "CLP"}

// symbolCurrency is the currency a symbol or code beside a number names ("" for
// none).
func symbolCurrency(sym string) string {
	if c, ok := curSymbols[sym]; ok {
		return c
	}
	if preSymCodes[sym] {
		return sym
	}
	return ""
}

var (
	preSymRe = regexp.MustCompile(`(US\$|[uU]\$[sS]|U\.S\.\s?\$|NT\$|S\$|A\$|C\$|R\$|\$|€|£|¥|₹|₩|\b(?:` + strings.Join(codeNames, "|") + `))\s?$`)
	// after the number: "5.3 billion SEK", "1,2 Mrd. EUR", "800 millones MAD"
	postSymRe = regexp.MustCompile(`^\.?\s?(€|\$|£|(?:` + strings.Join(codeNames, "|") + `)\b)`)
	parenRe   = regexp.MustCompile(`^\s?\((\d{1,6})\)`)
)

// preSym matches preSymRe on a window before a number, after a cheap
// check that the window can end with a currency symbol or code: before at
// most one space it ends with a symbol, a code of preSymRe's (USD, ILS) or
// the $s of "u$s". Most numbers have none ("its 24", "the M1"), and the
// regexp is the costly part of scanning numbers.
func preSym(w string) []string {
	t := w
	if n := len(t); n > 0 && strings.IndexByte(" \t\n\f\r", t[n-1]) >= 0 { // \s
		t = t[:n-1]
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₩':
	case (r == 's' || r == 'S') && strings.HasSuffix(t[:len(t)-1], "$"): // u$s
	case r >= 'A' && r <= 'Z' && len(t) >= 3 && preSymCodes[t[len(t)-3:]]:
	default:
		return nil
	}
	// a match is at most 7 bytes ("U.S. $ "): the regexp, unanchored at
	// its start, reads only the window's last 12 bytes and more (from a
	// rune's start), which keep the byte before a code for its \b
	if n := len(w) - 12; n > 0 {
		for n > 0 && !utf8.RuneStart(w[n]) {
			n--
		}
		w = w[n:]
	}
	return preSymRe.FindStringSubmatch(w)
}

// postSym matches postSymRe on a window after a number, after a cheap
// check that the window, past a period and a space, opens with a symbol
// or a capital: most numbers are followed by a word in lower case.
func postSym(w string) []string {
	t := w
	if len(t) > 0 && t[0] == '.' {
		t = t[1:]
	}
	if len(t) > 0 && strings.IndexByte(" \t\n\f\r", t[0]) >= 0 { // \s
		t = t[1:]
	}
	if len(t) == 0 || !(t[0] >= 'A' && t[0] <= 'Z' || t[0] == '$' || strings.HasPrefix(t, "€") || strings.HasPrefix(t, "£")) {
		return nil
	}
	return postSymRe.FindStringSubmatch(w)
}

// preSymCodes are the currency codes preSymRe reads before a number.
var preSymCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range codeNames {
		m[c] = true
	}
	return m
}()

// scanNumbers finds money, quantities and years in a sentence.
func (sc *sentScan) scanNumbers(pub time.Time) {
	text := sc.s.text
	rt := newRuneText(text)
	base := sc.s.start
	toks := sc.toks
	used := map[int]bool{} // token indexes consumed by money or dates
	// numerals with digits
	var spans [16][2]int
	for _, m := range digitSpans(text, spans[:0]) {
		raw := text[m[0]:m[1]]
		rs, re := base+rt.rune(m[0]), base+rt.rune(m[1])
		// trailing separators belong to the sentence, not the number
		trim := strings.TrimRight(raw, " .,\u00a0\u202f،")
		re -= len([]rune(raw)) - len([]rune(trim))
		v, ok := ParseNumber(trim, sc.lw.code)
		if !ok {
			continue
		}
		t0 := tokIndexAt(toks, rs)
		t1 := tokIndexAt(toks, re)
		// a year?
		if iv := int(v); float64(iv) == v && iv >= 1950 && iv <= 2049 && !strings.ContainsAny(trim, ".,  ") && !sc.inSystem(t0) {
			pre := strings.TrimSpace(text[:m[0]])
			if preSym(symWindow(text, m[0])) == nil && !strings.HasSuffix(pre, "(") {
				n, _ := sc.lw.set("scale").at(toks, t1)
				if n == 0 {
					sc.years = append(sc.years, yearSpan{start: rs, end: re, tok0: t0, year: iv})
					for k := t0; k < t1; k++ {
						used[k] = true
					}
					continue
				}
			}
		}
		// money: symbol before, or scale/currency after
		cur := ""
		if sm := preSym(symWindow(text, m[0])); sm != nil {
			cur = symbolCurrency(strings.ReplaceAll(strings.ReplaceAll(sm[1], " ", ""), "U.S.$", "US$"))
			if cur == "" {
				cur = "USD"
			}
			rs = base + rt.rune(m[0]-len(sm[0]))
		}
		j := t1
		scale := 1.0
		if n, val := sc.lw.set("scale").at(toks, j); n > 0 {
			// "m" and "b" only directly attached to the number ("$997m")
			if len(toks[j].norm) > 1 || toks[j].gap == "" {
				if f, err := strconv.ParseFloat(val, 64); err == nil {
					scale = f
					j += n
				}
			}
		}
		// "mil 200 millones", "dos mil 500 millones" (Mexican usage):
		// thousands of millions written half in words
		if scale == 1e6 && v < 1000 && t0 > 0 && sc.lw.code == "es" && toks[t0-1].norm == "mil" && gapOK(toks[t0].gap) {
			thousands, from := 1.0, t0-1
			if from > 0 {
				if x, ok := sc.lw.nums.words[toks[from-1].norm]; ok && x < 1000 && gapOK(toks[from].gap) {
					thousands, from = x, from-1
				}
			}
			v += thousands * 1000
			if cur == "" {
				rs = toks[from].start
			}
			t0 = from
		}
		// "300 mdd" (millones de dólares): Mexican shorthand
		if cur == "" && scale == 1 && j < len(toks) && sc.lw.code == "es" && toks[j].norm == "mdd" {
			scale, cur = 1e6, "USD"
			j++
		}
		if cur == "" {
			k := j
			if k < len(toks) && (toks[k].norm == "de" || toks[k].norm == "d" || toks[k].norm == "of") {
				k++
			}
			if n, val := sc.lw.curr.at(toks, k); n > 0 {
				cur = val
				j = k + n
			} else {
				after := text[min(len(text), rt.byteOf(re-base)):]
				if j > t1 {
					after = text[rt.byteOf(toks[j-1].end-base):]
				}
				if sm := postSym(headWindow(after)); sm != nil && (scale > 1 || v >= 1000 || strings.Contains("€$£USDEURGBPCHF", sm[1])) {
					cur = symbolCurrency(sm[1])
				}
			}
		}
		// "$3 and $5 billion", "entre 200 y 300 millones de dólares": a
		// figure listed with a scaled amount shares its scale and currency
		// (all_numbers_r5_words.go)
		if scale == 1 && j == t1 && (cur == "" || v < 1000) {
			if f, c, ok := sc.listedScale(t1); ok && (cur != "" || c != "" || len(sc.money) > 0 || v != float64(int(v))) {
				scale = f
				if cur == "" {
					cur = c
				}
			}
		}
		// "27 milliards d'euros en 2022, dont 17 milliards": a scaled amount
		// without a currency takes the sentence's last one
		if cur == "" && scale >= 1e6 && len(sc.money) > 0 {
			cur = sc.money[len(sc.money)-1].currency
		}
		// "12 millions et de 15 millions d'euros", "$12 and 15 million":
		// a scaled amount takes the currency of the next one it is
		// listed with
		if cur == "" && scale >= 1e6 {
			cur = sc.listedCurrency(j)
		}
		if cur != "" {
			end := re
			if j > t1 {
				end = toks[j-1].end
			}
			q := sc.qualifier(t0)
			sc.money = append(sc.money, moneySpan{start: rs, end: end, amount: v * scale, currency: cur, qualifier: q})
			for k := t0; k < j; k++ {
				used[k] = true
			}
			continue
		}
		if scale == 1e3 && v == float64(int(v)) && v < 1000 {
			// "26 ألف بندقية", "26 thousand rifles": thousands without a
			// currency are a quantity
			v *= scale
			scale = 1
			re = toks[j-1].end
			t1 = j
		}
		if scale != 1 {
			// "2 milliards" without a currency: not a quantity; at the
			// end of a clause, an amount in the paragraph's currency
			// (carryCurrencies, all_numbers_r5_words.go)
			if scale >= 1e6 && (sc.amountEndsHere(j) || sc.opensOnPartOfTotal(t0)) { // all_r6_aggregate_sum.go: "De ese total, 455 millones corresponden a …"
				end := re
				if j > t1 {
					end = toks[j-1].end
				}
				sc.pending = append(sc.pending, pendingAmount{start: rs, end: end, tok0: t0, tok1: j, amount: v * scale, qualifier: sc.qualifier(t0)})
			}
			continue
		}
		if sc.designationPart(t0, t1) || sc.dayOfMonth(t0, t1) {
			continue
		}
		if v != float64(int(v)) || v <= 0 {
			continue
		}
		// "Twenty (20)": the digits repeat a number in words, already read
		if t0 > 0 && len(sc.nums) > 0 && sc.nums[len(sc.nums)-1].words && sc.nums[len(sc.nums)-1].value == v {
			sc.nums[len(sc.nums)-1].end = re
			sc.nums[len(sc.nums)-1].tok1 = t1
			continue
		}
		sc.nums = append(sc.nums, numSpan{start: rs, end: re, tok0: t0, tok1: t1, value: v})
		for k := t0; k < t1; k++ {
			used[k] = true
		}
	}
	// numbers in words
	for i := 0; i < len(toks); i++ {
		if used[i] || toks[i].digit {
			continue
		}
		// "a billion dollars" (all_numbers_r5_words.go)
		if mo, j, ok := sc.articleScaleMoney(i); ok {
			sc.money = append(sc.money, mo)
			for k := i; k < j; k++ {
				used[k] = true
			}
			i = j - 1
			continue
		}
		v, n := sc.lw.nums.parse(toks[i:])
		if n == 0 {
			continue
		}
		// "ocho millones de dólares", "eight million dollars", "huit
		// millions de dollars": an amount in words
		if mo, j, ok := sc.wordsMoney(i, i+n, v); ok {
			sc.money = append(sc.money, mo)
			for k := i; k < j; k++ {
				used[k] = true
			}
			i = j - 1
			continue
		}
		if v > 1 {
			sp := numSpan{start: toks[i].start, end: toks[i+n-1].end, tok0: i, tok1: i + n, value: v, words: true}
			kept := sc.nums[:0]
			for _, x := range sc.nums {
				if x.words || x.tok0 < i || x.tok0 >= i+n {
					kept = append(kept, x)
				}
			}
			sc.nums = kept
			// "twenty-four (24)": take the digits as the value and skip them
			after := text[rt.byteOf(toks[i+n-1].end-base):]
			if pm := parenRe.FindStringSubmatch(headWindow(after)); pm != nil {
				if dv, err := strconv.Atoi(pm[1]); err == nil {
					sp.value = float64(dv)
					// drop the digits' own span, added above
					for k := range sc.nums {
						if !sc.nums[k].words && sc.nums[k].value == float64(dv) && sc.nums[k].start > sp.start && sc.nums[k].start-sp.end < 4 {
							sp.end = sc.nums[k].end
							sp.tok1 = sc.nums[k].tok1
							sc.nums = append(sc.nums[:k], sc.nums[k+1:]...)
							break
						}
					}
				}
			}
			sc.nums = append(sc.nums, sp)
		}
		i += n - 1
	}
	sc.arMoneyWords(used) // ar_money.go: "بثلاثة مليارات دولار", "مليار دولار"
	if len(sc.money) > 0 {
		sc.joinAmountParts(used) // money_parts.go: "مليار و100 مليون دولار"
	}
	// amounts in words come after those in digits: keep text order
	sort.SliceStable(sc.money, func(a, b int) bool { return sc.money[a].start < sc.money[b].start })
	sc.scanRelativeYears(pub)
}

// wordsMoney reads an amount whose number is in words, toks[i:j] with
// value v, followed by a scale word and a currency ("ocho millones de
// dólares") or a currency alone for large numbers ("cien mil dólares").
func (sc *sentScan) wordsMoney(i, j int, v float64) (moneySpan, int, bool) {
	toks := sc.toks
	switch sc.lw.code {
	case "en", "fr", "es", "de":
	default:
		return moneySpan{}, 0, false // Arabic amounts in words: ar_money.go
	}
	scale := 1.0
	if j < len(toks) {
		if n, val := sc.lw.set("scale").at(toks, j); n > 0 && len(toks[j].norm) > 1 {
			if f, err := strconv.ParseFloat(val, 64); err == nil {
				scale = f
				j += n
			}
		}
	}
	k := j
	if k < len(toks) && (toks[k].norm == "de" || toks[k].norm == "d" || toks[k].norm == "of") {
		k++
	}
	if k >= len(toks) || sc.lw.curr == nil {
		return moneySpan{}, 0, false
	}
	n, cur := sc.lw.curr.at(toks, k)
	if n == 0 || v*scale < 1000 {
		return moneySpan{}, 0, false
	}
	end := k + n
	return moneySpan{start: toks[i].start, end: toks[end-1].end, amount: v * scale, currency: cur, qualifier: sc.qualifier(i)}, end, true
}

func (rt *runeText) byteOf(r int) int {
	// inverse of rune(): first byte with rune index r
	byteTo := rt.table()
	lo, hi := 0, len(rt.s)
	for lo < hi {
		mid := (lo + hi) / 2
		if int(byteTo[mid]) < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for lo > 0 && lo < len(rt.s) && int(byteTo[lo-1]) == r {
		lo--
	}
	return lo
}

// qualifier reads "over", "about", "up to" before a money amount.
func (sc *sentScan) qualifier(t0 int) string {
	for _, k := range []struct{ kind, q string }{{"qual-upto", "up-to"}, {"qual-over", "over"}, {"qual-about", "about"}} {
		ps := sc.lw.set(k.kind)
		for back := 1; back <= 4 && t0-back >= 0; back++ {
			if n, _ := ps.at(sc.toks, t0-back); n > 0 && t0-back+n >= t0-1 {
				return k.q
			}
		}
	}
	return ""
}

// scanRelativeYears resolves "last November", "l'an dernier", "this year"
// against the publication date.
func (sc *sentScan) scanRelativeYears(pub time.Time) {
	if pub.IsZero() {
		return
	}
	toks := sc.toks
	// "yesterday", "last week", "lundi", "el mismo día", "أمس": this
	// year's event ("last month" in January is last year's)
	for _, p := range sc.cuePositions("relative-day") {
		y := pub.Year()
		if n, _ := sc.lw.set("relative-day").at(toks, p); n > 0 && pub.Month() == time.January && strings.Contains(strings.ToLower(toks[p].raw+" "+toks[min(p+n-1, len(toks)-1)].raw), "month") {
			y--
		}
		sc.years = append(sc.years, yearSpan{start: toks[p].start, end: toks[p].end, tok0: p, year: y, relative: true})
	}
	for i := 0; i < len(toks); i++ {
		w := toks[i].norm
		month, isMonth := sc.lw.months[w]
		isYear := false
		if n, _ := sc.lw.set("year-word").at(toks, i); n > 0 {
			isYear = true
		}
		if !isMonth && !isYear {
			continue
		}
		// a month followed by a year is an absolute date: skip
		if isMonth && i+1 < len(toks) && toks[i+1].digit {
			continue
		}
		rel := ""
		for _, k := range []string{"relative-last", "relative-this", "relative-next"} {
			ps := sc.lw.set(k)
			if i > 0 {
				if n, _ := ps.at(toks, i-1); n > 0 {
					rel = k
				}
			}
			if i > 1 {
				if n, _ := ps.at(toks, i-2); n == 2 {
					rel = k
				}
			}
			if i+1 < len(toks) {
				if n, _ := ps.at(toks, i+1); n > 0 {
					rel = k
				}
			}
		}
		if rel == "" {
			continue
		}
		y := pub.Year()
		switch {
		case isYear && rel == "relative-last":
			y--
		case isYear && rel == "relative-next":
			y++
		case isMonth && rel == "relative-last":
			if month > int(pub.Month()) {
				y--
			}
		case isMonth && rel == "relative-next":
			if month <= int(pub.Month()) {
				y++
			}
		}
		sc.years = append(sc.years, yearSpan{start: toks[i].start, end: toks[i].end, tok0: i, year: y, relative: true})
	}
}

// designationPart reports whether the digits at tokens [t0,t1) belong to a
// designation ("M142", "F-16", "T-55-GA-714A") rather than count anything.
func (sc *sentScan) designationPart(t0, t1 int) bool {
	toks := sc.toks
	if t0 >= len(toks) {
		return false
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok0 <= t0 && t0 < m.tok1 {
			return true
		}
	}
	if t0 > 0 && !toks[t0-1].digit && !arabicProclitic[toks[t0-1].norm] {
		g := toks[t0].gap
		if g == "" || g == "-" || g == "/" {
			return true
		}
	}
	if sc.r12NumberOnModel(t0) {
		return true // all_r12_fresh5_civil.go: "777-8 cargo aircraft"
	}
	if t1 < len(toks) && t1 > t0 && !toks[t1].digit && toks[t1].gap == "" && !toks[t1].arabic {
		// "16V", "4x4" — but not "$997m" or "4.75bn", read as money before
		return true
	}
	return false
}

// arabicProclitic are the Arabic conjunctions and prepositions written
// attached to the next word, digits included: "و12 مروحية", "ب24 طائرة".
var arabicProclitic = map[string]bool{"و": true, "ف": true, "ب": true, "ل": true, "ك": true, "وب": true, "ول": true, "فب": true, "فل": true}

// dayOfMonth reports whether the number is the day of a date: "3 June",
// "June 3", "le 14 juillet".
func (sc *sentScan) dayOfMonth(t0, t1 int) bool {
	if t0 > 0 {
		if _, ok := sc.lw.months[sc.toks[t0-1].norm]; ok && !sc.deMonthThenCount(t0, t1) { // de_r4_monthcount.go: "im Mai 14 Panzer"
			return true
		}
	}
	if t1 < len(sc.toks) {
		if _, ok := sc.lw.months[sc.toks[t1].norm]; ok {
			return true
		}
	}
	return false
}

// inSystem reports whether token t is part of a weapon system's name: the
// 2000 of "PzH 2000" is no year.
func (sc *sentScan) inSystem(t int) bool {
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok0 <= t && t < m.tok1 {
			return true
		}
	}
	return false
}

// listedCurrency returns the currency of the scaled amount that follows
// token j after a conjunction ("et de 15 millions d'euros", "and 15
// million dollars", "y 15 millones de euros"), or "".
func (sc *sentScan) listedCurrency(j int) string {
	toks := sc.toks
	if j >= len(toks) || !listConj[toks[j].norm] {
		return ""
	}
	k := j + 1
	if k < len(toks) && (toks[k].norm == "de" || toks[k].norm == "d" || toks[k].norm == "of") {
		k++
	}
	if k >= len(toks) || !toks[k].digit {
		return ""
	}
	k++
	n, _ := sc.lw.set("scale").at(toks, k)
	if n == 0 {
		return ""
	}
	k += n
	if k < len(toks) && (toks[k].norm == "de" || toks[k].norm == "d" || toks[k].norm == "of") {
		k++
	}
	if n, val := sc.lw.curr.at(toks, k); n > 0 {
		return val
	}
	return ""
}

// listConj joins two amounts of one list.
var listConj = map[string]bool{"et": true, "and": true, "y": true, "e": true, "und": true, "ou": true, "or": true, "o": true, "oder": true}

// symWindow is the stretch before a number where a currency symbol can
// stand: preSymRe, anchored at its end, needs no more than the last 32
// bytes, and reading the whole prefix for every number would make long
// paragraphs quadratic.
func symWindow(text string, end int) string {
	return text[max(0, end-32):end]
}

// headWindow is the stretch after a number that postSymRe and parenRe,
// anchored at its start, read: no more than 12 bytes (". USD" and the
// rune after it, " (24)"). Go's backtracker clears a bitmap as long as
// its input, so the whole rest of the sentence made each number cost the
// sentence's length.
func headWindow(s string) string {
	return s[:min(len(s), 12)]
}

// stripArabicPronoun removes an attached object or possessive pronoun of
// two letters or more ("ها" her/its, "هم" them, "هما" both of them) from a
// normalised Arabic word, leaving at least three letters; single-letter
// pronouns are left alone, as "ه" is also a normalised tā' marbūṭa.
func stripArabicPronoun(w string) string {
	for _, p := range []string{"هما", "ها", "هم", "هن"} {
		if strings.HasSuffix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 3 {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// scanDuals reads an Arabic dual of a weapon noun as a count of two:
// "فرقاطتي فريم", "غواصتين", "طائرتين": the feminine noun's ة becomes
// تين, تان or تي; only nouns that open a lexicon name count.
func (sc *sentScan) scanDuals(m *matcher) {
	for i, t := range sc.toks {
		if !t.arabic {
			continue
		}
		var vb [maxArabicVariants]string
		for _, v := range appendArabicVariants(vb[:0], t.norm) {
			stem := ""
			for _, end := range []string{"تين", "تان", "تي"} {
				if strings.HasSuffix(v, end) && utf8.RuneCountInString(v) >= 5 {
					stem = v[:len(v)-len(end)] + "ه"
					break
				}
			}
			if stem == "" || m.root.next[stem] == nil {
				continue
			}
			if sc.arDualOfTwoNames(i) { // ar_quoted.go: `منظومتي "بوك" و"تور"`
				break
			}
			k := 0
			for k < len(sc.nums) && sc.nums[k].tok0 < i {
				k++
			}
			if k < len(sc.nums) && sc.nums[k].tok0 == i {
				break
			}
			sp := numSpan{start: t.start, end: t.end, tok0: i, tok1: i + 1, value: 2, words: true}
			sc.nums = append(sc.nums[:k], append([]numSpan{sp}, sc.nums[k:]...)...)
			break
		}
	}
}
