package extract

import (
	"regexp"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// aggregate candidates, chosen per pair at the end.
type aggCand struct {
	f     domain.Fact
	i     int
	sc    *sentScan
	total bool
	// multi: kept only when the document gives the pair several systems
	// ("the contract exceeds 1,000 billion won" after a list of orders)
	multi bool
	// named: the states of the sentence, for a candidate whose pair is
	// the document's (no supplier or recipient yet)
	named []string
	// dealTotal: a "total" or "global" amount with no word for arms
	// sales or purchases ("un investissement global de 130 millions
	// d'euros, la plus grosse commande"): one deal's whole value, a sum
	// over several items only when the document gives the pair some
	dealTotal bool
	// mostly: the value of goods "mostly" of one kind, more than that
	// kind's price (all_r6_aggregate_mostly.go)
	mostly bool
}

// ruleAggregate: money that is not the price of a named system, in a
// sentence about arms deals or a notice's total.
func ruleAggregate(d *docScan, i int, sc *sentScan) {
	if len(sc.money) == 0 {
		return
	}
	// "podría cerrar una compra por un total de 665 millones. De ese total,
	// 455 millones …": a total its parts add up to (all_r6_aggregate_sum.go)
	if !d.notice && !sc.negated() && d.totalOfNextParts(i, sc) {
		return
	}
	if sc.doubtful() && !d.notice {
		return
	}
	// "Estimé à 50 millions de dollars, ce matériel…", "Valued at $50
	// million, the equipment…": the value of the goods just handed over
	// or sold, a total over what the pair's transfers list, even in a
	// sentence about the aid programme they belong to
	if !d.notice && d.goodsIncludingAgg(i, sc) { // all_aggregate_including.go: "Rüstungsgüter im Wert von …, unter anderem"
		return
	}
	if at := max(sc.valuedGoods(), sc.arValuedGoods(), sc.arGoodsIncluding()); at >= 0 && !d.notice { // "قيمة هذا العتاد" (ar_value.go), "عتادا قيمته ... يتضمن" (ar_goodsworth.go)
		if sup, rec := d.pair(sc, ""); sup != "" && rec != "" {
			d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, sc.money[at]), i: i, sc: sc, total: true})
			return
		}
	}
	// aid is assistance, not a sale ("Tunisia benefited from $757 million
	// under the US military cooperation program"); a donation of equipment
	// with its value is an aggregate
	if (sc.has("aid") && !d.donationInKind(i, sc) || sc.has("aid-benefit")) && !d.notice {
		return
	}
	money := sc.dealMoney()
	if len(money) == 0 {
		return
	}
	_, isTotal := sc.lw.set("total").any(sc.toks, 0, len(sc.toks))
	// "a value that covers several systems belongs to an aggregate":
	// "F-16s with Sidewinder and Harpoon missiles ... worth in excess of
	// $2.5 billion"
	if !d.notice && d.severalSystems(i, sc, money, isTotal) {
		return
	}
	// "an arms deal worth €11 billion, including two FREMM frigates"
	if !d.notice && d.totalIncluding(i, sc, money) {
		return
	}
	if !d.notice && d.deDavon(i, sc, money) { // de_davon.go: "12,2 Milliarden Euro genehmigt, davon 4,4 Milliarden Euro für die Ukraine"
		return
	}
	// "Lieferungen im Umfang von 170 Millionen Mark, überwiegend Munition"
	if !d.notice && d.mostlyAggregate(i, sc, money) { // all_r6_aggregate_mostly.go
		return
	}
	// a ranking: "Hungary with €1.76 billion, Egypt with €801.8 million"
	if !d.notice && d.perCountry(i, sc, money) {
		return
	}
	if !d.notice && d.rankingRows(i, sc, money) {
		return
	}
	// "Cumulé, l'accord Arrow pèse quelque 6,5 milliards de dollars", "contracts
	// whose combined value nears $5 billion": a sum of deals, even when a
	// system's deal is named
	if !d.notice && sc.has("combined") {
		if sup, rec := d.pair(sc, ""); sup != "" && rec != "" && len(sc.partyCodes()) <= 2 {
			d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, money[0]), i: i, sc: sc, total: true})
			return
		}
		// "Baku and Tel Aviv signed contracts whose combined value nears $5
		// billion": states with no roles; the document's pair, when it
		// holds them, says who sells
		if pc := sc.partyCodes(); len(pc) == 1 || len(pc) == 2 {
			d.aggs = append(d.aggs, aggCand{f: aggregateFact("", "", money[0]), i: i, sc: sc, total: true, named: pc})
			return
		}
	}
	if sc.valueUsed {
		return
	}
	aggAt := sc.aggregateMoney()
	hasSystem := false
	for _, m := range sc.mentions {
		if m.kind == mSystem {
			hasSystem = true
		}
		if m.kind == mNamed && m.sub == "program" && isAidProgram(m.id) {
			return
		}
	}
	// one system (or kind of system) and its price: the transfer's value
	if !d.notice && aggAt < 0 && !isTotal && len(d.sentenceTransfers(sc)) == 1 {
		return
	}
	_, isAgg := sc.lw.set("aggregate").any(sc.toks, 0, len(sc.toks))
	// "Le don, d'une valeur de…": a donation of equipment is the goods
	isAgg = isAgg || sc.has("aid") && d.donationInKind(i, sc)
	multi := false
	switch {
	case d.notice:
	case hasSystem && aggAt < 0:
		return
	case isAgg, isTotal:
	case sc.has("deal"):
		// "Ce contrat dépasse les 1 000 milliards de wons"
		multi = true
	default:
		return
	}
	// a total over several buyers is no pair's
	if !d.notice && len(sc.partyCodes()) > 2 {
		return
	}
	sup, rec := d.pair(sc, "")
	if d.notice {
		sup, rec = "US", d.buyer
	}
	sup, rec = d.deExporter(i, sc, sup, rec) // de_exports.go: "Für Indien wurden Rüstungsgüter im Wert von … freigegeben"
	sup, rec = sc.frDemonymRoles(sup, rec)   // fr_demonym_roles.go: "Les commandes algériennes d'armement russe"
	s0, r0 := sup, rec
	sup, rec = d.anaphorPair(sc, sup, rec) // all_r6_aggregate_sum.go: "arms deals worth $3 billion for the kingdom"
	anaphoric := sup != s0 || rec != r0 || rec != "" && !sc.names(rec) && sc.lw.set("anaphor") != nil && sc.has("anaphor")
	if (sup == "" || rec == "") && multi {
		// "Qatar's £5bn deal with BAE Systems" in the first sentence: the
		// pair is the document's, known once every sentence is read
		d.aggs = append(d.aggs, aggCand{f: aggregateFact("", "", money[0]), i: i, sc: sc, multi: true, named: sc.partyCodes()})
		return
	}
	if d.docPairTotal(i, sc, money, isTotal) { // all_aggregate_doctotal.go: "The estimated cost is US$1.685bn"
		return
	}
	sup, rec = d.arDocPairTotal(sc, sup, rec) // ar_docpair.go: "حزمة أسلحة تبلغ قيمتها 110 مليارات دولار أعلن عنها البلدان"
	if sup == "" || rec == "" {
		return
	}
	if !d.notice && sc.reportFigure(rec) {
		return // all_aggregate_world.go: "die genehmigten Ausfuhren stiegen auf 7,86 Milliarden Euro"
	}
	// "the value of German arms exports was put at €4.8 billion": the
	// exporter's total, no pair's
	pc := sc.partyCodes()
	if !d.notice && len(pc) == 1 && pc[0] == sup && !multi && !anaphoric {
		return
	}
	// "contracts worth $15 billion in all, the firm's chief said", "the
	// Brazilian manufacturer put the value of the contracts at $180
	// million": a company's orders, with no buyer named
	if !d.notice && (len(pc) == 0 || len(pc) == 1 && pc[0] == sup) && sc.namesCompany() {
		return
	}
	mo := money[0]
	if aggAt >= 0 {
		mo = sc.money[aggAt]
	}
	// "arms deals reached $7.5 billion": the largest amount is the total
	if isTotal || d.notice || sc.has("total-reach") {
		for _, x := range money {
			if x.amount > mo.amount && x.currency == mo.currency {
				mo = x
			}
		}
	}
	d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, mo), i: i, sc: sc, total: isTotal, multi: multi,
		dealTotal: isTotal && !isAgg && !d.notice && !sc.has("total-reach")})
}

// namesCompany reports whether the sentence names a maker or speaks of a
// company.
func (sc *sentScan) namesCompany() bool {
	return sc.namesMaker() || sc.has("company")
}

// namesMaker reports whether the sentence names a maker.
func (sc *sentScan) namesMaker() bool {
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "maker" {
			return true
		}
	}
	return false
}

func aggregateFact(sup, rec string, mo moneySpan) domain.Fact {
	v, usd := pairValue(mo, sup, rec)
	return domain.Fact{Type: domain.TypeAggregate, Supplier: party(sup), Recipient: party(rec), Value: &v, ValueUSD: usd}
}

// pairValue is an amount between two states as a fact's value, in the
// currency pairCurrency (coop_r5_currency.go) gives it, and its dollars
// when the text gave dollars (else 0).
func pairValue(mo moneySpan, sup, rec string) (domain.Money, float64) {
	v := pairCurrency(domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}, sup, rec)
	if mo.currency == "USD" {
		return v, mo.amount
	}
	return v, 0
}

