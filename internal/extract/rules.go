package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// rule is one named extraction rule over a sentence.
type rule struct {
	id string
	fn func(d *docScan, i int, sc *sentScan)
}

// rules run in order over every sentence. Each comment gives the pattern
// and an example.
var rules = []rule{
	// "Poland has signed a contract worth $4.75 billion to buy two batteries
	// of the US-made Patriot" -> transfer US->PL Patriot, ordered, value.
	{"transfer.system", ruleTransfer},
	// "Washington cleared the sale in 2017 at a value of $593 million":
	// an amount and a stage for the deal the document is about.
	{"transfer.value", ruleDealValue},
	// "X is the largest buyer of American arms, with deals worth over $8.5
	// billion" -> aggregate US->X; notices: "TOTAL ... $930 million".
	{"aggregate.total", ruleAggregate},
	// "Washington has given Rabat about $32 million under IMET" ->
	// assistance.
	{"assistance.program", ruleAssistance},
	// "signed in 2020 a 10-year defence agreement" -> agreement.
	{"agreement.signed", ruleAgreement},
	// "the kingdom joined the coalition against Daesh in 2014" ->
	// membership.
	{"membership.joined", ruleMembership},
	// "troops from A and B took part in African Lion 2024" -> exercise.
	{"exercise.named", ruleExercise},
}

func (d *docScan) runRules() {
	for i, sc := range d.sents {
		for _, r := range rules {
			r.fn(d, i, sc)
		}
	}
	d.pickAggregates()
	d.settleSuppliers()
}

// add appends a fact with its evidence and attribution.
func (d *docScan) add(i int, sc *sentScan, f domain.Fact, ruleID string, conf float64) {
	f.Evidence = domain.Evidence{Start: sc.s.start, End: sc.s.end, Text: sc.s.text}
	f.Attribution = d.attrib[i]
	f.Rule = ruleID
	f.Confidence = conf
	d.facts = append(d.facts, f)
}

// has reports whether a cue of kind occurs in the sentence.
func (sc *sentScan) has(kind string) bool {
	_, ok := sc.lw.set(kind).any(sc.toks, 0, len(sc.toks))
	return ok
}

// cuePositions returns the token indexes where cues of kind start.
func (sc *sentScan) cuePositions(kind string) []int {
	var out []int
	ps := sc.lw.set(kind)
	for i := 0; i < len(sc.toks); i++ {
		if n, _ := ps.at(sc.toks, i); n > 0 {
			out = append(out, i)
			i += n - 1
		}
	}
	return out
}

// negated: the sentence denies or negates.
func (sc *sentScan) negated() bool { return sc.cueOf("negation") }

// doubtful: a denial, a negation or a hypothetical.
func (sc *sentScan) doubtful() bool { return sc.cueOf("negation") || sc.cueOf("hypothetical") }

func (sc *sentScan) cueOf(kinds ...string) bool {
	for _, kind := range kinds {
		if sc.cueIn(kind, 0, len(sc.toks)) {
			return true
		}
	}
	return false
}

// cueIn reports whether a cue of kind starts in toks[from:to]; a
// capitalised month name ("May 11") is not the modal "may".
func (sc *sentScan) cueIn(kind string, from, to int) bool {
	for _, p := range sc.cuePositions(kind) {
		if p < from || p >= to {
			continue
		}
		t := sc.toks[p]
		// "May 11, 2023" is a date, not a modal verb
		if _, month := sc.lw.months[t.norm]; month && isCapitalised(t.raw) {
			continue
		}
		return true
	}
	return false
}

// countries returns the sentence's country mentions.
func (sc *sentScan) countries() []mention {
	var out []mention
	for _, m := range sc.mentions {
		if m.kind == mCountry {
			out = append(out, m)
		}
	}
	return out
}

func party(code string) *domain.Party { return &domain.Party{Code: code} }

// stageOf returns the stage cue nearest to token t and its position.
func (sc *sentScan) stageOf(t, end int) (string, int) {
	// verbs ("was approved", "a commandé") tell the event; nouns for a deal
	// ("Romania's purchase ... was approved") only when no verb does
	nouns := map[int]bool{}
	for _, p := range sc.cuePositions("deal") {
		if p > 0 && determiners[sc.toks[p-1].norm] {
			nouns[p] = true
		}
	}
	for _, useNouns := range []bool{false, true} {
		if st, pos := sc.stageNear(t, end, nouns, useNouns); st != "" {
			return st, pos
		}
	}
	return "", -1
}

func (sc *sentScan) stageNear(t, end int, nouns map[int]bool, useNouns bool) (string, int) {
	best, bestPos, bestDist := "", -1, 1<<30
	for _, k := range []struct{ kind, stage string }{
		{"stage-delivered", domain.StageDelivered}, {"stage-ordered", domain.StageOrdered},
		{"stage-approved", domain.StageApproved}, {"stage-requested", domain.StageRequested},
	} {
		for _, p := range sc.cuePositions(k.kind) {
			if nouns[p] != useNouns {
				continue
			}
			dist := p - t
			if dist < 0 {
				dist = -dist
			}
			// a participle right after the system describes it ("drones
			// commandés à la Turquie", "tanks ordered in 2022"): the main
			// verb says what happened now
			if end > 0 && p >= end && p <= end+2 {
				dist += 12
			}
			if dist < bestDist {
				best, bestPos, bestDist = k.stage, p, dist
			}
		}
	}
	return best, bestPos
}

