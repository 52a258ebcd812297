package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// valueToSoleTransfer gives an amount the rules first read as an
// aggregate to the pair's one transfer, when the pair has only one system
// and that transfer has no value of its own: "two Italian frigates for a
// total of $30 million", "un contrat de 20 millions d'euros pour deux
// patrouilleurs". A value that covers one system (with its support) is
// that system's value; an aggregate is for a total over several. The
// transfer must be stated in the amount's sentence; an official notice
// keeps its total as an aggregate (the dev gold's reading). It reports
// whether the amount was given.
func (d *docScan) valueToSoleTransfer(c aggCand, systems map[string][]string) bool {
	k := c.f.Supplier.String() + "|" + c.f.Recipient.String()
	if d.notice || c.f.Value == nil || !oneSystem(systems[k]) && !precisOneFamily(systems[k]) || c.sc != nil && (c.sc.arGoodsIncluding() >= 0 || c.sc.goodsIncluding() >= 0) { // ar_goodsworth.go, all_aggregate_including.go: the worth of goods listed
		return false
	}
	if d.otherKinds(k) {
		return false // all_aggregate_kinds.go: "24 Rafale jets and a frigate … the whole package"
	}
	var at, pairFacts []int
	for j, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Supplier == nil || f.Recipient == nil ||
			f.Supplier.String()+"|"+f.Recipient.String() != k {
			continue
		}
		if f.Value != nil {
			return false // the system has its price; the amount is another
		}
		pairFacts = append(pairFacts, j)
		if d.meta[j].sent == c.i || d.meta[j].sents[c.i] {
			at = append(at, j)
		}
	}
	// "تقتني السعودية خمس سفن حربية ... بقيمة ملياري يورو", "five warships
	// for €2 billion": the amount's sentence names the kind of the pair's
	// one system, stated in another sentence
	if len(systems[k]) > 1 || len(at) == 0 && len(pairFacts) > 0 && d.facts[pairFacts[0]].System != nil {
		cat := d.facts[pairFacts[0]].System.Category
		for _, m := range c.sc.mentions {
			if m.kind == mGeneric && m.id == cat {
				at = pairFacts
				break
			}
		}
	}
	if len(at) == 0 {
		at = d.precisDealValue(c, pairFacts) // all_r10_precis_aggregate.go: "Der Auftrag hat ein Volumen von 950 Millionen Euro"
	}
	if len(at) == 0 {
		return false
	}
	for _, j := range at {
		v := *c.f.Value
		d.facts[j].Value = &v
		d.facts[j].ValueUSD = c.f.ValueUSD
	}
	return true
}

// oneSystem reports whether a pair's transfers name one system: one key,
// or one named system beside generic statements of its own kind ("Avante
// 2200" and "cat:ships" for "five warships").
func oneSystem(keys []string) bool {
	if len(keys) == 1 {
		return true
	}
	named := ""
	for _, k := range keys {
		if !strings.HasPrefix(k, "cat:") {
			if named != "" {
				return false
			}
			named = k
		}
	}
	return named != ""
}

// packageValue: a transfer's value, stated for the system with its
// munitions, whose package the next sentences list with other systems of
// their own quantities ("la venta a México de ocho
// helicópteros MH-60R, junto con repuestos y municiones, por un monto de
// mil 200 millones de dólares. … el paquete comprende … 10 misiles
// Hellfire, 30 torpedos"): the amount covers several systems, so it is
// the pair's aggregate, not the first system's value. It returns the
// aggregate candidates and takes the value off those transfers.
func (d *docScan) packageValue() []aggCand {
	if d.notice {
		return nil
	}
	var out []aggCand
	for j, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.Value == nil || f.Supplier == nil || f.Recipient == nil {
			continue
		}
		i0 := d.meta[j].sent
		// the value's sentence sells the system with munitions ("junto
		// con repuestos y municiones", "along with munitions"); a
		// system's own launchers, interceptors or radars are its package
		if f.System == nil || f.System.Category == "ammunition" || !d.sents[i0].namesGeneric("ammunition") {
			continue
		}
		k := f.Supplier.String() + "|" + f.Recipient.String()
		listed := false
		for g, o := range d.facts {
			i1 := d.meta[g].sent
			if g == j || o.Type != domain.TypeTransfer || o.Value != nil || o.Quantity == 0 || i1 <= i0 || i1 > i0+2 ||
				o.Supplier == nil || o.Recipient == nil || o.Supplier.String()+"|"+o.Recipient.String() != k || systemKey(o) == systemKey(f) {
				continue
			}
			if d.sents[i1].has("includes") {
				listed = true
			}
		}
		if !listed {
			continue
		}
		a := domain.Fact{Type: domain.TypeAggregate, Supplier: f.Supplier, Recipient: f.Recipient, Value: f.Value, ValueUSD: f.ValueUSD}
		out = append(out, aggCand{f: a, i: i0, sc: d.sents[i0], total: true})
		d.facts[j].Value, d.facts[j].ValueUSD = nil, 0
	}
	return out
}

// namesGeneric reports whether the sentence names equipment of the
// category cat by a generic word ("munitions", "municiones").
func (sc *sentScan) namesGeneric(cat string) bool {
	for _, m := range sc.mentions {
		if m.kind == mGeneric && m.id == cat {
			return true
		}
	}
	return false
}
