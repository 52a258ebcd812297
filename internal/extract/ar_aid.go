package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// arAidPerCountry reads an Arabic sentence of aid that gives each state
// its own amount: "ستمنح واشنطن الأردن مساعدات عسكرية قيمتها 138 مليون
// دولار، ولبنان 120 مليون دولار، أما سلطنة عمان فتنال أقل حصة بـ12 مليون
// دولار". Each state named before an amount, with no other state between,
// gets that amount from the state the sentence marks as giving (else the
// document's supplier). It needs an aid word in the sentence or the three
// before and at least two such states; it reports whether it added facts.
func (d *docScan) arAidPerCountry(i int, sc *sentScan) bool {
	if d.lw.code != "ar" || len(sc.money) < 2 || sc.doubtful() {
		return false
	}
	aid := sc.lw.set("aid")
	var prog *domain.Named
	for j := i; j >= 0 && j >= i-3 && prog == nil; j-- {
		s := d.sents[j]
		if pos, ok := aid.any(s.toks, 0, len(s.toks)); ok {
			n, _ := aid.at(s.toks, pos)
			var words []string
			for _, t := range s.toks[pos : pos+n] {
				words = append(words, t.raw)
			}
			prog = &domain.Named{Name: strings.Join(words, " ")}
		}
	}
	if prog == nil {
		return false
	}
	sup := ""
	var cs []mention
	for _, c := range sc.countries() {
		if c.sub == "demonym" || sc.placeOnly(c) {
			continue
		}
		if c.sub == "agency" {
			if sup == "" {
				sup = c.id // "صندوق ... التابع للبنتاغون"
			}
			continue
		}
		// the first state marked as giving gives; "ستمنح واشنطن الأردن":
		// the verb's object looks like a second giver and is the first
		// beneficiary
		if s, r := d.roleCues(sc, c); s && !r && sup == "" {
			sup = c.id
			continue
		}
		cs = append(cs, c)
	}
	// "ستمنح واشنطن الأردن ... ولبنان ...": the state named first, with
	// no amount of its own, gives
	if sup == "" && len(cs) > 1 && !d.arAmountAfter(sc, cs[0], cs[1].tok0) {
		sup, cs = cs[0].id, cs[1:]
	}
	if sup == "" {
		sup, _ = d.focus()
	}
	if sup == "" {
		return false
	}
	type hit struct {
		code string
		mo   moneySpan
	}
	var hits []hit
	seen := map[string]bool{}
	for k, c := range cs {
		if c.id == sup || seen[c.id] {
			continue
		}
		next := len(sc.toks)
		if k+1 < len(cs) {
			next = cs[k+1].tok0
		}
		if m, ok := d.arAmountOf(sc, c, next); ok {
			hits = append(hits, hit{c.id, m})
			seen[c.id] = true
		}
	}
	if len(hits) < 2 {
		return false
	}
	for _, h := range hits {
		f := domain.Fact{Type: domain.TypeAssistance, Provider: party(sup), Recipient: party(h.code), Program: prog,
			Value: &domain.Money{Amount: h.mo.amount, Currency: h.mo.currency, Qualifier: h.mo.qualifier}}
		if h.mo.currency == "USD" {
			f.ValueUSD = h.mo.amount
		}
		d.assistanceYear(sc, &f)
		d.add(i, sc, f, "assistance.aid", 0.6)
	}
	return true
}

// arAmountOf returns the first amount within twelve words after the state
// at c and before token next, with no hard break between.
func (d *docScan) arAmountOf(sc *sentScan, c mention, next int) (moneySpan, bool) {
	for _, m := range sc.money {
		t := tokIndexAt(sc.toks, m.start)
		if t >= c.tok1 && t-c.tok1 <= 12 && t < next && !hardBreakBetween(sc.toks, c.tok1, t) {
			return m, true
		}
	}
	return moneySpan{}, false
}

// arAmountAfter: an amount follows the state at c before token next.
func (d *docScan) arAmountAfter(sc *sentScan, c mention, next int) bool {
	_, ok := d.arAmountOf(sc, c, next)
	return ok
}