// yearNear returns the year nearest to token t in the sentence, skipping
// years that follow "since"/"depuis"/"from" (a period, not an event).
func (sc *sentScan) yearNear(t int) int {
	best, bestDist := 0, 1<<30
	from, to := sc.clauseOf(t)
	_, futureHere := sc.lw.set("future").any(sc.toks, from, to)
	for _, y := range sc.years {
		// "... and deliveries are due to start in 2027": a year in a
		// clause about the future does not date this event
		if yf, yt := sc.clauseOf(y.tok0); !futureHere && (yf != from || yt != to) {
			if _, ok := sc.lw.set("future").any(sc.toks, yf, yt); ok {
				continue
			}
		}
		if y.tok0 > 0 {
			p := sc.toks[y.tok0-1].norm
			if p == "from" || p == "until" || p == "by" || p == "through" || p == "since" || p == "jusqu" || p == "partir" || p == "dici" || p == "depuis" || p == "desde" {
				continue
			}
		}
		dist := y.tok0 - t
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y.year, dist
		}
	}
	return best
}

// roleCues decides, for each country mention, whether the text marks it as
// supplier or recipient.
func (d *docScan) roleCues(sc *sentScan, m mention) (sup, rec bool) {
	// the words before the mention, articles skipped: "à l'Ukraine"
	var before []string
	for k := m.tok0 - 1; k >= 0 && len(before) < 3; k-- {
		w := sc.toks[k].norm
		if len(before) == 0 && articles[w] {
			continue
		}
		before = append(before, w)
	}
	prev := func(k int) string {
		if k-1 < len(before) {
			return before[k-1]
		}
		return ""
	}
	if m.sub == "demonym" {
		// "missiles américains", "US-made Patriot", "la sueca Saab": a
		// demonym next to equipment or a maker names the supplier; "à
		// l'armée ukrainienne" names the recipient
		if n, _ := sc.lw.set("recipient-prep").at(sc.toks, m.tok0-2); n == 1 && m.tok0 >= 2 {
			return false, true
		}
		for _, p := range sc.cuePositions("aggregate") {
			if p >= m.tok0-3 && p < m.tok0 || p >= m.tok1 && p <= m.tok1+2 {
				return true, false // "équipements militaires américains", "American arms"
			}
		}
		for _, o := range sc.mentions {
			if o.kind == mSystem && (o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 2 || o.tok0 >= m.tok1 && o.tok0-m.tok1 <= 2) {
				// "missiles Harpoon américains" names the maker's country;
				// "les Rafale grecs" the owner's
				if s, ok := d.x.lex.System(o.id); ok && s.Origin != "" && s.Origin != m.id {
					return true, true // an owner: see pair
				}
				return true, false
			}
			if (o.kind == mGeneric || o.kind == mNamed && (o.sub == "maker" || o.sub == "program")) && (o.tok1 <= m.tok0 && m.tok0-o.tok1 <= 2 || o.tok0 >= m.tok1 && o.tok0-m.tok1 <= 2) {
				return true, false
			}
		}
		if m.tok1 < len(sc.toks) && (sc.toks[m.tok1].norm == "made" || sc.toks[m.tok1].norm == "built") {
			return true, false
		}
		return false, false
	}
	next := ""
	if m.tok1 < len(sc.toks) {
		next = sc.toks[m.tok1].norm
	}
	if next == "made" || next == "built" || next == "supplied" {
		return true, false
	}
	if n, _ := sc.lw.set("recipient-prep").at([]token{{norm: prev(1)}}, 0); n == 1 {
		// "adquiere a Dinamarca", "acheté à la France": after a buying
		// verb the preposition names the seller
		w := []token{{norm: prev(2)}}
		for _, kind := range []string{"stage-ordered", "stage-requested"} {
			if n, _ := sc.lw.set(kind).at(w, 0); n > 0 && prev(1) != "to" && prev(1) != "for" {
				return true, false
			}
		}
		return false, true
	}
	// an Arabic preposition attached to the name: "للمغرب", "لقطر"
	if strings.HasSuffix(m.prefix, "ل") {
		return false, true
	}
	// "من الولايات المتحدة", "desde Francia", "aus Deutschland"
	if n, _ := sc.lw.set("supplier-prep").at([]token{{norm: prev(1)}}, 0); n == 1 && prev(1) != "by" && prev(1) != "par" {
		return true, false
	}
	if (prev(1) == "of" || prev(1) == "du" || prev(1) == "de") && (prev(2) == "government" || prev(2) == "gouvernement") {
		return false, true
	}
	if prev(1) == "from" || prev(1) == "aupres" {
		return true, false
	}
	if prev(1) == "by" || prev(1) == "par" {
		// "bought by India" names the buyer; "delivered by France" the seller
		w := []token{{norm: prev(2)}}
		for _, kind := range []string{"stage-ordered", "stage-requested"} {
			if n, _ := sc.lw.set(kind).at(w, 0); n > 0 {
				return false, true
			}
		}
		return true, false
	}
	// subject of a buying or receiving verb: "Poland has signed", "L'Inde a
	// signé", "Brazil received"
	// Arabic puts the verb first: "تسلمت الكويت", "وقعت قطر"
	if sc.toks[m.tok0].arabic {
		for k := m.tok0 - 1; k >= 0 && k >= m.tok0-2; k-- {
			if r, s := verbRole(sc, k); r || s {
				return s, r
			}
		}
	}
	for k := m.tok1; k < len(sc.toks) && k < m.tok1+4; k++ {
		// the verb after another state is that state's: "Deutschland hat
		// der Ukraine ... übergeben"
		if sc.countryAt(k) {
			break
		}
		if rec, sup := verbRole(sc, k); rec || sup {
			return sup, rec
		}
		// "The Netherlands will supply 18 F-16s": the subject gives
		if n, _ := sc.lw.set("supply-verb").at(sc.toks, k); n > 0 {
			return true, false
		}
	}
	return false, false
}