// aidInKind reports whether an aid word is followed by equipment ("a
// donation of military equipment", "un don de matériel militaire").
func (sc *sentScan) aidInKind() bool {
	if sc.r16freshDonationValued() { // all_r16_fresh_donation.go: "una donación valorada en 2,4 millones"
		return true
	}
	aid := sc.lw.set("aid")
	for _, p := range sc.cuePositions("aid") {
		n, _ := aid.at(sc.toks, p)
		if q, ok := sc.lw.set("aggregate").any(sc.toks, p+n, p+n+3); ok && q >= p+n && !sc.arValueWord(q) { // "هبة بقيمة" (ar_disclose.go)
			return true
		}
	}
	return false
}

// valuedGoods returns the index of an amount that opens the sentence as
// the value of goods named after it ("Estimé à 50 millions de dollars, ce
// matériel", "Valued at $50 million, the equipment", "Valorado en 50
// millones de dólares, este material"), or -1.
func (sc *sentScan) valuedGoods() int {
	if len(sc.money) == 0 {
		return -1
	}
	m := sc.money[0]
	start, end := tokIndexAt(sc.toks, m.start), tokIndexAt(sc.toks, m.end)
	if start > 4 || end >= len(sc.toks) || !strings.Contains(sc.toks[end].gap, ",") {
		return -1
	}
	if q, ok := sc.lw.set("aggregate").any(sc.toks, end, end+3); ok && q >= end {
		return 0
	}
	return -1
}

// dealMoney drops the amounts that are a budget or a company's revenue
// ("a defence budget of $1.2 billion", "ميزانيتها 1.2 مليار دولار").
func (sc *sentScan) dealMoney() []moneySpan {
	budget := sc.cuePositions("budget")
	var out []moneySpan
	for _, m := range sc.money {
		t := tokIndexAt(sc.toks, m.start)
		skip := false
		for _, b := range budget {
			if b < t && t-b <= 5 {
				skip = true
			}
		}
		if !skip && !sc.spentOnDefence(m) { // coop_spending.go: "$46 billion more on defence"
			out = append(out, m)
		}
	}
	return out
}

// partyCodes lists the distinct states the sentence names.
func (sc *sentScan) partyCodes() []string {
	var out []string
	for _, c := range sc.countries() {
		if c.sub != "agency" && !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// sentenceTransfers returns the transfers read from this sentence.
// Facts are only ever appended (add), so the sentence's facts are found
// through the index add keeps by evidence start, not by reading them all.
func (d *docScan) sentenceTransfers(sc *sentScan) []domain.Fact {
	var out []domain.Fact
	for _, k := range d.bySent[sc.s.start] {
		if f := d.facts[k]; f.Type == domain.TypeTransfer {
			out = append(out, f)
		}
	}
	return out
}

func systemKey(f domain.Fact) string {
	if f.System == nil {
		return ""
	}
	if f.System.ID != "" {
		return f.System.ID
	}
	return "cat:" + f.System.Category
}

// severalSystems: a sentence that transfers two or more systems between
// one pair and gives fewer amounts than systems (or a stated total): the
// amount is the pair's aggregate.
func (d *docScan) severalSystems(i int, sc *sentScan, money []moneySpan, isTotal bool) bool {
	bySys := map[string][]string{}
	var pairs []string
	trs := d.sentenceTransfers(sc)
	namedCat := map[string]bool{}
	for _, f := range trs {
		if f.System != nil && f.System.ID != "" {
			namedCat[f.System.Category] = true
		}
	}
	for _, f := range trs {
		if f.Supplier == nil || f.Recipient == nil {
			continue
		}
		// "the K2 deal covers 180 of these tanks": the tanks are the K2
		if f.System != nil && f.System.ID == "" && namedCat[f.System.Category] {
			continue
		}
		k := f.Supplier.String() + "|" + f.Recipient.String()
		if _, ok := bySys[k]; !ok {
			pairs = append(pairs, k)
		}
		if s := systemKey(f); !contains(bySys[k], s) {
			bySys[k] = append(bySys[k], s)
		}
	}
	// amounts in two currencies for one sum ("US$2.5 billion (S$3.3
	// billion)", "5 milliards de francs suisses, soit 4,6 milliards
	// d'euros") count once
	amounts := 0
	for k, m := range money {
		if k > 0 {
			prev := money[k-1]
			gap := tokIndexAt(sc.toks, m.start) - tokIndexAt(sc.toks, prev.end)
			if gap <= 3 && m.currency != prev.currency {
				continue
			}
		}
		amounts++
	}
	for _, k := range pairs {
		if len(pairs) > 1 || len(bySys[k]) < 2 || amounts >= len(bySys[k]) && !isTotal {
			continue
		}
		mo := money[0]
		if at := sc.aggregateMoney(); at >= 0 {
			mo = sc.money[at]
		}
		sup, rec, _ := strings.Cut(k, "|")
		d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, mo), i: i, sc: sc, total: true})
		return true
	}
	return false
}

// totalIncluding: an amount followed by "including" and a system, with the
// system's own amount after it: "une commande de 11 milliards d'euros, dont
// deux frégates FREMM pour 1,1 milliard".
func (d *docScan) totalIncluding(i int, sc *sentScan, money []moneySpan) bool {
	if len(money) < 2 {
		return false
	}
	inc := sc.cuePositions("including")
	first := money[0]
	end := tokIndexAt(sc.toks, first.end)
	second := tokIndexAt(sc.toks, money[1].start)
	for _, p := range inc {
		// "an arms deal worth €11 billion, including two FREMM frigates",
		// "$2.3 billion in arms sales to Saudi Arabia, including $1 billion
		// in missiles": the word follows the total, before the next amount
		if p < end || p > second {
			continue
		}
		sys := false
		for _, m := range sc.mentions {
			if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 > p {
				sys = true
			}
		}
		if !sys || money[1].amount >= first.amount || money[1].currency != first.currency {
			return false
		}
		sup, rec := d.pair(sc, "")
		if sup == "" || rec == "" {
			sup, rec = d.sentencePair(sc) // all_aggregate_parts.go
		}
		if sup == "" || rec == "" {
			// "$2.3 billion in arms sales to the kingdom, including $1
			// billion in missiles": the document's pair (all_r6_aggregate_sum.go)
			return d.docPairIncluding(i, sc, p, money, sup, rec)
		}
		// both states named before "including": their deal, not a
		// company's order book
		before := 0
		for _, c := range sc.countries() {
			if c.tok0 < p && (c.id == sup || c.id == rec) {
				before++
			}
		}
		if before < 2 {
			return false
		}
		d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, rec, first), i: i, sc: sc, total: true})
		d.partValues(sc, p, money[1:]) // all_aggregate_parts.go: "… including $1 billion in missiles"
		return true
	}
	return false
}

// stateAmount is a state named with the amount that follows it.
type stateAmount struct {
	code string
	mo   moneySpan
}

// stateAmounts pairs each state of the sentence (not a demonym, an agency
// or skip) with the first amount that follows it within gap tokens and
// before the next state (and, with hardBreak, no hard break between):
// "Hungary with €1.76 billion, Egypt with €801.8 million".
func (sc *sentScan) stateAmounts(money []moneySpan, gap int, skip string, hardBreak bool) []stateAmount {
	var hits []stateAmount
	cs := sc.countries()
	for k, c := range cs {
		if c.sub == "demonym" || c.sub == "agency" || c.id == skip && skip != "" {
			continue
		}
		next := len(sc.toks)
		if k+1 < len(cs) {
			next = cs[k+1].tok0
		}
		for _, m := range money {
			t := tokIndexAt(sc.toks, m.start)
			if t >= c.tok1 && t-c.tok1 <= gap && t < next && !(hardBreak && hardBreakBetween(sc.toks, c.tok1, t)) {
				hits = append(hits, stateAmount{c.id, m})
				break
			}
		}
	}
	return hits
}

// perCountry: several states each followed by its own amount in a
// sentence about arms exports ("Hungary led with €1.76 billion, followed by
// Egypt with €801.8 million"): one aggregate each, from the exporter the
// document is about.
func (d *docScan) perCountry(i int, sc *sentScan, money []moneySpan) bool {
	if !sc.has("aggregate") {
		return false
	}
	hits := sc.stateAmounts(money, 4, "", false)
	if len(hits) < 2 {
		return false
	}
	cs := sc.countries()
	sup, _ := d.focus()
	sup = d.deRankingExporter(i, sup) // de_exports.go: the approving government's state
	for _, c := range cs {
		if c.sub == "demonym" {
			sup = c.id
		}
	}
	if sup == "" {
		sup = d.exporter()
	}
	if sup == "" {
		return false
	}
	for _, h := range hits {
		if h.code != sup {
			d.aggs = append(d.aggs, aggCand{f: aggregateFact(sup, h.code, h.mo), i: i, sc: sc, total: true})
		}
	}
	return true
}

