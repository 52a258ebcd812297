package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// One deal told in two stages, each with its own number (docs/annotating.md:
// "ordered 24 … the first 6 arrived" makes two facts): a batch delivered
// and the whole ordered. partOf and firstOf read "6 of the 24" and "the
// first 6 of 24"; the rules here read the whole where it stands apart from
// the part:
//   - after the system: "four more Rafale …, bringing to 16 the number
//     delivered out of the 30 ordered in 2021", "another three Rafale, part
//     of the 42 it ordered", "the remaining 12 Leopard tanks of the 44 it
//     ordered", "les deux derniers Rafale des 24 commandés", "los cuatro
//     Black Hawk restantes de los 12 que compró", "weitere sechs F-35, von
//     insgesamt 52 im Jahr 2012 bestellten Jets" (batchWhole);
//   - in the next sentence: "Chile recibió 10 tanques Leopard. El contrato
//     por 40 unidades se firmó en 2021" (batchOrderNext);
//   - linked by a possessive or a total's filler: "10 of its 180 K2",
//     "zehn der insgesamt 180" (batchPartOf);
//   - as "of them" after the part: "received seven of them …, under a
//     contract for 15" (batchOfThem);
//   - after the comma of a future delivery: "doit recevoir 24 Rafale,
//     commandés en 2021" (orderedAfterComma);
//   - as a larger count in another sentence of the deal (batchCountApart);
// and each stage takes the year written beside its own word: "the last two
// of the 12 FA-50 it bought under a 2014 deal" dates the order, not the
// delivery (batchYears); a dateline's year dates no event the sentence
// dates itself (datelineYearApart), and "Block 25" counts nothing
// (variantNumber).

// batchFiller reports a word that may stand between a part and its whole
// besides the of-words and possessives: the whole's own fillers
// (whole-filler of lang_<code>.tsv) and batch-filler's German articles,
// the words of an order's count ("of an order for 30", "10 من بين 180")
// and "more" ("six more of its 24", "seis más de sus 24").
func (sc *sentScan) batchFiller(w string) bool {
	return sc.lw.isWord("batch-filler", w) || sc.lw.isWord("whole-filler", w)
}

// batchWhole finds the whole ordered after a counted system m: an of-word
// (with fillers, or a word for the order: "of an order for 30"), the
// whole's number, and then a word of the ordered stage within six tokens
// ("the 44 it ordered", "des 24 commandés", "de los 12 que compró", "der 44
// im Jahr 2018 bestellten") unless the order word came before it. The
// part is the count before m; the whole is larger.
func (sc *sentScan) batchWhole(m mention, nsys int) (part, total int) {
	part = sc.quantityBefore(m)
	if part < 1 {
		return 0, 0
	}
	if _, ok := sc.wholeAfter(m.tok1, part); ok {
		return 0, 0 // enfres_whole.go reads it, with the amount it moves to the whole
	}
	for _, n := range sc.nums {
		if n.tok0 < m.tok1 || int(n.value) <= part || n.value >= 10000 {
			continue
		}
		// close after m, or anywhere after it in a sentence of one system
		if nsys > 1 && (n.tok0-m.tok1 > 12 || sc.mentionBetween(m.tok1, n.tok0)) {
			continue
		}
		of, orderWord := false, false
		k := n.tok0 - 1
		for steps := 0; k >= m.tok1 && steps < 5; steps, k = steps+1, k-1 {
			w := sc.toks[k].norm
			if sc.lw.isWord("of-prep", w) || w == "out" || w == "part" { // "of the 44", "des 24", "von insgesamt 52", "out of the 30", "part of the 42"
				of = true
			} else if sc.lw.isWord("whole-order", w) || w == "deal" {
				orderWord = true
			} else if !sc.batchFiller(w) {
				break
			}
			if gapBreaks(sc.toks[k].gap) {
				break
			}
		}
		if !of {
			continue
		}
		if !orderWord && !sc.cueIn("stage-ordered", n.tok1, n.tok1+7) {
			continue
		}
		return part, int(n.value)
	}
	return 0, 0
}