// verbRole tells whether the verb at token k makes its subject the
// recipient ("received", "ordered") or the supplier ("delivered").
func verbRole(sc *sentScan, k int) (rec, sup bool) {
	if n, _ := sc.lw.set("stage-received").at(sc.toks, k); n > 0 {
		return true, false
	}
	for _, kind := range []string{"stage-requested", "stage-ordered"} {
		if n, _ := sc.lw.set(kind).at(sc.toks, k); n > 0 {
			return true, false
		}
	}
	if n, _ := sc.lw.set("stage-delivered").at(sc.toks, k); n > 0 {
		if receiving(sc.toks[k : k+n]) {
			return true, false
		}
		return false, true
	}
	return false, false
}

// countryAt reports whether a country mention starts at token k.
func (sc *sentScan) countryAt(k int) bool {
	for _, m := range sc.mentions {
		if m.kind == mCountry && m.tok0 == k {
			return true
		}
	}
	return false
}

// articles skipped before a country name.
var articles = map[string]bool{"l": true, "le": true, "la": true, "les": true, "the": true, "el": true,
	"los": true, "las": true, "die": true, "der": true, "den": true, "dem": true, "das": true}

// focus returns the document's main supplier and recipient from the facts
// found so far, else from how often countries are named.
func (d *docScan) focus() (sup, rec string) {
	if d.notice {
		return "US", d.buyer
	}
	sc, rc := map[string]int{}, map[string]int{}
	for _, f := range d.facts {
		if f.Supplier != nil && f.Recipient != nil {
			sc[f.Supplier.String()]++
			rc[f.Recipient.String()]++
		}
	}
	sup, rec = top(sc, ""), top(rc, "")
	if rec == "" {
		cnt := map[string]int{}
		for _, s := range d.sents {
			for _, m := range s.countries() {
				if m.sub != "demonym" {
					cnt[m.id]++
				}
			}
		}
		rec = top(cnt, sup)
	}
	return sup, rec
}

func top(m map[string]int, except string) string {
	best, bn := "", 0
	for k, v := range m {
		if k == except {
			continue
		}
		if v > bn || v == bn && k < best {
			best, bn = k, v
		}
	}
	return best
}

// pair resolves supplier and recipient in a sentence, given a default
// supplier (a system's country of origin).
func (d *docScan) pair(sc *sentScan, origin string) (sup, rec string) {
	var sups, recs, others, owners []string
	for _, m := range sc.countries() {
		s, r := d.roleCues(sc, m)
		switch {
		case s && r:
			owners = append(owners, m.id)
		case s:
			sups = append(sups, m.id)
		case r:
			recs = append(recs, m.id)
		default:
			others = append(others, m.id)
		}
	}
	// "24 F-16 daneses" bought by Argentina: the former owner sells; "les
	// Rafale grecs" with no other buyer: the owner received them
	for _, o := range owners {
		if len(recs) > 0 {
			sups = append(sups, o)
		} else {
			recs = append(recs, o)
		}
	}
	named := false
	for _, m := range sc.countries() {
		if m.id == origin {
			named = true
		}
	}
	switch {
	case origin != "" && (len(sups) == 0 || named):
		sup = origin
	case len(sups) > 0:
		sup = sups[0] // "Le Royaume-Uni a livré ... des Storm Shadow"
	default:
		sup = origin
	}
	for _, lists := range [][]string{recs, others, sups} {
		for _, c := range lists {
			if c != sup && rec == "" {
				rec = c
			}
		}
	}
	fs, fr := d.focus()
	if sup == "" && len(others) > 0 {
		// no cue: the document's usual supplier if named here, else the
		// first state named (the subject: "Washington a soutenu Rabat")
		for _, c := range others {
			if c == fs {
				sup = c
			}
		}
		if sup == "" {
			sup = others[0]
		}
		if rec == sup {
			rec = ""
			for _, lists := range [][]string{recs, others} {
				for _, c := range lists {
					if c != sup && rec == "" {
						rec = c
					}
				}
			}
		}
	}
	if d.notice {
		fs, fr = "US", d.buyer
	}
	if sup == "" && fs != rec {
		sup = fs
	}
	if rec == "" && fr != sup {
		rec = fr
	}
	if sup == rec {
		return "", ""
	}
	return sup, rec
}