// settleAssistance names a family's generic program by the specific one
// the document gives for the same beneficiary ("sa mission européenne de
// formation (EUTM)" ... "l'EUTM-RCA"), so that the two merge.
func (d *docScan) settleAssistance() {
	for k := range d.facts {
		g := &d.facts[k]
		if g.Type != domain.TypeAssistance || g.Program == nil || g.Program.ID == "" {
			continue
		}
		for _, f := range d.facts {
			if f.Type == domain.TypeAssistance && f.Program != nil && f.Program.ID != g.Program.ID && f.Recipient != nil && g.Recipient != nil &&
				f.Recipient.String() == g.Recipient.String() && familyOf(*g.Program, *f.Program) {
				p := *f.Program
				g.Program = &p
				break
			}
		}
	}
}

// familyOf reports whether program a is the generic name of b: one of a's
// acronyms begins b's name or an alias ("EUTM" and "EUTM RCA").
func familyOf(a, b domain.Named) bool {
	for _, x := range a.Aliases {
		if x == "" || strings.ToUpper(x) != x || len(x) < 3 {
			continue
		}
		for _, y := range append([]string{b.Name}, b.Aliases...) {
			if strings.HasPrefix(y, x+" ") || strings.HasPrefix(y, x+"-") {
				return true
			}
		}
	}
	return false
}

// exporter is the state whose arms exports the document counts: the
// adjective next to an arms-exports word ("deutsche Rüstungsexporte",
// "les ventes d'armes françaises").
func (d *docScan) exporter() string {
	for _, sc := range d.sents {
		for _, p := range sc.cuePositions("aggregate") {
			for _, c := range sc.countries() {
				if c.sub == "demonym" && (c.tok1 <= p && p-c.tok1 <= 1 || c.tok0 > p && c.tok0-p <= 3) {
					return c.id
				}
			}
		}
	}
	return ""
}

// pickAggregates keeps one aggregate per pair: a stated total first, the
// largest amount among equals. An amount the document gives as aid is not
// a total of sales; a deal's amount with no system named stands for an
// aggregate only when the pair has several systems.
func (d *docScan) pickAggregates() {
	d.settleAssistance()
	systems := map[string][]string{}
	aid := map[float64]bool{}
	for _, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.Supplier != nil && f.Recipient != nil {
			k := f.Supplier.String() + "|" + f.Recipient.String()
			if s := systemKey(f); !contains(systems[k], s) {
				systems[k] = append(systems[k], s)
			}
		}
		if f.Type == domain.TypeAssistance && f.Value != nil {
			aid[f.Value.Amount] = true
		}
	}
	var cands []aggCand
	fs, fr := d.focus()
	for _, c := range append(d.aggs, d.packageValue()...) {
		if c.f.Supplier.String() == "" {
			ok := fs != "" && fr != "" && fs != fr
			for _, n := range c.named {
				ok = ok && (n == fs || n == fr)
			}
			if !ok {
				continue
			}
			c.f.Supplier, c.f.Recipient = party(fs), party(fr)
		}
		// "US$180 million, a sum that covers logistics support, training and
		// spare parts" for the pair's one system: that system's value
		if c.sc.has("support") && len(systems[c.f.Supplier.String()+"|"+c.f.Recipient.String()]) <= 1 {
			continue
		}
		// "a deal between Egypt and Italy": the way the document's
		// transfers go
		sup, rec := c.f.Supplier.String(), c.f.Recipient.String()
		if len(systems[sup+"|"+rec]) == 0 && len(systems[rec+"|"+sup]) > 0 {
			c.f.Supplier, c.f.Recipient = c.f.Recipient, c.f.Supplier
		}
		k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
		if c.multi && len(systems[k]) < 2 || aid[c.f.Value.Amount] {
			continue
		}
		// one deal's total value, and the pair has no item it could sum:
		// the value of a deal whose goods were not read, no aggregate
		if c.dealTotal && len(systems[k]) == 0 && len(systems[rec+"|"+sup]) == 0 {
			continue
		}
		if d.arAmountOfTransfer(c) { // a transfer's price told again (ar_aggdup.go)
			continue
		}
		if d.r15OneItemPrice(c) { // all_r15_assist_aggone.go: a one-item deal's price
			continue
		}
		if !c.mostly && d.valueToSoleTransfer(c, systems) {
			continue // the price of the pair's one system
		}
		cands = append(cands, c)
	}
	best := map[string]aggCand{}
	var order []string
	for _, c := range cands {
		k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
		b, ok := best[k]
		if !ok {
			order = append(order, k)
		}
		if !ok || c.total && !b.total || c.total == b.total && c.f.Value.Amount > b.f.Value.Amount {
			best[k] = c
		}
	}
	for _, k := range order {
		c := best[k]
		conf := 0.6
		if c.total {
			conf = 0.8
		}
		d.totalOffTransfers(c) // enes_totalvalue.go
		d.add(c.i, c.sc, c.f, "aggregate.total", conf)
	}
}

// isAidProgram: programs that give or lend (IMET, FMF, ...) rather than
// sell (FMS, DCS).
func isAidProgram(id string) bool {
	id = strings.ToLower(id)
	return !(strings.Contains(id, "foreign-military-sales") || id == "fms" || strings.Contains(id, "direct-commercial") || id == "dcs")
}

// programProvider is the party that runs a program: a state, or an
// organisation ("EU" for the European Peace Facility and the EU missions).
func (d *docScan) programProvider(n lexicon.Named) *domain.Party {
	if n.Country == "" {
		return nil
	}
	if _, ok := d.x.lex.Country(n.Country); ok {
		return party(n.Country)
	}
	return &domain.Party{Org: n.Country}
}

// ruleAssistance: an aid program with an amount (or an explicit
// beneficiary) in the sentence.
func ruleAssistance(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	if d.aidPerState(i, sc) { // coop_r5_aidlist.go: "Jordan $138 million, Lebanon $120 million"
		return
	}
	if d.aidRow(i, sc) { // all_r7_aidrows.go: "FMF recipients in 2020:" / "Egypt: $1.3 billion"
		return
	}
	usedMoney := map[int]bool{}
	named := false
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "program" {
			named = true
		}
	}
	if !named {
		if d.arAidPerCountry(i, sc) { // ar_aid.go: each state its own amount
			return
		}
		if d.precisProgramShares(i, sc) { // all_r10_precis_assist.go: "Den größten Teil erhielten Jordanien und der Irak mit je 30 Millionen Euro"
			return
		}
		d.aidMoney(i, sc)
		d.aidBeneficiaries(i, sc)
		d.trainingAid(i, sc)   // fr_training.go
		d.esTrainingAid(i, sc) // es_r4_training.go: "Francia impartió formación militar a las fuerzas armadas de Mauritania"
		d.frGiftInKind(i, sc)  // fr_gifts.go
		d.frMilitaryAid(i, sc) // fr_militaryaid.go: "l'assistance militaire française au Cameroun"
		d.arMilitaryAid(i, sc) // ar_r4_militaryaid.go: "قدمت واشنطن مساعدات عسكرية للبنان"

		d.r15TrainingAid(i, sc) // all_r15_assist_training.go: "Deutschland hat 40 mongolische Soldaten ausgebildet"
		d.r15GenericAid(i, sc)  // all_r15_assist_genericaid.go: "US military aid to the Lebanese army"
		d.r16ForcesFunds(i, sc) // all_r16_assist_forcesfunds.go: "contribuirá con ocho millones de dólares a … las Fuerzas Armadas bolivianas"
		d.r16ThisAid(i, sc)     // all_r16_assist_thisaid.go: "Le diplomate a chiffré cette aide militaire à 7 millions de dollars"
		return
	}
	seenProg := map[string]bool{}
	for _, m := range sc.mentions {
		// "financement militaire étranger (FMF)": one program named twice
		if m.kind != mNamed || m.sub != "program" || !isAidProgram(m.id) || seenProg[m.id] {
			continue
		}
		seenProg[m.id] = true
		n, _ := d.x.lex.NamedEntry(m.id)
		if prov := d.programProvider(n); prov != nil && prov.Org != "" {
			d.orgAssistance(i, sc, m, n, prov, usedMoney)
			continue
		}
		sup, rec := d.pair(sc, "")
		rec = sc.frTraineeRecipient(rec, sup) // fr_traineerec.go: "en Pologne …, qui forme des soldats ukrainiens"
		if (len(sc.countries()) == 0 && len(sc.money) == 0) || rec == "" {
			d.stateProgramAssistance(i, sc, m, n, sup, usedMoney) // aid_programs.go
			continue
		}
		// a program run by a state: that state provides it ("the US IMET
		// program"), whatever else the sentence names
		if n.Country != "" && n.Country != rec {
			sup = n.Country
		} else if n.Country != "" && n.Country == rec {
			sup, rec = n.Country, ""
			for _, c := range sc.countries() {
				if c.id != sup && rec == "" {
					rec = c.id
				}
			}
			if rec == "" {
				rec = d.mostNamedExcept(sup)
			}
			if rec == "" || rec == sup {
				continue
			}
		}
		f := domain.Fact{Type: domain.TypeAssistance, Recipient: party(rec),
			Program: &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}}
		if sup != "" {
			f.Provider = party(sup)
		}
		// each program its own amount: "$95 million in FMF ... and $2.3
		// million a year in IMET"
		// "Moroccan officers attend courses under IMET": the trainees
		// state the aid (en_trainees.go)
		if !d.assistanceValue(sc, m, &f, usedMoney) && !sc.has("assistance") && !sc.traineesOf(rec) && !sc.programGoods() && d.programBenefitState(sc, n.Country) != rec { // all_r8_coop_benefit.go // coop_r5_aidlist.go: "transferred to Ghana under the Excess Defense Articles program"
			continue
		}
		if d.precisPortion(sc, rec) { // all_r10_precis_assist.go: "ومن أصل هذا المبلغ ... يرتبط 320 مليون دولار بشروط"
			continue
		}
		d.assistanceYear(sc, &f)
		d.add(i, sc, f, "assistance.program", 0.7)
		d.programListed(i, sc, f, sup) // coop_r5_aidlist.go: "trained peacekeepers from Ghana, Senegal and Rwanda"
	}
}