// batchYears gives each stage of a part and its whole the year written
// beside its own word: a year goes to a stage word right after it ("a 2014
// deal", "im Jahr 2018 bestellten"), else to the nearest before it (within
// eight tokens, "ordered in 2021"), else the nearest after it (within
// six); the year of a dateline dates nothing here. part is the delivery, whole the order.
func (d *docScan) batchYears(sc *sentScan, part, whole *domain.Fact) {
	if part.Stage != domain.StageDelivered || whole.Stage != domain.StageOrdered {
		return
	}
	type cue struct {
		pos     int
		ordered bool
	}
	var cues []cue
	for _, kind := range []string{"stage-delivered", "stage-received", "stage-ordered", "deal"} {
		for _, p := range sc.cuePositions(kind) {
			cues = append(cues, cue{p, kind == "stage-ordered" || kind == "deal"})
		}
	}
	ordYear, delYear := 0, 0
	for _, y := range sc.years {
		if y.relative || dateline(sc.toks, y.tok0) {
			continue
		}
		// a stage word right after the year takes it ("a 2014 deal",
		// "im Jahr 2018 bestellten"), else the one before it
		best := -1
		for j, c := range cues {
			if dd := c.pos - y.tok0; dd > 0 && dd <= 2 && !sc.boundaryBetween(y.tok0+1, c.pos) {
				best = j
			}
		}
		if best < 0 {
			best = nearestCue(y.tok0, len(cues), func(j int) int { return cues[j].pos }) // stages.go
		}
		if best < 0 {
			continue
		}
		if cues[best].ordered {
			if ordYear != 0 && ordYear != y.year {
				return // two years for the order: a list of deals
			}
			ordYear = y.year
		} else {
			if delYear != 0 && delYear != y.year {
				return
			}
			delYear = y.year
		}
	}
	if ordYear == 0 || ordYear == delYear {
		return
	}
	whole.Year = ordYear
	switch {
	case delYear != 0:
		part.Year = delYear
	case part.Year == ordYear:
		part.Year = 0
		if !d.pub.IsZero() && d.pub.Year() > ordYear {
			part.Year = d.pub.Year() // the date line dates the delivery it reports
		}
		for _, y := range sc.years {
			if part.Year == 0 && dateline(sc.toks, y.tok0) && y.year > ordYear {
				part.Year = y.year
			}
		}
	}
}

// batchOrderNext reads the order of a delivered batch in a sentence that
// follows it and names no system: "Chile recibió 10 tanques Leopard. El
// contrato por 40 unidades se firmó en 2021", "Katar erhielt zehn Boxer.
// Der Vertrag über 60 Fahrzeuge war 2020 unterzeichnet worden" (a count
// larger than the batch, beside a word for the deal), or "China handed
// over two frigates. … the navy procured them under a deal signed in
// 2018" (no count: the same units, ordered in a year of their own). The
// order is a second fact of the delivered one's deal, ordered, with that
// count or the batch's, and the year beside the order word.
func (d *docScan) batchOrderNext() {
	defer d.recalledOrders() // all_events_recalled.go: "… Berlin hatte das System 2023 gekauft"
	n := len(d.facts)        // the orders added here are no batch
	for i := 1; i < len(d.sents); i++ {
		sc := d.sents[i]
		// the delivered batch: the one transfer of the sentence before,
		// or of the one before that (looked up first: most sentences
		// follow none, and the cue scans below cost more)
		k := -1
		for back := 1; back <= batchOrderReach && k < 0 && i-back >= 0; back++ {
			for _, j := range d.bySent[d.sents[i-back].s.start] { // the facts of that sentence (rules.go: add)
				if j >= n || d.facts[j].Type != domain.TypeTransfer {
					continue
				}
				if k >= 0 && factKey(d.facts[k]) != factKey(d.facts[j]) {
					k = -2 // two deals: whose order is it
					break
				}
				if k < 0 {
					k = j
				}
			}
			if k == -2 {
				break
			}
		}
		if k < 0 {
			continue
		}
		f := d.facts[k]
		if f.Stage != domain.StageDelivered || f.System == nil {
			continue
		}
		ordered := sc.cuePositions("stage-ordered")
		if len(ordered) == 0 || !sc.has("deal") || sc.negated() || sc.cueOf("hypothetical") || sc.has("future") || sc.aggregateMoney() >= 0 {
			continue
		}
		// a generic word may restate the batch ("The two aircraft are
		// part of an order for 28"); a named system is the transfer
		// rule's
		named, kinds := false, map[string]bool{}
		for _, m := range sc.mentions {
			if m.kind == mSystem {
				named = true
			}
			if m.kind == mGeneric {
				kinds[m.id] = true
			}
		}
		if named || d.stagedElsewhere(f, domain.StageOrdered) || d.keyInSentence(f, i) {
			continue
		}
		// a state the sentence names is one of the pair
		others := false
		for _, c := range sc.countries() {
			if c.id != f.Supplier.String() && c.id != f.Recipient.String() {
				others = true
			}
		}
		if others || len(kinds) > 1 || len(kinds) == 1 && !kinds[f.System.Category] {
			continue
		}
		year := sc.yearNear(ordered[0])
		var counts []numSpan
		for _, x := range sc.nums {
			if l, _ := sc.lw.set("quantity-stop").at(sc.toks, x.tok1); l > 0 {
				continue // "vor etwa sieben Monaten": no count (at checks the bound)
			}
			if int(x.value) == f.Quantity {
				continue // "the two aircraft": the batch again
			}
			counts = append(counts, x)
		}
		q := 0
		switch {
		case len(counts) == 1 && int(counts[0].value) > f.Quantity && counts[0].value < 10000 && counts[0].value >= 2:
			q = int(counts[0].value)
		case len(counts) == 0 && year != 0 && year != f.Year:
			q = f.Quantity // "procured them under a deal signed in 2018"
		default:
			continue
		}
		g := f
		g.Stage, g.Quantity, g.Year, g.Value, g.ValueUSD = domain.StageOrdered, q, year, nil, 0
		if len(sc.money) == 1 {
			mo := sc.money[0]
			g.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
			if mo.currency == "USD" {
				g.ValueUSD = mo.amount
			}
		}
		d.pending = append([]string(nil), d.meta[k].flags...)
		d.add(i, sc, g, "transfer.description", 0.6)
	}
}

