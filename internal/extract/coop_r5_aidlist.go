package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Aid shared out among several states, each with its own amount, in every
// language but Arabic (ar_aid.go reads Arabic):
//   - "the Pentagon will give Jordan $138 million, Lebanon $120 million and
//     Oman $12 million" (state, then its amount);
//   - "military aid worth $138 million to Jordan and $120 million to
//     Lebanon", "31 millions de dollars à la Tunisie et 18 millions au
//     Maroc" (amount, then "to" and the state);
//   - "Tunisia will get $31 million from the Train and Equip Fund, while
//     Morocco will receive $18 million".
//
// The sentence needs an aid program or an aid word (in it or in one of the
// two before); a sentence with a word for an aggregate of arms exports and
// no aid word is left to perCountry (a ranking of export approvals is an
// aggregate per buyer, cooperation.go). The
// giver is the program's state or organisation, else an agency or the
// state the sentence marks as giving, else the document's supplier.

// aidPerState adds one assistance fact per state with its own amount and
// reports whether it did (two states at least).
func (d *docScan) aidPerState(i int, sc *sentScan) bool {
	if d.lw.code == "ar" || len(sc.money) < 2 || sc.doubtful() || sc.has("aggregate") && !sc.has("aid") {
		return false
	}
	prog, prov := d.aidListProgram(i, sc)
	if prog == nil {
		return false
	}
	var cs []mention
	giver := ""
	for _, c := range sc.countries() {
		if c.sub == "demonym" || sc.placeOnly(c) || sc.inCurrency(c) {
			continue
		}
		if c.sub == "agency" {
			if giver == "" {
				giver = c.id // "the Pentagon", "l'USAID"
			}
			continue
		}
		if s, r := d.roleCues(sc, c); s && !r && giver == "" && !sc.recipientPrepBefore(c) {
			giver = c.id
			continue
		}
		cs = append(cs, c)
	}
	hits := sc.amountThenState(cs)
	if len(hits) < 2 {
		hits = sc.stateThenAmount(cs)
	}
	if len(hits) < 2 {
		return false
	}
	if prov == nil {
		// "Die USA geben Tunesien 31 Millionen Dollar und Marokko 18
		// Millionen": the state named first, with no amount of its own,
		// gives
		if giver == "" && cs[0].id != hits[0].code && !sc.recipientPrepBefore(cs[0]) {
			giver = cs[0].id
		}
		if giver == "" {
			giver, _ = d.focus()
		}
		if giver == "" {
			return false
		}
		prov = party(giver)
	}
	for _, h := range hits {
		if prov.Code == h.code {
			return false // a giver listed among the amounts: a ranking, not aid shared out
		}
	}
	for _, h := range hits {
		v := pairCurrency(domain.Money{Amount: h.mo.amount, Currency: h.mo.currency, Qualifier: h.mo.qualifier}, prov.String(), h.code)
		p := *prog
		f := domain.Fact{Type: domain.TypeAssistance, Provider: prov, Recipient: party(h.code), Program: &p, Value: &v}
		if h.mo.currency == "USD" {
			f.ValueUSD = h.mo.amount
		}
		d.assistanceYear(sc, &f)
		d.add(i, sc, f, "assistance.aid", 0.6)
	}
	return true
}

// aidListProgram is the program of the sentence's aid: an aid program it
// names (with its state or organisation as the giver), else the aid words
// of the sentence or of one of the two before it.
func (d *docScan) aidListProgram(i int, sc *sentScan) (*domain.Named, *domain.Party) {
	aid := sc.lw.set("aid")
	for j := i; j >= 0 && j >= i-2; j-- {
		s := d.sents[j]
		if j < i && s.has("aggregate") {
			continue
		}
		// this sentence's programme, else the one a sentence before names
		// (all_r8_coop_aidcontext.go), before any plain aid words
		if n, prov := d.aidProgramIn(j); n != nil {
			return n, prov
		}
		if pos, ok := aid.any(s.toks, 0, len(s.toks)); ok {
			n, _ := aid.at(s.toks, pos)
			if s.civilAid(pos, n) {
				return nil, nil
			}
			var words []string
			for _, t := range s.toks[pos : pos+n] {
				words = append(words, t.raw)
			}
			return &domain.Named{Name: strings.Join(words, " ")}, nil
		}
	}
	return nil, nil
}

// recipientPrepBefore reports whether a recipient preposition ("to", "à",
// "a", "an") stands just before the state (an article skipped).
func (sc *sentScan) recipientPrepBefore(c mention) bool {
	k := c.tok0 - 1
	if k > 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	n, _ := sc.lw.set("recipient-prep").at(sc.toks, k)
	return n == 1
}