// assistanceValue gives f the amount nearest the program mention, if any.
func (d *docScan) assistanceValue(sc *sentScan, m mention, f *domain.Fact, used map[int]bool) bool {
	k := sc.moneyFor(m, used)
	if k < 0 {
		return false
	}
	if f.Recipient != nil {
		k = sc.precisShare(f.Recipient.String(), k) // all_r10_precis_assist.go: "$5.5 billion in FMF, of which $40 million would go to Tunisia"
	}
	used[k] = true
	mo := sc.money[k]
	f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
	if mo.currency == "USD" {
		f.ValueUSD = mo.amount
	}
	return true
}

func (d *docScan) assistanceYear(sc *sentScan, f *domain.Fact) {
	for _, y := range sc.years {
		if !y.relative || f.Year == 0 {
			f.Year = y.year
		}
	}
}

// orgAssistance: a program an organisation runs (the EU's European Peace
// Facility, its training missions): every state the sentence names is a
// beneficiary ("EPF assistance measures to support Georgia, Moldova,
// Ukraine and Mali"); with none, the document's recipient.
func (d *docScan) orgAssistance(i int, sc *sentScan, m mention, n lexicon.Named, prov *domain.Party, used map[int]bool) {
	// "the EU training mission (EUMAM Ukraine)": the most specific name
	for _, o := range sc.mentions {
		if o.kind == mNamed && o.sub == "program" && o.id != m.id {
			on, _ := d.x.lex.NamedEntry(o.id)
			if p := d.programProvider(on); p != nil && *p == *prov && len(on.Name) > len(n.Name) {
				return
			}
		}
	}
	var recs []string
	for _, c := range sc.countries() {
		// "trained in Spain": where, not who; "Germany gives €1 billion
		// to the facility": a giver
		if sup, rec := d.roleCues(sc, c); sup && !rec {
			continue
		}
		if c.sub != "agency" && !sc.placeOnly(c) && !contains(recs, c.id) {
			recs = append(recs, c.id)
		}
	}
	// "Hungary blocked the EPF payment to Ukraine": the state marked as
	// receiving and the states listed with it
	if r := d.markedRecipient(sc); r != "" && len(recs) > 1 {
		recs = sc.listWith(r)
	}
	recs = d.dropOrgMembers(prov, recs) // aid_programs.go
	if len(recs) == 0 {
		// "EUTM Mozambique", "NATO Mission Iraq": the state the name says
		if c := d.programCountry(n); c != "" {
			recs = []string{c}
		}
	}
	if len(recs) == 0 {
		if len(sc.money) == 0 && !sc.has("assistance") {
			return
		}
		fr := d.aidRecipient(prov)
		if fr == "" || d.orgMemberHost(prov, fr) { // aid_programs.go
			return
		}
		recs = []string{fr}
	}
	// "the total assistance to Kyiv through the EPF amounts to ...", "since
	// 2022 the EPF has mobilised ...": a sum of the measures already stated
	if sc.cueOf("total", "cumulative") && d.hasAssistance(n.ID, recs[0]) {
		return
	}
	for _, rec := range recs {
		// "the EU training mission (EUMAM Ukraine)": one program named twice
		if d.sameSentenceAssistance(sc, prov, rec) {
			continue
		}
		f := domain.Fact{Type: domain.TypeAssistance, Provider: prov, Recipient: party(rec),
			Program: &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}}
		if len(recs) == 1 {
			d.assistanceValue(sc, m, &f, used)
		}
		d.assistanceYear(sc, &f)
		d.add(i, sc, f, "assistance.program", 0.7)
	}
}

// sameSentenceAssistance reports whether the sentence already gave an
// assistance fact of this provider for rec.
func (d *docScan) sameSentenceAssistance(sc *sentScan, prov *domain.Party, rec string) bool {
	for _, f := range d.facts {
		if f.Type == domain.TypeAssistance && f.Evidence.Start == sc.s.start && f.Provider != nil && *f.Provider == *prov && f.Recipient != nil && f.Recipient.String() == rec {
			return true
		}
	}
	return false
}

// docOrgProgram returns the first aid program run by an organisation that
// the document names (the European Peace Facility).
func (d *docScan) docOrgProgram() (lexicon.Named, *domain.Party, bool) {
	// read once per document: asked per sentence with money, it would
	// read every sentence each time
	if d.orgProgram == nil {
		n, p, ok := d.readOrgProgram()
		d.orgProgram = &orgProgram{n, p, ok}
	}
	return d.orgProgram.n, d.orgProgram.p, d.orgProgram.ok
}

// orgProgram is docOrgProgram's answer.
type orgProgram struct {
	n  lexicon.Named
	p  *domain.Party
	ok bool
}

// readOrgProgram reads every sentence once for docOrgProgram.
func (d *docScan) readOrgProgram() (lexicon.Named, *domain.Party, bool) {
	for _, sc := range d.sents {
		for _, m := range sc.mentions {
			if m.kind != mNamed || m.sub != "program" || !isAidProgram(m.id) {
				continue
			}
			n, _ := d.x.lex.NamedEntry(m.id)
			if p := d.programProvider(n); p != nil && p.Org != "" {
				return n, p, true
			}
		}
	}
	return lexicon.Named{}, nil, false
}

// namesOrg reports whether the sentence names the organisation org ("EU").
func (d *docScan) namesOrg(sc *sentScan, org string) bool {
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "organization" && strings.EqualFold(m.id, org) {
			return true
		}
	}
	return false
}

// aidMoney: an amount of aid with no program named: "la Chine a octroyé à
// l'armée du Cameroun un don de 4,5 milliards de francs CFA", "an EU
// military aid of €20 million for the Mauritanian armed forces" in a
// document about the European Peace Facility. The program is the one the
// document names for that organisation, or the aid as the text words it.
func (d *docScan) aidMoney(i int, sc *sentScan) {
	if len(sc.money) == 0 || sc.valueUsed || sc.doubtful() {
		return
	}
	aid := sc.lw.set("aid")
	pos, ok := aid.any(sc.toks, 0, len(sc.toks))
	if !ok {
		// "un soutien de 12 millions d'euros à l'armée béninoise"
		if aid, pos, ok = sc.forcesAid(); !ok { // aid_programs.go
			return
		}
	}
	n, _ := aid.at(sc.toks, pos)
	if sc.civilAid(pos, n) { // coop_company.go: "50 millones de euros en ayuda humanitaria"
		return
	}
	// "una donación de equipo militar valorada en 3,5 millones": equipment
	// with a value, an aggregate of what is handed over, not money given
	if p, ok := sc.lw.set("aggregate").any(sc.toks, pos+n, pos+n+3); ok && p >= pos+n && !sc.arValueWord(p) { // ar_disclose.go
		return
	}
	// "Le don, d'une valeur de 1,1 milliard" after "un don de matériels"
	if d.donationInKind(i, sc) {
		return
	}
	var words []string
	for _, t := range sc.toks[pos : pos+n] {
		words = append(words, t.raw)
	}
	prog := &domain.Named{Name: strings.Join(words, " ")}
	var prov *domain.Party
	var recs []string
	sup, rec := d.pair(sc, "")
	dn, dp, ok := d.docOrgProgram()
	perAmount := false
	if ok && (d.namesOrg(sc, dp.Org) || sup == "" || !sc.names(sup)) {
		prov, prog, perAmount = dp, &domain.Named{ID: dn.ID, Name: dn.Name, Aliases: dn.Aliases}, true
		for _, c := range sc.countries() {
			if c.sub != "agency" && !sc.placeOnly(c) && !contains(recs, c.id) && !d.orgMemberHost(prov, c.id) { // aid_programs.go
				recs = append(recs, c.id)
			}
		}
		if len(recs) == 0 {
			recs = []string{d.aidRecipient(dp)}
		}
		if len(recs) != 1 || recs[0] == "" {
			return
		}
	} else {
		// "aux forces armées du Sénégal", "to the army of Cameroon": the
		// state whose forces get it is the recipient
		fr := sc.forcesOf()
		if fr == "" { // "à l'armée béninoise" (aid_programs.go)
			if fr = sc.forcesDemonym(); fr != "" && fr != sup {
				rec = fr
			}
		}
		if fr != "" && fr == sup {
			sup, rec = rec, fr
		}
		// "Estados Unidos brindará a Ecuador un apoyo": the state marked
		// as receiving, the giver another state of the sentence
		if r := d.markedRecipient(sc); r != "" && r != rec {
			rec = r
			sup = ""
			for _, c := range sc.countries() {
				if c.id != r && c.sub != "agency" && !sc.placeOnly(c) && !sc.datelinePlace(c) && sup == "" {
					sup = c.id
				}
			}
		}
		own := sc.aidOwnState(pos, n) // coop_r3_aid.go: "in US military aid", "ayuda militar estadounidense"
		if own != "" {
			sup, rec = sc.aidOwnRoles(own, sup, rec)
		}
		if org, r := d.aidOrgProvider(sc, pos, sup, rec); org != nil { // fr_aidorg.go
			prov, recs = org, []string{r}
		} else {
			if sup == "" || rec == "" || sup == rec || fr == "" && own == "" && !d.aidRolesStated(sc, sup) {
				return
			}
			prov, recs = party(sup), []string{rec}
		}
	}
	if sc.cueOf("total", "cumulative") && d.hasAssistance(prog.ID, recs[0]) {
		return
	}
	// "two earlier measures, approved in December 2022 and July 2024, of
	// €12 million and €15 million respectively": one fact per amount, the
	// years in order
	var years []int
	for _, y := range sc.years {
		if !y.relative {
			years = append(years, y.year)
		}
	}
	if sc.aidRequested(pos) && d.doubt("aid-requested") { // coop_r3_aid.go: "طلبت أوكرانيا من ألمانيا مساعدات"
		return
	}
	idx := []int{}
	if perAmount {
		for k := range sc.money {
			// "20 millions d'euros (près de 8 milliards d'anciens
			// ouguiyas)": the same sum in another currency
			if k > 0 && sc.conversionOf(k) {
				continue
			}
			idx = append(idx, k)
		}
	} else {
		idx = append(idx, sc.aidAmount(pos, pos+n))
	}
	for j, k := range idx {
		if k < 0 {
			continue
		}
		mo := sc.money[k]
		v, usd := pairValue(mo, prov.String(), recs[0])
		f := domain.Fact{Type: domain.TypeAssistance, Provider: prov, Recipient: party(recs[0]), Program: prog, Value: &v, ValueUSD: usd}
		switch {
		case len(years) == len(idx) && len(idx) > 1:
			f.Year = years[j]
		case len(years) > 0:
			f.Year = years[len(years)-1]
		}
		d.precisOrgAid(sc, &f) // all_r10_precis_assist.go: "The assistance measure, worth €31 million, will strengthen the Ukrainian Armed Forces"
		if !d.fixMirror(f) {
			d.add(i, sc, f, "assistance.aid", 0.6)
		}
	}
}