// ruleTransfer: a named or generic system in a sentence that also says who
// gets it, or how many, or at which stage.
func ruleTransfer(d *docScan, i int, sc *sentScan) {
	if sc.has("denial") {
		return // "Jordan denied having requested Patriot"
	}
	inService := len(sc.toks)
	if ps := sc.cuePositions("in-service"); len(ps) > 0 {
		inService = ps[0]
	}
	carriers := sc.cuePositions("carrier")
	var syss []mention
	for k, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && m.tok0 > inService {
			continue // "to replace its ageing F-5": what it has, not what it gets
		}
		carried := false
		for _, c := range carriers {
			if c < m.tok0 && m.tok0-c <= 8 {
				carried = true // "flown in by an Indian Air Force C-17"
			}
		}
		if carried {
			continue
		}
		if m.kind == mGeneric && sc.component(m) {
			continue // "F-16s, including engines and training"
		}
		switch m.kind {
		case mSystem:
			// "M30A2 GMLRS": a second name right after the first
			// describes it
			if k > 0 && sc.mentions[k-1].kind == mSystem && m.tok0 == sc.mentions[k-1].tok1 && !strings.ContainsAny(sc.toks[m.tok0].gap, ",;:(") {
				continue
			}
			syss = append(syss, m)
		case mGeneric:
			// "missiles HIMARS", "avions de combat Apache": the generic word
			// describes the system that follows
			if k+1 < len(sc.mentions) && sc.mentions[k+1].kind == mSystem && sc.mentions[k+1].tok0-m.tok1 <= 2 {
				continue
			}
			syss = append(syss, m)
		}
	}
	if len(syss) == 0 {
		return
	}
	namedCount := 0
	for _, m := range syss {
		if m.kind == mSystem {
			namedCount++
		}
	}
	stage, stagePos := sc.stageOf(syss[0].tok0, syss[0].tok1)
	if d.notice {
		stage = domain.StageApproved
	}
	if sc.negated() && stage != domain.StageRequested {
		return // a negation never orders or delivers
	}
	// the money of the sentence goes to its first named system, unless this
	// is a notice, where money is the case's total
	usedMoney := map[int]bool{}
	sentenceSup := ""
	for _, m := range syss {
		var f domain.Fact
		f.Type = domain.TypeTransfer
		origin := ""
		if m.kind == mSystem {
			s, _ := d.x.lex.System(m.id)
			origin = s.Origin
			// "The contract also covers Meteor missiles": a co-produced
			// system whose listed origin the text never names is sold by
			// the document's supplier
			if fs, _ := d.focus(); fs != "" && fs != origin && len(sc.countries()) == 0 && !d.names(origin) {
				origin = fs
			}
			f.System = &domain.System{ID: s.ID, Name: s.Name, Designation: s.Designation, Aliases: s.Aliases, Category: s.Category, Origin: s.Origin, Maker: s.Maker}
		} else {
			origin = sentenceSup
			f.System = &domain.System{Category: m.id}
		}
		f.System.Mention = string([]rune(d.doc.Text)[m.start:m.end])
		sup, rec := d.pair(sc, origin)
		if sup == "" || rec == "" {
			continue
		}
		implicit := m.kind == mSystem && sup == origin && !sc.names(origin)
		if sentenceSup == "" {
			sentenceSup = sup
		}
		// "The US Army awarded Lockheed Martin a contract for 1,200 PAC-3
		// MSE": making or buying at home, when no buyer is named here
		if !d.notice && !sc.names(rec) {
			if from, to := sc.stretchOf(m.tok0); sc.cueIn("production", from, to) {
				continue
			}
		}
		if !d.notice {
			// "fired 12 Iskander missiles at Kharkiv", "shot down with
			// Patriot": weapons in use are not changing hands
			if from, to := sc.stretchOf(m.tok0); sc.cueIn("combat", from, to) {
				continue
			}
		}
		if stage != domain.StageRequested && !d.notice {
			from, to := sc.clauseOf(m.tok0)
			if _, ok := sc.lw.set("future").any(sc.toks, from, to); ok {
				continue // "deliveries are expected in 2027"
			}
			// "Colombia is considering buying fighters": a hypothetical in
			// the system's clause or in the stage verb's
			if sc.cueIn("hypothetical", from, to) {
				continue
			}
			if stagePos >= 0 {
				sf, st := sc.clauseOf(stagePos)
				if sc.cueIn("hypothetical", sf, st) {
					continue
				}
			}
		}
		q := sc.quantityBefore(m)
		if d.notice && q == 0 {
			continue // a notice lists what is sold with its quantity
		}
		// a generic word ("radars", "drones") is a transfer only beside
		// named systems, or with a stage and a number or an amount
		if m.kind == mGeneric && namedCount == 0 && (stage == "" || q == 0 && len(sc.money) == 0) {
			continue
		}
		// with no stage, count or amount, a transfer needs a word for a
		// deal ("the sale of Harpoon missiles to Morocco")
		if !d.notice && stage == "" && q == 0 && len(sc.money) == 0 {
			if _, ok := sc.lw.set("deal").any(sc.toks, 0, len(sc.toks)); !ok {
				continue
			}
		}
		f.Supplier, f.Recipient = party(sup), party(rec)
		f.Quantity = q
		if !d.notice && m.kind == mSystem && sc.aggregateMoney() < 0 {
			if k := sc.moneyFor(m, usedMoney); k >= 0 {
				mo := sc.money[k]
				f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
				if mo.currency == "USD" {
					f.ValueUSD = mo.amount
				}
				usedMoney[k] = true
			}
		}
		f.Stage = stage
		if !d.notice {
			at := m.tok0
			if stagePos >= 0 {
				at = stagePos
			}
			f.Year = sc.yearNear(at)
			if f.Year == 0 && stage != "" && !d.pub.IsZero() {
				f.Year = d.pub.Year()
			}
		}
		conf := 0.6
		if m.kind == mSystem {
			conf += 0.15
		}
		if stage != "" {
			conf += 0.1
		}
		// "Slovakia and Bulgaria ordered F-16s": one fact per buyer
		for _, other := range append([]string{rec}, sc.conjoinedWith(rec, sup)...) {
			g := f
			g.Recipient = party(other)
			if implicit {
				d.implicitSup[len(d.facts)] = true
			}
			d.add(i, sc, g, "transfer.system", conf)
		}
	}
}

// names reports whether the sentence names a country.
func (sc *sentScan) names(code string) bool {
	for _, m := range sc.countries() {
		if m.id == code {
			return true
		}
	}
	return false
}

// settleSuppliers: a transfer whose supplier was only the system's country
// of origin ("Nigeria takes delivery of Super Tucanos") takes the supplier
// that another sentence states for the same system and recipient ("from the
// United States").
func (d *docScan) settleSuppliers() {
	for i := range d.facts {
		f := &d.facts[i]
		if !d.implicitSup[i] || f.Type != domain.TypeTransfer {
			continue
		}
		for j := range d.facts {
			g := d.facts[j]
			if j == i || d.implicitSup[j] || g.Type != domain.TypeTransfer || g.System == nil || g.System.ID != f.System.ID || g.Recipient.String() != f.Recipient.String() {
				continue
			}
			f.Supplier = g.Supplier
			break
		}
	}
}