// amountThenState pairs each amount with a state right after it behind a
// recipient preposition ("$120 million to Lebanon", "18 millions au
// Maroc"), with no other amount between: one amount per state.
func (sc *sentScan) amountThenState(cs []mention) []stateAmount {
	var hits []stateAmount
	seen := map[string]bool{}
	for k, m := range sc.money {
		if k > 0 && sc.conversionOf(k) {
			continue
		}
		end := tokIndexAt(sc.toks, m.end)
		next := len(sc.toks)
		if k+1 < len(sc.money) {
			next = tokIndexAt(sc.toks, sc.money[k+1].start)
		}
		for _, c := range cs {
			if c.tok0 < end || c.tok0 >= next || c.tok0-end > 6 || hardBreakBetween(sc.toks, end, c.tok0) {
				continue
			}
			if sc.recipientPrepBefore(c) && !seen[c.id] {
				hits = append(hits, stateAmount{c.id, m})
				seen[c.id] = true
			}
			break
		}
	}
	return hits
}

// stateThenAmount pairs each state with the first amount after it within
// eight words, before the next state, with no hard break between ("give
// Jordan $138 million, Lebanon $120 million").
func (sc *sentScan) stateThenAmount(cs []mention) []stateAmount {
	var hits []stateAmount
	seen := map[string]bool{}
	used := map[int]bool{}
	for k, c := range cs {
		next := len(sc.toks)
		if k+1 < len(cs) {
			next = cs[k+1].tok0
		}
		for j, m := range sc.money {
			t := tokIndexAt(sc.toks, m.start)
			if t < c.tok1 || t >= next || t-c.tok1 > 8 || hardBreakBetween(sc.toks, c.tok1, t) || used[j] {
				continue
			}
			if !seen[c.id] {
				hits = append(hits, stateAmount{c.id, m})
				seen[c.id] = true
				used[j] = true
			}
			break
		}
	}
	return hits
}

// programMoneyBeneficiary is the one state other than the program's own
// that a sentence giving the program an amount names, when nothing marks
// it as a giver: "Jordan will get $425 million in FMF", "Ghana is to
// receive $2 million under IMET".
func (d *docScan) programMoneyBeneficiary(sc *sentScan, prov string) string {
	if len(sc.money) == 0 {
		return ""
	}
	rec := ""
	for _, c := range sc.countries() {
		if c.id == prov || c.sub == "agency" || sc.placeOnly(c) || sc.inCurrency(c) || c.id == rec {
			continue
		}
		// "selon le président nigérien": an official's state, no name of
		// the beneficiary
		if rec != "" || c.sub == "demonym" || sc.officialOf(c) {
			return ""
		}
		if s, r := d.roleCues(sc, c); s && !r {
			return ""
		}
		rec = c.id
	}
	return rec
}

// programGoods reports whether a sentence that names an aid program and
// its beneficiary tells goods or training going under it: a verb of
// giving, delivering or receiving, or a word of taking part ("transferred
// to Ghana under the Excess Defense Articles program", "Nigeria's navy
// received the ship through EDA", "Mozambique participates in the IMET
// program").
func (sc *sentScan) programGoods() bool {
	return sc.has("supply-verb") || sc.has("stage-delivered") || sc.has("participation")
}

// programListed adds the program f for the other states listed with its
// recipient, when the sentence gives at most one amount:
// "Through ACOTA, the United States has trained peacekeepers from Ghana,
// Senegal and Rwanda".
func (d *docScan) programListed(i int, sc *sentScan, f domain.Fact, sup string) {
	if f.Recipient == nil || len(sc.money) > 1 {
		return
	}
	rec := f.Recipient.String()
	for _, c := range sc.listWith(rec) {
		if c == rec || c == sup || d.sameSentenceProgram(sc, f.Program, c) {
			continue
		}
		g := f
		g.Recipient = party(c)
		g.Value, g.ValueUSD = nil, 0 // an amount stays with the state it was read for
		d.add(i, sc, g, "assistance.program", 0.7)
	}
}

// sameSentenceProgram reports whether the sentence already gave program p
// to state rec.
func (d *docScan) sameSentenceProgram(sc *sentScan, p *domain.Named, rec string) bool {
	for _, k := range d.bySent[sc.s.start] {
		f := d.facts[k]
		if f.Type == domain.TypeAssistance && f.Program != nil && p != nil && f.Program.ID == p.ID && f.Recipient != nil && f.Recipient.String() == rec {
			return true
		}
	}
	return false
}