// aidBeneficiaries: states a sentence says benefited, in a document about
// an organisation's aid program ("Bosnia, Georgia, Lebanon and Mauritania
// have also benefited from the funds"): one assistance fact each.
func (d *docScan) aidBeneficiaries(i int, sc *sentScan) {
	if len(sc.money) > 0 || sc.doubtful() || !sc.has("aid-benefit") {
		return
	}
	dn, dp, ok := d.docOrgProgram()
	if !ok {
		return
	}
	prog := &domain.Named{ID: dn.ID, Name: dn.Name, Aliases: dn.Aliases}
	for _, c := range sc.partyCodes() {
		if d.hasAssistance(dn.ID, c) {
			continue
		}
		f := domain.Fact{Type: domain.TypeAssistance, Provider: dp, Recipient: party(c), Program: prog}
		d.add(i, sc, f, "assistance.aid", 0.5)
	}
}

// markedRecipient returns the one state the sentence marks as receiving
// ("à l'Ukraine", "a Ecuador"), if exactly one.
func (d *docScan) markedRecipient(sc *sentScan) string {
	r := ""
	for _, c := range sc.countries() {
		if s, rc := d.roleCues(sc, c); rc && !s && !sc.datelinePlace(c) {
			if r != "" && r != c.id {
				return ""
			}
			r = c.id
		}
	}
	return r
}

// datelinePlace: a place opening the sentence before a date ("Quito, 10
// jul").
func (sc *sentScan) datelinePlace(c mention) bool {
	return c.tok0 == 0 && c.tok1 < len(sc.toks) && strings.Contains(sc.toks[c.tok1].gap, ",") && sc.toks[c.tok1].digit
}

// aidRolesStated reports whether the sentence marks who gives: a role cue
// on a state ("Washington will give Israel", "à l'Ukraine") or the giver's
// adjective ("la ayuda estadounidense"). A headline that only lists the two
// ("Israel, US sign $38bn aid pact") does not.
func (d *docScan) aidRolesStated(sc *sentScan, sup string) bool {
	for _, c := range sc.countries() {
		if c.sub == "demonym" && c.id == sup {
			return true
		}
		if s, r := d.roleCues(sc, c); s || r {
			return true
		}
	}
	return false
}

// fixMirror turns round an earlier aid fact of the same amount with the
// parties the other way round, and reports whether there was one: a
// headline ("Israel, US sign $38bn aid pact") read before the body states
// who gives.
func (d *docScan) fixMirror(f domain.Fact) bool {
	for k := range d.facts {
		g := &d.facts[k]
		if g.Type == domain.TypeAssistance && g.Rule == "assistance.aid" && g.Value != nil && f.Value != nil && g.Value.Amount == f.Value.Amount &&
			g.Provider != nil && g.Recipient != nil && g.Provider.String() == f.Recipient.String() && g.Recipient.String() == f.Provider.String() {
			g.Provider, g.Recipient = f.Provider, f.Recipient
			return true
		}
	}
	return false
}

// forcesOf returns the state named just after an armed-forces word ("les
// forces armées du Sénégal", "the army of Niger"), if any.
func (sc *sentScan) forcesOf() string {
	forces := sc.lw.set("armed-forces")
	for _, c := range sc.countries() {
		if c.sub == "demonym" {
			continue
		}
		for k := c.tok0 - 1; k >= 0 && k >= c.tok0-4; k-- {
			if n, _ := forces.at(sc.toks, k); n > 0 && k+n <= c.tok0 && c.tok0-(k+n) <= 2 && !sc.boundaryBetween(k+n, c.tok0) {
				return c.id
			}
		}
	}
	return sc.forcesPossessive() // all_r8_coop_forcesposs.go: "Lebanon's army"
}

// conversionOf reports whether money span k restates the span before it
// in another currency: right after it, in brackets or after "soit", "or".
func (sc *sentScan) conversionOf(k int) bool {
	prev, m := sc.money[k-1], sc.money[k]
	a, b := tokIndexAt(sc.toks, prev.end), tokIndexAt(sc.toks, m.start)
	if b-a > 3 {
		return false
	}
	if m.currency != prev.currency {
		return true
	}
	for t := a; t <= b && t < len(sc.toks); t++ {
		if strings.Contains(sc.toks[t].gap, "(") {
			return true
		}
	}
	return false
}

// cfa: the CFA franc of Central Africa (XAF) for the states of its
// monetary union; the text's "francs CFA" reads as the West African one.
var cemac = map[string]bool{"CM": true, "CF": true, "TD": true, "CG": true, "GA": true, "GQ": true}

func cfa(mo domain.Money, rec string) domain.Money {
	if mo.Currency == "XOF" && cemac[rec] {
		mo.Currency = "XAF"
	}
	return mo
}

// aidAmount returns the amount an aid word gives: the first after it
// ("un don de 4,5 milliards"), else the last just before it ("$300
// million in military aid"), or -1.
func (sc *sentScan) aidAmount(from, to int) int {
	best := -1
	for k, mo := range sc.money {
		t := tokIndexAt(sc.toks, mo.start)
		if t >= to && t-to <= 8 {
			return k
		}
		if t < from && from-tokIndexAt(sc.toks, mo.end) <= 4 {
			best = k
		}
	}
	return best
}

// aidRecipient is the beneficiary a sentence that names none means: the
// last one this provider's aid went to, else the document's recipient.
func (d *docScan) aidRecipient(prov *domain.Party) string {
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := d.facts[k]
		if f.Type == domain.TypeAssistance && f.Provider != nil && *f.Provider == *prov && f.Recipient != nil {
			return f.Recipient.String()
		}
	}
	if _, fr := d.focus(); fr != "" {
		return fr
	}
	return d.mostNamedExcept("")
}

// programCountry is the one state a program's name names ("European
// Union Training Mission in Mali"), if any.
func (d *docScan) programCountry(n lexicon.Named) string {
	code := ""
	toks := tokenize(n.Name, 0)
	// the whole name matches the program itself: look from each word on
	for i := 1; i < len(toks); i++ {
		for _, m := range d.x.m.find(toks[i:], "en") {
			if m.kind == mCountry && m.tok0 == 0 {
				if code != "" && code != m.id {
					return ""
				}
				code = m.id
			}
		}
	}
	return code
}

// hasAssistance reports whether a fact of this program for rec exists.
func (d *docScan) hasAssistance(program, rec string) bool {
	for _, f := range d.facts {
		if f.Type == domain.TypeAssistance && f.Program != nil && (f.Program.ID == program || program == "") && f.Recipient != nil && f.Recipient.String() == rec {
			return true
		}
	}
	return false
}