// quantityBefore finds the number that counts a system: "18 HIMARS", "36
// avions de combat Rafale", "twenty (20) M142", "two batteries of Patriot".
func (sc *sentScan) quantityBefore(m mention) int {
	best := 0
	for _, n := range sc.nums {
		if n.tok1 > m.tok0 || m.tok0-n.tok1 > 7 {
			continue
		}
		// nothing that ends a clause or names another system in between
		blocked := n.value < 2 // "Type 1", "one of": not a count
		for k := n.tok1; k <= m.tok0 && k < len(sc.toks); k++ {
			g := sc.toks[k].gap
			if k == n.tok1 {
				if strings.Contains(g, "%") {
					blocked = true // "90% commonality"
				}
				g = strings.Replace(g, ")", "", 1) // "twenty (20) M142"
			}
			if strings.ContainsAny(g, ";:(),\\") {
				blocked = true
			}
		}
		for _, o := range sc.mentions {
			if o.kind == mSystem && o.tok0 >= n.tok1 && o.tok1 <= m.tok0 {
				blocked = true
			}
		}
		if n.tok1 < len(sc.toks) {
			if k, _ := sc.lw.set("quantity-stop").at(sc.toks, n.tok1); k > 0 {
				blocked = true
			}
			if k, _ := sc.lw.set("scale").at(sc.toks, n.tok1); k > 0 && n.tok1 != m.tok0 && (len(sc.toks[n.tok1].norm) > 1 || sc.toks[n.tok1].gap == "") {
				blocked = true
			}
		}
		if strings.HasSuffix(strings.TrimSpace(sc.toks[n.tok0].gap), "$") || n.value >= 100000 {
			blocked = true
		}
		if !blocked {
			best = int(n.value)
		}
	}
	return best
}

// aggregate candidates, chosen per pair at the end.
type aggCand struct {
	f     domain.Fact
	i     int
	sc    *sentScan
	total bool
}

// ruleAggregate: money that is not the price of a named system, in a
// sentence about arms deals or a notice's total.
func ruleAggregate(d *docScan, i int, sc *sentScan) {
	if len(sc.money) == 0 || sc.doubtful() && !d.notice {
		return
	}
	if sc.valueUsed {
		return
	}
	aggAt := sc.aggregateMoney()
	for _, m := range sc.mentions {
		if m.kind == mSystem && !d.notice && aggAt < 0 {
			return
		}
		if m.kind == mNamed && m.sub == "program" && isAidProgram(m.id) {
			return
		}
	}
	_, isTotal := sc.lw.set("total").any(sc.toks, 0, len(sc.toks))
	if !d.notice {
		if _, ok := sc.lw.set("aggregate").any(sc.toks, 0, len(sc.toks)); !ok {
			return
		}
	}
	sup, rec := d.pair(sc, "")
	if d.notice {
		sup, rec = "US", d.buyer
	}
	if sup == "" || rec == "" {
		return
	}
	mo := sc.money[0]
	if aggAt >= 0 {
		mo = sc.money[aggAt]
	}
	if isTotal || d.notice {
		for _, x := range sc.money {
			if x.amount > mo.amount {
				mo = x
			}
		}
	}
	f := domain.Fact{Type: domain.TypeAggregate, Supplier: party(sup), Recipient: party(rec),
		Value: &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}}
	if mo.currency == "USD" {
		f.ValueUSD = mo.amount
	}
	d.aggs = append(d.aggs, aggCand{f: f, i: i, sc: sc, total: isTotal})
}

// pickAggregates keeps one aggregate per pair: a stated total first, the
// largest amount among equals.
func (d *docScan) pickAggregates() {
	cands := d.aggs
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
		d.add(c.i, c.sc, c.f, "aggregate.total", conf)
	}
}

// isAidProgram: programs that give or lend (IMET, FMF, ...) rather than
// sell (FMS, DCS).
func isAidProgram(id string) bool {
	id = strings.ToLower(id)
	return !(strings.Contains(id, "foreign-military-sales") || id == "fms" || strings.Contains(id, "direct-commercial") || id == "dcs")
}