// stagedElsewhere reports whether the document already tells f's deal at
// stage st.
func (d *docScan) stagedElsewhere(f domain.Fact, st string) bool {
	key := factKey(f)
	for _, g := range d.facts {
		if g.Stage == st && factKey(g) == key {
			return true
		}
	}
	return false
}

// batchPartOf finds a part and its whole linked by more than partOf's
// "of the": a possessive ("received 10 of its 180 K2 tanks"), or a filler
// of a total ("zehn der insgesamt 180 bestellten"). The system follows the
// whole closely, or is the sentence's only one.
func (sc *sentScan) batchPartOf(m mention, nsys int) (part, total int) {
	for _, n1 := range sc.nums {
		for _, n2 := range sc.nums {
			if n2.tok0 <= n1.tok1 || n2.tok0-n1.tok1 > 4 || n1.value >= n2.value || n1.value < 1 || n2.value >= 10000 {
				continue
			}
			of, ok := false, true
			for k := n1.tok1; k < n2.tok0 && ok; k++ {
				w := sc.toks[k].norm
				switch {
				case sc.lw.isWord("of-prep", w) || w == "out":
					of = true
				case sc.lw.isWord("part-possessive", w):
					of = of || sc.lw.code == "de"
				case sc.batchFiller(w):
				default:
					ok = false
				}
				if k > n1.tok1 && gapBreaks(sc.toks[k].gap) {
					ok = false
				}
			}
			if !ok || !of {
				continue
			}
			near := n2.tok1 <= m.tok0 && m.tok0-n2.tok1 <= 4 && !sc.boundaryBetween(n2.tok1, m.tok0)
			if near || nsys == 1 {
				return int(n1.value), int(n2.value)
			}
		}
	}
	return 0, 0
}

// ofThem are the words after a count that make it a part of a whole told
// in the same sentence: "seven of them", "siete de ellos", "sieben
// davon", "سبعاً منها".
var ofThem = map[string]bool{"davon": true, "منها": true, "منهم": true}

// ofThemPairs are the two-word forms: "of them", "de ellos", "(d')entre
// eux" (the elided "d" is passed over).
var ofThemPairs = map[[2]string]bool{{"of", "them"}: true, {"de", "ellos"}: true, {"de", "ellas"}: true, {"entre", "eux"}: true, {"entre", "elles"}: true}

// batchOfThem reads a delivered part counted against the whole the
// sentence orders: "… received seven of them in July 2024, under a
// contract for 15 helicopters", "إذ استلمت سبعاً منها في تموز 2024، في إطار
// عقد لشراء 15 مروحية". The order is already a candidate; the part is a
// second one, delivered, dated by a year right after it.
func (d *docScan) batchOfThem() {
	n := len(d.facts)
	for k := 0; k < n; k++ {
		f := d.facts[k]
		if f.Type != domain.TypeTransfer || f.Stage != domain.StageOrdered || f.Quantity < 2 {
			continue
		}
		i := d.meta[k].sent
		sc := d.sents[i]
		for _, x := range sc.nums {
			if int(x.value) >= f.Quantity || x.value < 1 || x.tok1 >= len(sc.toks) {
				continue
			}
			at := x.tok1
			if sc.toks[at].norm == "d" && at+1 < len(sc.toks) && sc.toks[at+1].norm == "entre" {
				at++ // "sept d'entre eux"
			}
			w := sc.toks[at].norm
			end := at + 1
			if !ofThem[w] {
				if at+1 >= len(sc.toks) || !ofThemPairs[[2]string{w, sc.toks[at+1].norm}] {
					continue
				}
				end++
			}
			// a word of delivery or receipt in the count's clause
			from, to := sc.clauseOf(x.tok0)
			if !sc.cueIn("stage-delivered", from, to) && !sc.cueIn("stage-received", from, to) || d.hasCount(f, int(x.value)) {
				continue
			}
			g := f
			g.Stage, g.Quantity, g.Value, g.ValueUSD, g.Year = domain.StageDelivered, int(x.value), nil, 0, 0
			for _, y := range sc.years {
				if y.tok0 >= end && y.tok0-end <= 3 && !sc.boundaryBetween(end, y.tok0) {
					g.Year = y.year // "sieben davon im Juli 2024"
				}
			}
			if g.Year != 0 && g.Year == f.Year {
				d.facts[k].Year = 0 // the year was the delivery's
			}
			d.pending = append([]string(nil), d.meta[k].flags...)
			d.add(i, sc, g, f.Rule, f.Confidence)
			break
		}
	}
}