// ruleAgreement: an agreement word with a signature, a year or a duration.
func ruleAgreement(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() && !sc.r15coopTalksSigned() { // all_r15_coop_talksigned.go: "des discussions … : ils ont signé un accord"
		return
	}
	pos := -1
	for _, p := range sc.cuePositions("agreement") {
		// "the North Atlantic Treaty Organisation": a name, not a treaty
		if !sc.insideName(p) && !sc.arPeaceTreaty(p) && !sc.arCivilAgreement(p) && !sc.civilAgreement(p) && !sc.agreementIdiom(p) { // ar_stage.go, ar_civil.go, coop_civil.go; coop_r5_agreement.go: "en el marco de", "de acuerdo con"
			pos = p
			break
		}
	}
	if pos < 0 {
		agreementTold(d, i, sc) // enfres_agreement.go: "Signé le 12 avril, le texte"
	}
	// "several agreements are due to be signed": not yet
	if pos < 0 || sc.has("agreement-future") || sc.agreementPlanned(pos) || d.arDealAnaphor(i, sc, pos) { // coop_guards.go // ar_dealanaphor.go: "الاتفاق" after "اتفاقا لشراء"
		return
	}
	// "acuerdos de venta de armas", "an agreement to buy": a deal (after
	// the whole agreement phrase: "protocole d'accord" ends in "accord")
	n, _ := sc.lw.set("agreement").at(sc.toks, pos)
	for p := pos + n; p <= pos+n+2 && p < len(sc.toks); p++ {
		if n, _ := sc.lw.set("deal").at(sc.toks, p); n > 0 {
			return
		}
	}
	af, at := sc.clauseOf(pos)
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok0 >= af && m.tok0 < at {
			return // an agreement to buy a system is a transfer
		}
	}
	// a plain "agreement" or "accord" with an amount, a sale or arms in the
	// sentence is a deal ("un accord pour se procurer plusieurs navires ...
	// 5 milliards d'euros"); a memorandum, a roadmap or a defence
	// cooperation agreement is one whatever else the sentence says
	if _, strong := sc.lw.set("agreement-coop").any(sc.toks, 0, len(sc.toks)); !strong {
		if len(sc.money) > 0 || sc.dealBesidesAgreement() || sc.has("buy-verb") {
			return
		}
		if d.dealNearby(i) && !sc.has("cooperation-word") { // coop_r5_agreement.go: "Deutschland und Polen haben den Vertrag unterzeichnet. Polen erhält 44 Leopard"
			return
		}
		// "Saab a conclu avec le gouvernement colombien deux accords de
		// compensation": a company's contract
		for _, m := range sc.mentions {
			if m.kind == mSystem || m.kind == mGeneric || m.kind == mNamed && m.sub == "maker" {
				return
			}
		}
	}
	dur := 0
	for _, n := range sc.nums {
		if n.tok1 < len(sc.toks) && sc.lw.isDuration(sc.toks, n.tok1) && n.value <= 50 && !sc.durationAgo(n) { // coop_guards.go: "hace veinte años"
			dur = int(n.value)
		}
	}
	year := sc.yearNear(pos)
	if !sc.has("agreement-sign") && year == 0 && dur == 0 {
		y, ok := d.agreementContinues(i, sc) // coop_r6_signer.go: "- un mémorandum d'entente avec le Rwanda ;" after "Le Maroc a signé plusieurs accords"
		if !ok {
			return
		}
		year = y
	}
	parties, seen := sc.parties()
	if sc.companyAgreement() { // coop_company.go: "signed a memorandum with the Emirati group Edge"
		return
	}
	parties = sc.agreementPlaceParties(parties) // coop_guards.go: "signed in Turkey"
	if sc.agreementBackground(parties) {
		return // coop_guards.go: "El pacto nació en 1949"
	}
	if len(parties) > 2 {
		// "Japan and the Philippines concluded an agreement ..., amid
		// tensions in the South China Sea": the states of its stretch
		from, to := sc.punctStretch(pos)
		var near []domain.Party
		for _, c := range sc.countries() {
			if c.sub != "agency" && c.tok0 >= from && c.tok0 < to && !containsParty(near, c.id) {
				near = append(near, domain.Party{Code: c.id})
			}
		}
		if len(near) >= 2 {
			parties = sc.agreementList(near) // coop_r5_agreement.go: "Deutschland, Frankreich, Italien und die Türkei unterzeichneten"
		} else if sc.has("both-states") {
			a, b := d.mainPair()
			parties = []domain.Party{{Code: a}, {Code: b}}
		}
	}
	if year == 0 && sc.has("agreement-sign") {
		year = d.docYear() // "ont signé" in a dated article
	}
	each := sc.agreementWithEach() // coop_r5_agreement.go: "a signé des accords avec le Nigeria, le Rwanda et l'Éthiopie"
	if each == nil {
		each = d.agreementEachContext(i, sc) // coop_r6_signer.go: "Il a signé des accords avec le Nigeria et le Rwanda"
	}
	if len(parties) == 0 && each == nil && !sc.has("both-states") && i > 0 {
		parties = d.agreementContext(i, seen) // all_r13_frtrans_partner.go
	}
	if len(parties) == 1 && each == nil && !sc.has("both-states") {
		if c := d.agreementPartner(parties[0].Code, seen); c != "" { // all_r13_frtrans_partner.go
			seen[c] = true
			parties = append(parties, domain.Party{Code: c})
		}
	}
	if len(parties) < 2 && each == nil {
		fs, fr := d.focus()
		// "les deux pays ont conclu", "ambos países", "البلدين": the two
		// states the document names most
		if sc.has("both-states") {
			fs, fr = d.mainPair()
		}
		for _, c := range []string{fs, fr} {
			if c != "" && !seen[c] && len(parties) < 2 {
				seen[c] = true
				parties = append(parties, domain.Party{Code: c})
			}
		}
	}
	if len(parties) < 2 && each == nil {
		// "Carme Chacón, ministra de Defensa, y Ehud Barak, su homólogo de
		// Israel, han firmado un Memorando": the document's two states
		a, b := d.mainPair()
		for _, c := range []string{a, b} {
			if c != "" && !seen[c] && len(parties) < 2 {
				seen[c] = true
				parties = append(parties, domain.Party{Code: c})
			}
		}
	}
	if len(parties) < 2 && each == nil {
		return
	}
	if each != nil {
		for _, ps := range each {
			if !d.agreementR3Doubts(sc, pos, ps) {
				d.add(i, sc, domain.Fact{Type: domain.TypeAgreement, Parties: ps, Year: year, DurationYears: dur}, "agreement.signed", 0.65)
			}
		}
		return
	}
	if d.agreementR3Doubts(sc, pos, parties) { // coop_r3_agreement.go: "the agreement expired", "with the US company"
		return
	}
	f := domain.Fact{Type: domain.TypeAgreement, Parties: parties, Year: year, DurationYears: dur}
	d.add(i, sc, f, "agreement.signed", 0.65)
}

// dealBesidesAgreement reports whether a deal word ("contract", "sale")
// occurs other than as the agreement word itself ("agreement" is both).
func (sc *sentScan) dealBesidesAgreement() bool {
	agr := sc.lw.set("agreement")
	for _, p := range sc.cuePositions("deal") {
		if n, _ := agr.at(sc.toks, p); n == 0 {
			return true
		}
	}
	return false
}

// punctStretch is the token range around t between punctuation marks,
// Arabic ones included.
func (sc *sentScan) punctStretch(t int) (from, to int) {
	const marks = ",;:—–()،؛"
	from, to = t, t+1
	for from > 0 && !strings.ContainsAny(sc.toks[from].gap, marks) {
		from--
	}
	for to < len(sc.toks) && !strings.ContainsAny(sc.toks[to].gap, marks) {
		to++
	}
	return from, to
}

func containsParty(ps []domain.Party, code string) bool {
	for _, p := range ps {
		if p.Code == code {
			return true
		}
	}
	return false
}

// insideName reports whether token t lies inside a named mention (an
// organisation, a status, a programme): the "no" of "aliado principal no
// miembro de la OTAN" and the "non" of "allié majeur non membre" negate
// nothing in the sentence (rules.go, negated).
func (sc *sentScan) insideName(t int) bool {
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.tok0 <= t && t < m.tok1 {
			return true
		}
	}
	return false
}

// mainPair returns the two states the document names most.
func (d *docScan) mainPair() (string, string) {
	a := d.mostNamed(tallyAll, mostOpts{})
	return a, d.mostNamed(tallyAll, mostOpts{except: a})
}