// ruleAssistance: an aid program with an amount (or an explicit
// beneficiary) in the sentence.
func ruleAssistance(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	for _, m := range sc.mentions {
		if m.kind != mNamed || m.sub != "program" || !isAidProgram(m.id) {
			continue
		}
		n, _ := d.x.lex.NamedEntry(m.id)
		sup, rec := d.pair(sc, "")
		if len(sc.countries()) == 0 && len(sc.money) == 0 {
			continue
		}
		if rec == "" {
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
				_, rec = d.focus()
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
		if len(sc.money) > 0 {
			mo := sc.money[0]
			f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
			if mo.currency == "USD" {
				f.ValueUSD = mo.amount
			}
		} else if !sc.has("assistance") {
			continue
		}
		for _, y := range sc.years {
			if !y.relative || f.Year == 0 {
				f.Year = y.year
			}
		}
		d.add(i, sc, f, "assistance.program", 0.7)
		return
	}
}

var durationWords = map[string]bool{"year": true, "years": true, "ans": true, "an": true, "annees": true, "anos": true, "años": true, "jahre": true, "سنوات": true, "سنه": true, "اعوام": true, "عاما": true, "عام": true}

// ruleAgreement: an agreement word with a signature, a year or a duration.
func ruleAgreement(d *docScan, i int, sc *sentScan) {
	if sc.doubtful() {
		return
	}
	pos, ok := sc.lw.set("agreement").any(sc.toks, 0, len(sc.toks))
	if !ok {
		return
	}
	// "acuerdos de venta de armas", "an agreement to buy": a deal
	for p := pos + 1; p <= pos+3 && p < len(sc.toks); p++ {
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
	dur := 0
	for _, n := range sc.nums {
		if n.tok1 < len(sc.toks) && (durationWords[sc.toks[n.tok1].norm] || sc.lw.isDuration(sc.toks, n.tok1)) && n.value <= 50 {
			dur = int(n.value)
		}
	}
	year := sc.yearNear(pos)
	if !sc.has("agreement-sign") && year == 0 && dur == 0 {
		return
	}
	seen := map[string]bool{}
	var parties []domain.Party
	for _, m := range sc.countries() {
		if !seen[m.id] && m.sub != "agency" {
			seen[m.id] = true
			parties = append(parties, domain.Party{Code: m.id})
		}
	}
	if year == 0 && !d.pub.IsZero() && sc.has("agreement-sign") {
		year = d.pub.Year() // "ont signé" in a dated article
	}
	if len(parties) < 2 {
		fs, fr := d.focus()
		for _, c := range []string{fs, fr} {
			if c != "" && !seen[c] && len(parties) < 2 {
				seen[c] = true
				parties = append(parties, domain.Party{Code: c})
			}
		}
	}
	if len(parties) < 2 {
		return
	}
	f := domain.Fact{Type: domain.TypeAgreement, Parties: parties, Year: year, DurationYears: dur}
	d.add(i, sc, f, "agreement.signed", 0.65)
}

// ruleMembership: an organisation with a joining or participation word and
// a state (or "the kingdom", meaning the document's subject).
func ruleMembership(d *docScan, i int, sc *sentScan) {
	var orgs []mention
	seenOrg := map[string]bool{}
	for _, m := range sc.mentions {
		// an organisation named twice in a sentence ("NATO ... the Atlantic
		// Alliance") is one organisation
		if m.kind == mNamed && m.sub == "organization" && !seenOrg[m.id] {
			seenOrg[m.id] = true
			orgs = append(orgs, m)
		}
	}
	prevOrg := d.lastOrg
	if len(orgs) > 0 {
		d.lastOrg = orgs[len(orgs)-1].id
	}
	if sc.doubtful() || !sc.has("membership") {
		return
	}
	if len(orgs) == 0 && prevOrg != "" {
		// "Sweden, which joined the alliance in March": the organisation
		// named last
		if p, ok := sc.lw.set("org-anaphor").any(sc.toks, 0, len(sc.toks)); ok {
			orgs = append(orgs, mention{kind: mNamed, id: prevOrg, sub: "organization", tok0: p, tok1: p + 1})
		}
	}
	for k, o := range orgs {
		// the states named before it in the same stretch: "Austria and
		// Switzerland joined ...", "la participation du Maroc au Forum"
		lo := 0
		if k > 0 {
			lo = orgs[k-1].tok1
		}
		var members []string
		for _, c := range sc.countries() {
			if c.tok1 <= o.tok0 && c.tok0 >= lo && c.sub != "demonym" && c.sub != "agency" && !contains(members, c.id) {
				members = append(members, c.id)
			}
		}
		if len(members) > 1 && !sc.conjoined(lo, o.tok0) {
			members = members[len(members)-1:]
		}
		member := ""
		if len(members) > 0 {
			member = members[len(members)-1]
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
		n, _ := d.x.lex.NamedEntry(o.id)
		for _, mb := range members {
			f := d.membership(sc, orgs, k, o, mb, n)
			d.add(i, sc, f, "membership.joined", 0.65)
		}
	}
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
		return f
	}
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

// clauseOf returns the token range of the clause around t: it ends at
// commas, semicolons, colons, dashes and brackets, and before "and"/"but".
func (sc *sentScan) clauseOf(t int) (from, to int) {
	from, to = t, t+1
	for from > 0 && !clauseBreak(sc.toks[from]) {
		from--
	}
	for to < len(sc.toks) && !clauseBreak(sc.toks[to]) {
		to++
	}
	return from, to
}

func clauseBreak(t token) bool {
	if strings.ContainsAny(t.gap, ",;:—–()") {
		return true
	}
	switch t.norm {
	case "and", "but", "while", "whereas", "mais", "tandis", "alors", "pero", "mientras", "aber", "und", "et":
		return true
	}
	return false
}

// boundaryBetween reports whether a clause ends between tokens a and b.
func (sc *sentScan) boundaryBetween(a, b int) bool {
	for t := a; t <= b && t < len(sc.toks); t++ {
		if strings.ContainsAny(sc.toks[t].gap, ",;:—–()") {
			return true
		}
		switch sc.toks[t].norm {
		case "including", "notamment", "dont", "incluyendo", "including:":
			return true
		}
	}
	return false
}

var exerciseNameRe = regexp.MustCompile(`(?:exercise|exercice|ejercicio|maniobras|manœuvres|Übung)\s+[«"“]?\s*((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+){0,3})`)

// ruleExercise: a named exercise, from the lexicon or "exercise
// <Capitalised Name>", with the states taking part.
func ruleExercise(d *docScan, i int, sc *sentScan) {
	name, at := "", 0
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "exercise" {
			n, _ := d.x.lex.NamedEntry(m.id)
			name, at = n.Name, m.tok0
			break
		}
	}
	if name == "" {
		if mm := exerciseNameRe.FindStringSubmatch(sc.s.text); mm != nil {
			name = mm[1]
		}
	}
	if name == "" || sc.doubtful() && !sc.has("exercise") {
		return
	}
	seen := map[string]bool{}
	var parties []domain.Party
	for _, m := range sc.countries() {
		if !seen[m.id] && m.sub != "agency" {
			seen[m.id] = true
			parties = append(parties, domain.Party{Code: m.id})
		}
	}
	f := domain.Fact{Type: domain.TypeExercise, Name: name, Parties: parties, Year: sc.yearNear(at)}
	if f.Year == 0 && !d.pub.IsZero() {
		f.Year = d.pub.Year()
	}
	d.add(i, sc, f, "exercise.named", 0.6)
}

var (
	attribRe = regexp.MustCompile(`(?i)(?:according to|selon|d'après|según|citing|quoted by|cité par|حسب|وفقا لـ?|نقلا عن)\s+(?:the |le |la |les |l'|el |los |un |une |a )?((?:[\p{Lu}][\p{L}\p{N}'’.-]*|site|journal|daily|agence|agency|\p{Arabic}+)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’.-]*|de|du|of|\p{Arabic}+)){0,4})`)
	saidRe   = regexp.MustCompile(`,\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*)\s+(?:said|told|reported|announced|a déclaré|a annoncé|a indiqué|a affirmé|dijo|afirmó)\b`)
	sameRe   = regexp.MustCompile(`(?i)(?:selon la même source|according to the same source|same source|même source|según la misma fuente|المصدر نفسه|نفس المصدر)`)
)

// attribution returns who the sentence says said it.
func attribution(sc *sentScan, prev string) string {
	t := sc.s.text
	low := strings.ToLower(t)
	if !strings.ContainsAny(low, "ح") && !containsAny(low, attribHints) {
		return ""
	}
	if sameRe.MatchString(t) {
		return prev
	}
	if m := attribRe.FindStringSubmatch(t); m != nil {
		return strings.TrimRight(strings.TrimSpace(m[1]), ".,")
	}
	if m := saidRe.FindStringSubmatch(t); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

var (
	numDateRe = regexp.MustCompile(`\b([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)\b`)
	isoDateRe = regexp.MustCompile(`\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:\b|T)`)
)

// findDate reads the first full date in a text head: "March 28, 2018", "28
// mars 2018", "23/09/2016", "2018-03-28".
func findDate(s string, lw *langWords) time.Time {
	type cand struct {
		pos int
		t   time.Time
	}
	var best *cand
	consider := func(pos int, y, m, dd int) {
		if y < 1950 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > 31 {
			return
		}
		if best == nil || pos < best.pos {
			best = &cand{pos, time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)}
		}
	}
	if m := isoDateRe.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, mo, dd)
	}
	if m := numDateRe.FindStringSubmatchIndex(s); m != nil {
		dd, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, mo, dd)
	}
	// month names: "March 28, 2018", "28 mars 2018", "(Tuesday, April 14, 2026)"
	toks := tokenize(s, 0)
	byteOf := newRuneText(s)
	// "16 de abril de 2024": the connectors between day, month and year
	var kept []token
	for _, t := range toks {
		if t.norm == "de" || t.norm == "del" || t.norm == "of" {
			continue
		}
		kept = append(kept, t)
	}
	toks = kept
	num := func(t token) int { v, _ := strconv.Atoi(toASCIIDigits(t.raw)); return v }
	for i, t := range toks {
		mo, ok := 0, false
		last := i // the month's last token: "كانون الأول" is two
		if i+1 < len(toks) {
			mo, ok = lw.months[t.norm+" "+toks[i+1].norm]
			last = i + 1
		}
		if !ok {
			mo, ok = lw.months[t.norm]
			last = i
		}
		if !ok || t.digit {
			continue
		}
		// day before (28 mars 2018) or after (March 28, 2018), then year
		var day, year int
		if last+2 < len(toks) && toks[last+1].digit && toks[last+2].digit {
			day, year = num(toks[last+1]), num(toks[last+2])
		} else if i > 0 && last+1 < len(toks) && toks[i-1].digit && toks[last+1].digit {
			day, year = num(toks[i-1]), num(toks[last+1])
		}
		if year > 0 {
			consider(byteOf.byteOf(t.start), year, mo, day)
			break
		}
	}
	if best == nil {
		return time.Time{}
	}
	return best.t
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// names reports whether the document names a country anywhere.
func (d *docScan) names(code string) bool {
	for _, sc := range d.sents {
		for _, m := range sc.mentions {
			if m.kind == mCountry && m.id == code {
				return true
			}
		}
	}
	return false
}