// datelineYearApart reports whether year y closes the sentence's
// dateline while another year in the sentence dates its events:
// "Baghdad, 13 October 2025 - Iraq ordered 15 Bell 505 in 2021" is an
// order of 2021, not of the dateline's 2025.
func (sc *sentScan) datelineYearApart(y yearSpan) bool {
	if !dateline(sc.toks, y.tok0) {
		return false
	}
	for _, o := range sc.years {
		if o.tok0 != y.tok0 && !o.relative && !dateline(sc.toks, o.tok0) {
			return true
		}
	}
	return false
}

// variantNumber reports whether n numbers a build standard ("Block 25
// fighters"), not a count of what follows it.
func (sc *sentScan) variantNumber(n numSpan) bool {
	return n.tok0 > 0 && sc.lw.isTok("variant-word", &sc.toks[n.tok0-1])
}

// keyInSentence reports whether sentence i already gives a candidate of
// f's deal ("وقعت الصفقة عام 2017، وتبلغ قيمتها 2.5 مليار دولار" made one
// from its amount).
func (d *docScan) keyInSentence(f domain.Fact, i int) bool {
	key := factKey(f)
	for _, j := range d.bySent[d.sents[i].s.start] {
		if factKey(d.facts[j]) == key {
			return true
		}
	}
	return false
}

// orderedAfterComma reads a past order told right after the clause of a
// future delivery, across its comma: "Athènes doit recevoir 24 Rafale,
// commandés en 2021", "recibirá 24 Rafale, encargados en 2021", "soll 24
// Rafale bekommen, die 2021 bestellt wurden": the whole was ordered. The
// order word stands within four tokens after the comma, with only a
// relative word, a year or its preposition before it.
func (sc *sentScan) orderedAfterComma(m mention, to int) bool {
	if to >= len(sc.toks) || !strings.Contains(sc.toks[to].gap, ",") || to-m.tok1 > 3 && sc.lw.code != "de" {
		return false
	}
	for _, p := range sc.cuePositions("stage-ordered") {
		if p < to || p-to > 4 {
			continue
		}
		ok := true
		for k := to; k < p; k++ {
			w := sc.toks[k].norm
			if !sc.lw.isWord("relative-pronoun", w) && !sc.lw.isWord("order-relative", w) && !sc.yearAt(k) && w != "in" && w != "en" && w != "im" && w != "jahr" && w != "ano" {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// yearAt reports whether a year is written at token k.
func (sc *sentScan) yearAt(k int) bool {
	for _, y := range sc.years {
		if y.tok0 == k {
			return true
		}
	}
	return false
}

// batchCountApart is dealCountApart (stages.go) for a delivered batch of
// several units: a count larger than the batch, told without a stage in
// another sentence that names a deal or a price ("Greece received six
// Rafale. The 24 Rafale cost Athens 2.5 billion euros"), is the whole
// ordered, not the batch told again. On true the count becomes the order.
func (d *docScan) batchCountApart(o, c *candidate) bool {
	del, cnt := o, c
	if del.f.Stage != domain.StageDelivered {
		del, cnt = c, o
	}
	if del.f.Type != domain.TypeTransfer || del.f.Stage != domain.StageDelivered || del.f.Quantity < 2 {
		return false
	}
	if cnt.f.Stage != "" || cnt.f.Quantity <= del.f.Quantity || cnt.f.Evidence.Start == del.f.Evidence.Start {
		return false
	}
	i := cnt.m.sent
	if i < 0 || i >= len(d.sents) {
		return false
	}
	sc := d.sents[i]
	if !sc.has("deal") && len(sc.money) == 0 || sc.has("future") {
		return false
	}
	cnt.f.Stage = domain.StageOrdered
	return true
}

// batchOrderReach is how many sentences back batchOrderNext looks for the
// delivered batch whose order a sentence tells: the sentences between may
// describe the system without a transfer ("Das System wird von IAI
// gebaut").
const batchOrderReach = 3