// ruleMembership: an organisation with a joining or participation word and
// a state (or "the kingdom", meaning the document's subject).
func ruleMembership(d *docScan, i int, sc *sentScan) {
	defer d.frFounders(i, sc) // fr_members.go: "créé par A, B et C"
	var orgs []mention
	seenOrg := map[string]bool{}
	for _, m := range sc.mentions {
		// an organisation named twice in a sentence ("NATO ... the Atlantic
		// Alliance") is one organisation
		if m.kind == mNamed && m.sub == "organization" && !seenOrg[m.id] && !sc.outside(m) && !sc.arStatusGloss(m) { // ar_mnna.go
			seenOrg[m.id] = true
			orgs = append(orgs, m)
		}
		if st, ok := sc.r15coopAllyOutside(m); ok && m.kind == mNamed && m.sub == "organization" && !seenOrg[st.id] { // all_r15_coop_outside.go: "aliado militar estratégico de Estados Unidos fuera de la OTAN"
			seenOrg[st.id] = true
			orgs = append(orgs, st)
		}
	}
	prevOrg := d.lastOrg
	if len(orgs) > 0 {
		d.lastOrg = orgs[len(orgs)-1].id
	}
	if sc.doubtful() || !sc.has("membership") && !namesStatus(orgs) { // coop_r5_member.go: "Kenya became a major non-NATO ally"
		return
	}
	if len(orgs) == 0 && prevOrg != "" {
		// "Sweden, which joined the alliance in March": the organisation
		// named last
		if p, ok := sc.lw.set("org-anaphor").any(sc.toks, 0, len(sc.toks)); ok {
			orgs = append(orgs, mention{kind: mNamed, id: d.anaphorOrg(i, sc, p, prevOrg), sub: "organization", tok0: p, tok1: p + 1}) // all_r9_fresh_member.go
		} else if o, ok := d.r16coopBareJoin(i, sc, prevOrg); ok { // all_r16_coop_joined.go: "Sweden joined in March 2024"
			orgs = append(orgs, o)
		}
	}
	orgs = d.membershipOrgs(sc, orgs) // coop_r5_member.go: "NATO's Mediterranean Dialogue", "partnership with NATO"
	lastMember := ""
	for k, o := range orgs {
		// the states named before it in the same stretch: "Austria and
		// Switzerland joined ...", "la participation du Maroc au Forum"
		lo := 0
		if k > 0 {
			lo = orgs[k-1].tok1
		}
		var members []string
		for _, c := range sc.countries() {
			// "US Secretary of State Antony Blinken", "Russia's President":
			// an official's state; "designated Qatar a major non-NATO ally
			// of the United States": the state that grants the status
			if c.tok1 <= o.tok0 && c.tok0 >= lo && c.sub != "demonym" && c.sub != "agency" && !contains(members, c.id) &&
				!sc.officialOf(c) && grantedBy[o.id] != c.id && !sc.stateModifier(c) && // all_r7_member_rules.go: "die Ukraine-Krise"
				!sc.namedNotMember(c, o) && // all_r8_coop_member_named.go: "Russia said ... Finland's accession", "the US and NATO"
				!sc.orgInitiator(c, o) { // all_r9_fresh_member.go: "Beitritt zu dem von Deutschland angestoßenen Schutzschirm"
				members = append(members, c.id)
			}
		}
		if len(members) > 1 && !sc.conjoined(lo, o.tok0) && !sc.prefixConjoined(lo, o.tok0) && !sc.r14coopArKullMin(lo, o.tok0) { // all_r14_coop_armali.go: "انضمت كل من السويد وفنلندا" // all_r7_member_rules.go: "السويد وفنلندا"
			members = members[len(members)-1:]
		} else if len(members) > 1 {
			// "The United States leads a coalition ... and welcomed
			// Malaysia, Nigeria, and Tunisia as new coalition members": the
			// list right before the organisation
			if l := sc.withoutInitiators(sc.listBefore(o.tok0, lo), o); len(l) > 0 { // all_r9_fresh_member.go
				members = l
			}
		}
		members = sc.r15freshMembersListedAfter(o, members) // all_r15_fresh_member.go: "each member country of the G5 Sahel, including Mauritania"
		if len(members) == 0 {
			members = sc.membersAfter(o) // all_r9_fresh_member.go; ar_mnna.go: "صفة حليف رئيسي من خارج الحلف، منها تونس والأردن"
		}
		if len(members) == 0 {
			members = d.r16coopBothMembers(sc, o) // all_r16_coop_bothmembers.go: "Both countries have been members of the FPDA"
		}
		member := ""
		if len(members) > 0 {
			member = members[len(members)-1]
		} else if k > 0 && lastMember != "" {
			// "Tunisia became a major non-NATO ally and is a member of the
			// TSCTP": the same subject
			member = lastMember
		}
		// "the kingdom ... joined": the document's subject
		anaphor := -1
		if p, ok := sc.lw.set("anaphor").any(sc.toks, 0, o.tok0); ok {
			anaphor = p
		}
		if anaphor >= 0 {
			lastCountry := -1
			for _, c := range sc.countries() {
				if c.tok1 <= o.tok0 {
					lastCountry = c.tok0
				}
			}
			if anaphor > lastCountry {
				_, fr := d.focus()
				if fr != "" {
					member = fr
				}
			}
		}
		if member == "" {
			continue
		}
		if len(members) == 0 || members[len(members)-1] != member {
			members = []string{member}
		}
		lastMember = member
		// "تشارك قطر في قمة الناتو": a summit's or a meeting's
		// organisation, with no word of membership, has no member here
		// (ar_member_event.go)
		event := sc.arOrgEvent(o) || sc.orgEvent(o) // coop_event.go: "au sommet de l'OTAN"
		if event && !sc.arStrongMember() && !sc.strongMember() {
			continue
		}
		n, _ := d.x.lex.NamedEntry(o.id)
		for _, mb := range members {
			if sc.memberNotYet(mb, o) || sc.memberAsPlace(mb, o) || sc.memberBlockedBefore(mb, o) || sc.memberIntended(mb, o) || grantedBy[o.id] == mb || d.precisNoMember(sc, mb, o) { // coop_guards.go: a candidate, a host, a guest, a place; coop_r3_member.go: "عرقلت المجر انضمام السويد"; all_r10_precis_member.go: "a key partner of the EU", "Hungary, a NATO member, ordered"
				continue
			}
			f := d.membership(sc, orgs, k, o, mb, n)
			if event {
				d.flag("org-event")
			}
			d.add(i, sc, f, "membership.joined", 0.65)
		}
	}
}

// outside reports whether an organisation is named as what a state is
// not part of: "non-NATO", "hors OTAN", "خارج الناتو", "außerhalb der NATO".
func (sc *sentScan) outside(m mention) bool {
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-2; k-- {
		switch sc.toks[k].norm {
		case "non", "hors", "extra", "خارج", "ausserhalb", "nicht":
			return true
		}
	}
	return sc.r15coopOutside(m) // all_r15_coop_outside.go: "fuera de la OTAN", "außerhalb der NATO"
}

// grantedBy: statuses a state grants to others, which it does not hold.
var grantedBy = map[string]string{"mnna": "US"}

// officialOf reports whether a state is named as an official's ("US
// Secretary of State", "Russia's President", "وزير الخارجية الأمريكي").
func (sc *sentScan) officialOf(c mention) bool {
	off := sc.lw.set("official")
	for k := c.tok1; k < len(sc.toks) && k <= c.tok1+1; k++ {
		if n, _ := off.at(sc.toks, k); n > 0 {
			return true
		}
	}
	for k := c.tok0 - 1; k >= 0 && k >= c.tok0-3; k-- {
		if n, _ := off.at(sc.toks, k); n > 0 && k+n >= c.tok0-1 {
			return true
		}
	}
	return false
}

// membership builds one membership fact with its year.
func (d *docScan) membership(sc *sentScan, orgs []mention, k int, o mention, member string, n lexicon.Named) domain.Fact {
	{
		f := domain.Fact{Type: domain.TypeMembership, Member: party(member),
			Organization: &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}}
		// the year that follows this organisation before the next one
		limit := len(sc.toks)
		if k+1 < len(orgs) {
			limit = orgs[k+1].tok0
		}
		for _, y := range sc.years {
			if y.tok0 >= o.tok1 && y.tok0 < limit && y.tok0-o.tok1 <= 8 {
				f.Year = y.year
				break
			}
			if y.tok0 < o.tok0 && o.tok0-y.tok0 <= 4 && (k == 0 || y.tok0 > orgs[k-1].tok1) {
				f.Year = y.year
			}
		}
		if f.Year == 0 {
			// "Finland joined last year", "became a member in 2023": the
			// year just after the joining word
			for _, p := range sc.cuePositions("accession") {
				for _, y := range sc.years {
					if y.tok0 > p && y.tok0-p <= 4 && f.Year == 0 {
						f.Year = y.year
					}
				}
			}
		}
		if f.Year == 0 && !d.pub.IsZero() {
			// "joined the alliance in March": this year's month
			for t := o.tok1; t < len(sc.toks) && t < o.tok1+4; t++ {
				if mo, ok := sc.lw.months[sc.toks[t].norm]; ok {
					f.Year = d.pub.Year()
					if mo > int(d.pub.Month()) {
						f.Year--
					}
				}
			}
		}
		if f.Year == 0 && sc.has("accession") {
			// "Sweden has officially become NATO's 32nd member" in a dated
			// article, "today it welcomed ... as new members"
			absolute := false
			for _, y := range sc.years {
				if y.relative && f.Year == 0 {
					f.Year = y.year
				}
				absolute = absolute || !y.relative
			}
			if f.Year == 0 && !absolute {
				f.Year = d.docYear()
			}
		}
		return f
	}
}