// attribHints are substrings without which no attribution pattern can
// match; checking them first spares the regexps on most sentences.
var attribHints = []string{"accord", "selon", "d'apr", "d’apr", "según", "segun", "citing", "quoted", "cité", "said", "told", "report", "announc", "déclar", "annonc", "indiqu", "affirm", "dijo", "afirm", "وفق", "نقل", "same source", "même source", "misma fuente"}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// aggregateMoney returns the index of a money span that a stated total of
// arms deals follows ("$15 billion of US military equipment"), or -1.
func (sc *sentScan) aggregateMoney() int {
	cues := sc.cuePositions("aggregate")
	for i, m := range sc.money {
		end := tokIndexAt(sc.toks, m.end)
		for _, c := range cues {
			if c >= end && c-end <= 3 && !sc.boundaryBetween(end, c) {
				return i
			}
		}
	}
	return -1
}

// mainTransfer is the transfer the document is mostly about: the first one
// with a named system, preferring one whose parties the sentence names.
func (d *docScan) mainTransfer(sc *sentScan) *domain.Fact {
	named := map[string]bool{}
	for _, m := range sc.countries() {
		named[m.id] = true
	}
	var first *domain.Fact
	for k := range d.facts {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID == "" {
			continue
		}
		if len(named) == 0 || named[f.Supplier.String()] || named[f.Recipient.String()] {
			return f
		}
		if first == nil {
			first = f
		}
	}
	if len(named) > 0 {
		return nil
	}
	return first
}