// listBefore returns the states of the list that ends last before token
// to ("Malaysia, Nigeria, and Tunisia"): states joined only by commas,
// "and" and articles.
func (sc *sentScan) listBefore(to, lo int) []string {
	var cs []mention
	for _, c := range sc.countries() {
		if c.tok1 <= to && c.tok0 >= lo && c.sub != "demonym" && c.sub != "agency" && !sc.officialOf(c) {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	out := []string{cs[len(cs)-1].id}
	for k := len(cs) - 2; k >= 0; k-- {
		joined := true
		for t := cs[k].tok1; t < cs[k+1].tok0; t++ {
			switch sc.toks[t].norm {
			case "and", "et", "y", "und", "e", "و", "de", "la", "le", "l", "du", "des", "the", "of", "del", "el", "der", "die":
			default:
				joined = false
			}
		}
		if !joined {
			break
		}
		if !contains(out, cs[k].id) {
			out = append([]string{cs[k].id}, out...)
		}
	}
	return out
}

// docYear is the year of the document: its publication date, else a
// year at the very start of its text (a date line such as "2024-03").
func (d *docScan) docYear() int {
	if !d.pub.IsZero() {
		return d.pub.Year()
	}
	if len(d.sents) > 0 {
		for _, y := range d.sents[0].years {
			if !y.relative && y.tok0 <= 3 {
				return y.year
			}
		}
	}
	return 0
}

// listWith returns the states listed together with state code ("to
// Georgia, Moldova and Ukraine"): joined only by commas, "and" and
// articles.
func (sc *sentScan) listWith(code string) []string {
	var cs []mention
	for _, c := range sc.countries() {
		if c.sub != "agency" {
			cs = append(cs, c)
		}
	}
	at := -1
	for k, c := range cs {
		if c.id == code {
			at = k
			break
		}
	}
	if at < 0 {
		return []string{code}
	}
	joined := func(a, b mention) bool {
		for t := a.tok1; t < b.tok0; t++ {
			switch sc.toks[t].norm {
			case "and", "et", "y", "und", "e", "و", "de", "la", "le", "l", "du", "des", "the", "of", "del", "el", "der", "die", "a", "au", "aux", "to":
			default:
				if !r16coopListArticle(sc.toks[t].norm) { // all_r16_coop_several.go: "et les Émirats arabes unis", "y los Estados Unidos"
					return false
				}
			}
		}
		return true
	}
	lo, hi := at, at
	for lo > 0 && joined(cs[lo-1], cs[lo]) {
		lo--
	}
	for hi+1 < len(cs) && joined(cs[hi], cs[hi+1]) {
		hi++
	}
	var out []string
	for _, c := range cs[lo : hi+1] {
		if !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// conjoined reports whether the states named in toks[from:to] are joined
// by "and"/"et"/commas rather than separated by a verb.
func (sc *sentScan) conjoined(from, to int) bool {
	for t := from; t < to && t < len(sc.toks); t++ {
		switch sc.toks[t].norm {
		case "and", "et", "y", "und", "e", "و":
			return true
		}
	}
	return false
}

var exerciseNameRe = regexp.MustCompile(`(?i:exercise|exercice|ejercicio|maniobras|manœuvres|Übung)(?:\s+(?i:joint|conjoint|conjunto|combined|combiné|naval|navale|militaire|militar|aérien|aéreo|annual|annuel|anual|multinational|multinacional|bilatéral|bilateral))*\s+[«"“]?\s*((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+){0,3})`)

// exerciseWords are the words exerciseNameRe needs, lower case: the
// regexp runs only on sentences that have one.
var exerciseWords = []string{"exercise", "exercice", "ejercicio", "maniobras", "manœuvres", "übung"}

// ruleExercise: a named exercise, from the lexicon or "exercise
// <Capitalised Name>", with the states taking part.
func ruleExercise(d *docScan, i int, sc *sentScan) {
	name, at := "", 0
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "exercise" {
			if sc.exerciseProgramme(m.tok1) { // coop_guards.go: "JCET programmes"
				return
			}
			n, _ := d.x.lex.NamedEntry(m.id)
			name, at = n.Name, m.tok0
			break
		}
	}
	if name == "" {
		// "التدريب المشترك "ميدوزا - 14"", "die Übung mit dem Namen
		// «Meeresgürtel-Sicherheit 2025»", "el ejercicio “Cinturón de
		// Seguridad Marítima”": a quoted name after the word
		name, at = sc.quotedExerciseName()
	}
	if name == "" {
		name, at = sc.r16coopNamedQuoted() // all_r16_coop_exnamed.go: "un exercice interarmées maroco-français nommé « Chergui 2022 »"
	}
	if name == "" {
		name, at = sc.arrecallExerciseName() // all_r13_arrecall_exercise.go: "تمرين (درع الصحراء 2022)", "التمرين البحري نسيم البحر 14"
	}
	if name == "" {
		name, at = sc.namedExercise() // fr_exercise.go: "Baptisé « X », cet exercice"
	}
	if name == "" {
		name, at = sc.deNamedExercise() // de_exercise.go: "trainieren unter dem Namen „Allied Spirit“"
	}
	if name == "" {
		name, at = sc.exerciseApposition() // coop_apposition.go: "Dynamic Mariner, un ejercicio de"
	}
	if name == "" && containsAny(sc.lower(), exerciseWords) {
		if mm := exerciseNameRe.FindStringSubmatch(sc.s.text); mm != nil {
			name = mm[1]
		}
	}
	if name == "" {
		name, at = sc.r14coopExerciseName() // all_r14_coop_exname.go: "the Golden Dragon 2024 exercise", "los ejercicios Fuerzas Unidas"
	}
	if name == "" || sc.doubtful() && !sc.has("exercise") || i > 0 && sc.exerciseAsTime(at) { // coop_guards.go
		return
	}
	parties := d.exerciseParties(sc)
	if len(parties) < 2 && (d.nationalExercise() || d.arNationalExercise()) { // fr_exercise.go: "cette manœuvre nationale"; coop_r3_exercise.go: "مناورة وطنية"
		return
	}
	if sc.exerciseNotName(name) && d.doubt("exercise-not-name") { // coop_r3_exercise.go: "un exercice « inédit »", "exercise Monday"
		return
	}
	f := domain.Fact{Type: domain.TypeExercise, Name: name, Parties: parties, Year: sc.yearNear(at)}
	if f.Year == 0 {
		f.Year = d.docYear()
	}
	d.add(i, sc, f, "exercise.named", 0.6)
}

var quotedNameRe = regexp.MustCompile(`^[^«"“„.;]{0,30}?[«"“„]\s*([^»"”“«]{2,40}?)\s*[»"”“]`)

// quotedExerciseName returns a quoted name that follows an exercise word
// within a few words, and the token where the word is.
func (sc *sentScan) quotedExerciseName() (string, int) {
	cues := sc.cuePositions("exercise")
	if len(cues) == 0 {
		return "", 0 // most sentences: no need to read the text as runes
	}
	runes := []rune(sc.s.text)
	ex := sc.lw.set("exercise")
	for _, p := range cues {
		n, _ := ex.at(sc.toks, p)
		end := sc.toks[p+n-1].end - sc.s.start
		if end < 0 || end > len(runes) {
			continue
		}
		if mm := quotedNameRe.FindStringSubmatch(string(runes[end:])); mm != nil && !arDescribedAs(mm[0][:strings.IndexAny(mm[0], "«\"“„")]) { // ar_exercise.go
			return strings.TrimSpace(mm[1]), p
		}
	}
	return "", 0
}

// exerciseParties are the states taking part: those the sentence names,
// observers left out; when it names fewer than two, the states of the
// document's sentence about the exercise that names most ("with units
// from the Egyptian, Greek, Cypriot, Saudi and French forces").
func (d *docScan) exerciseParties(sc *sentScan) []domain.Party {
	parties := sc.participants()
	if len(parties) >= 2 {
		return parties
	}
	best := d.docParticipants()
	if len(best) >= 2 {
		return best
	}
	return parties
}

// docParticipants returns the longest list of participants a sentence of
// the document on an exercise or a participation gives, read once per
// document (asked per exercise, it would read every sentence each time).
func (d *docScan) docParticipants() []domain.Party {
	if d.exParties != nil {
		return *d.exParties
	}
	var best []domain.Party
	for _, o := range d.sents {
		if !o.has("exercise") && !o.has("participation") {
			continue
		}
		if ps := o.participants(); len(ps) > len(best) {
			best = ps
		}
	}
	d.exParties = &best
	return best
}

// participants: the states a sentence names, before any observer word.
func (sc *sentScan) participants() []domain.Party {
	limit := len(sc.toks)
	if p, ok := sc.lw.set("observer").any(sc.toks, 0, len(sc.toks)); ok {
		limit = p
	}
	var out []domain.Party
	for _, c := range sc.countries() {
		if c.sub != "agency" && c.tok0 < limit && !containsParty(out, c.id) {
			out = append(out, domain.Party{Code: c.id})
		}
	}
	return out
}

// aggregateMoney returns the index of a money span that a stated total of
// arms deals follows ("$15 billion of US military equipment"), or -1.
func (sc *sentScan) aggregateMoney() int {
	cues := sc.cuePositions("aggregate")
	for i, m := range sc.money {
		end := tokIndexAt(sc.toks, m.end)
		for _, c := range cues {
			if c >= end && c-end <= 5 && !sc.boundaryBetween(end, c) {
				return i
			}
		}
	}
	return -1
}

// isDuration reports whether a duration word ("years", "Jahren", "سنوات")
// starts at token k.
func (lw *langWords) isDuration(toks []token, k int) bool {
	n, _ := lw.set("duration").at(toks, k)
	return n > 0
}

// parties are the states a sentence names (not through their agencies),
// each once, with the set of their codes.
func (sc *sentScan) parties() ([]domain.Party, map[string]bool) {
	seen := map[string]bool{}
	var out []domain.Party
	for _, m := range sc.countries() {
		if !seen[m.id] && m.sub != "agency" {
			seen[m.id] = true
			out = append(out, domain.Party{Code: m.id})
		}
	}
	return out, seen
}