// ruleDealValue: a sentence with an amount about "the sale", "the deal" or
// "le contrat", and no system of its own, gives the amount (and the stage it
// states) to the deal the document is about.
func ruleDealValue(d *docScan, i int, sc *sentScan) {
	if d.notice || len(sc.money) == 0 || sc.doubtful() || sc.aggregateMoney() >= 0 {
		return
	}
	if _, ok := sc.lw.set("deal").any(sc.toks, 0, len(sc.toks)); !ok {
		return
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric || m.kind == mNamed && m.sub == "program" {
			return
		}
	}
	main := d.mainTransfer(sc)
	if main == nil {
		return
	}
	stage, pos := sc.stageOf(0, 0)
	f := domain.Fact{Type: domain.TypeTransfer, Supplier: main.Supplier, Recipient: main.Recipient, System: main.System, Stage: stage}
	mo := sc.money[0]
	f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
	if mo.currency == "USD" {
		f.ValueUSD = mo.amount
	}
	if pos < 0 {
		pos = 0
	}
	f.Year = sc.yearNear(pos)
	if stage == "" {
		f.Stage = main.Stage
		if f.Year == 0 {
			f.Year = main.Year
		}
	} else if f.Year == 0 && !d.pub.IsZero() && stage != domain.StageRequested {
		f.Year = d.pub.Year()
	}
	sc.valueUsed = true
	d.add(i, sc, f, "transfer.value", 0.6)
}

// moneyFor picks the amount that prices a system: the nearest unused amount
// before it in the sentence ("$3.37 billion to 180 K2 tanks and $2.4
// billion to 212 K9"), else the nearest after it.
func (sc *sentScan) moneyFor(m mention, used map[int]bool) int {
	best, bestDist := -1, 1<<30
	for k, mo := range sc.money {
		if used[k] {
			continue
		}
		t := tokIndexAt(sc.toks, mo.start)
		dist := m.tok0 - t
		if dist < 0 {
			dist = -dist + 8 // an amount after the system counts as farther
		}
		// an amount separated from the system by another named system
		// belongs to that one
		for _, o := range sc.mentions {
			if o.kind == mSystem && o.tok0 != m.tok0 && (t < o.tok0 && o.tok0 < m.tok0 || m.tok0 < o.tok0 && o.tok0 < t) {
				dist += 40
			}
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// receiveStems are the stems of delivery words whose subject is the
// recipient ("received", "a réceptionné", "took delivery", "recibió",
// "تسلم"); the subject of the other delivery words is the supplier.
var receiveStems = []string{"receiv", "recu", "recoi", "reception", "took", "takes", "take", "recib", "recep", "inducted", "commissioned", "tsl", "تسلم", "استلم", "erhielt", "erhalt", "empfang", "recebeu"}

func receiving(toks []token) bool {
	for _, t := range toks {
		for _, st := range receiveStems {
			if strings.HasPrefix(t.norm, st) {
				return true
			}
		}
	}
	return false
}

// determiners before a word that make it a noun: "the purchase", "Romania's
// purchase", "la commande" (but "L'Indonésie commande 42 Rafale" is a verb).
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "s": true, "this": true, "that": true,
	"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "sa": true, "son": true, "ses": true, "leur": true, "cette": true, "ce": true,
	"du": true, "de": true, "des": true, "d": true, "el": true, "los": true, "las": true, "una": true, "su": true, "der": true, "die": true, "das": true}

// isDuration reports whether a duration word ("years", "Jahren", "سنوات")
// starts at token k.
func (lw *langWords) isDuration(toks []token, k int) bool {
	n, _ := lw.set("duration").at(toks, k)
	return n > 0
}

// component reports whether a generic mention lists a part of a named
// system named before it: "... F-16 jets, including engines", "تشمل
// المحركات".
func (sc *sentScan) component(g mention) bool {
	named := -1
	for _, m := range sc.mentions {
		if m.kind == mSystem && m.tok1 <= g.tok0 {
			named = m.tok1
		}
	}
	if named < 0 {
		return false
	}
	return sc.cueIn("component", named, g.tok0)
}

// parentOf reports whether system a is a family of which b is a variant:
// "F-16" and "F-16 Block 70/72".
func parentOf(a, b *domain.System) bool {
	if a == nil || b == nil || a.ID == "" || b.ID == "" || a.ID == b.ID || a.Designation == "" {
		return false
	}
	return strings.HasPrefix(b.Name, a.Designation+" ") || strings.HasPrefix(b.Designation, a.Designation) && b.Designation != a.Designation
}

// conjoinedWith returns the other states named in a list with code ("A and
// B", "A, B et C"), leaving out except.
func (sc *sentScan) conjoinedWith(code, except string) []string {
	cs := sc.countries()
	// groups of mentions joined only by commas, conjunctions and articles
	group := make([]int, len(cs))
	for k := 1; k < len(cs); k++ {
		group[k] = group[k-1]
		if !sc.joined(cs[k-1].tok1, cs[k].tok0) {
			group[k] = group[k-1] + 1
		}
	}
	g := -1
	for k, c := range cs {
		if c.id == code && c.sub != "demonym" {
			g = group[k]
		}
	}
	var out []string
	for k, c := range cs {
		if group[k] == g && c.id != code && c.id != except && c.sub != "demonym" && c.sub != "agency" && !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// joined reports whether the tokens in [a, b) only join two names: "and",
// "et", "y", "und", "و", articles, and commas between them.
func (sc *sentScan) joined(a, b int) bool {
	if b <= a || b-a > 3 {
		return b == a && strings.ContainsAny(sc.toks[b].gap, ",،")
	}
	conj := false
	for t := a; t < b; t++ {
		switch w := sc.toks[t].norm; {
		case w == "and" || w == "et" || w == "y" || w == "e" || w == "und" || w == "و":
			conj = true
		case articles[w] || w == "les" || w == "der" || w == "die":
		default:
			return false
		}
	}
	return conj
}

// stretchOf returns the token range around t between punctuation marks: a
// clause with its coordinated parts ("fired 12 Iskanders and 30 Shaheds").
func (sc *sentScan) stretchOf(t int) (from, to int) {
	from, to = t, t+1
	for from > 0 && !strings.ContainsAny(sc.toks[from].gap, ",;:—–()") {
		from--
	}
	for to < len(sc.toks) && !strings.ContainsAny(sc.toks[to].gap, ",;:—–()") {
		to++
	}
	return from, to
}
