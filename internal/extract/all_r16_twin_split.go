package extract

import (
	"strconv"

	"github.com/armswatch/armswatch/internal/domain"
)

// r16-twin: a second stage or batch of one deal told with a count of its
// own in another sentence. finish merges the statements of one key
// (supplier, recipient, system) that tell no other stage or year, and the
// merged fact keeps the first count: "Belgium confirmed the purchase of
// eleven F-35 … they will join the first 34 bought in 2018", "Egypt signed
// for 30 additional Rafale … That year, Cairo became the Rafale's first
// export customer, ordering 24 of the jets", "Katar … 62 Leopard … Approved
// too was the export of seven further armoured vehicles" (seen documents,
// paraphrased). annotating.md makes two facts of two stages or batches
// with their own numbers, but a count may as well restate the deal ("the
// contract covers 150"), and splitting every count adds more wrong facts
// than right ones. So the merged fact stays as it was, and each count it
// swallowed comes back as a candidate of its own, with flags that tell the
// model its shape: its count against the kept one, a word that adds units
// ("another", "weitere", "otros": more-units) or recalls an earlier event
// ("already", "schon", "déjà": earlier-event) or a first batch
// (detrans-first), its own stage and year, and how far it stands from the
// kept statement.

// r16Twins returns cs with a twin candidate for each count a merged
// transfer swallowed: a statement of d.facts (before finish merged them)
// whose count no candidate of its key keeps, told in a sentence other
// than the kept candidate's own. Only in candidate mode (relaxed). A
// count of one makes no twin: it is mostly "the first of 12" said of a
// batch ("They are the first of 12 T-6Cs"), or one unit of the deal named
// again (none of the seen ones was a second fact).
func (d *docScan) r16Twins(cs []candidate) []candidate {
	if !d.relaxed {
		return cs // the strict rules keep the merged fact: a twin is the model's to weigh
	}
	byKey := map[string][]int{}
	for i := range cs {
		if f := &cs[i].f; f.Type == domain.TypeTransfer && f.System != nil {
			k := factKey(*f)
			byKey[k] = append(byKey[k], i)
		}
	}
	done := map[string]bool{}
	for r, f := range d.facts {
		if f.Type != domain.TypeTransfer || f.System == nil || f.Quantity < 2 || r >= len(d.meta) {
			continue
		}
		k := factKey(f)
		g := byKey[k]
		if len(g) == 0 || done[k+"|"+strconv.Itoa(f.Quantity)] {
			continue
		}
		m := d.meta[r]
		keep := -1
		for _, i := range g {
			if cs[i].f.Quantity == f.Quantity {
				keep = -2 // a candidate keeps this count
				break
			}
			if keep == -1 && cs[i].m.sents[m.sent] && cs[i].m.sent != m.sent && cs[i].f.Quantity != 0 {
				keep = i
			}
		}
		if keep < 0 || m.sent < 0 || m.sent >= len(d.sents) {
			continue
		}
		done[k+"|"+strconv.Itoa(f.Quantity)] = true
		kept := &cs[keep]
		tw := candidate{f: f, m: factMeta{sent: m.sent, support: 1, sents: map[int]bool{m.sent: true}, statedYear: m.statedYear}}
		tw.m.flags = append(tw.m.flags, m.flags...)
		tw.m.flags = append(tw.m.flags, d.r16TwinFlags(&tw, kept)...)
		if !contains(kept.m.flags, "r16twin-kept") {
			kept.m.flags = append(kept.m.flags, "r16twin-kept") // its count is one of two the text gives
		}
		cs = append(cs, tw)
	}
	d.r16SiblingCues(cs, byKey)
	return cs
}

// r16SiblingCues flags the candidates that finish kept apart as two counts
// of one key in two sentences ("ordered 24 … the first 6 arrived", or the
// deal's count told twice over) with the words of their own sentence that
// tell a second batch from a restatement: more-units ("another six",
// "weitere"), earlier-event ("had already", "déjà"), detrans-first ("the
// first four"). byKey indexes the candidates before the twins.
func (d *docScan) r16SiblingCues(cs []candidate, byKey map[string][]int) {
	for _, g := range byKey {
		if len(g) < 2 {
			continue
		}
		for _, i := range g {
			c := &cs[i]
			if c.f.Quantity == 0 || c.m.sent < 0 || c.m.sent >= len(d.sents) {
				continue
			}
			other := false
			for _, j := range g {
				if o := &cs[j]; j != i && o.f.Quantity != 0 && o.f.Quantity != c.f.Quantity && o.m.sent != c.m.sent {
					other = true
				}
			}
			if !other {
				continue
			}
			c.m.flags = append(c.m.flags, "r16sib")
			sc := d.sents[c.m.sent]
			if d.moreUnits(c) {
				c.m.flags = append(c.m.flags, "r16sib-more")
			}
			if sc.has("earlier-event") {
				c.m.flags = append(c.m.flags, "r16sib-earlier")
			}
			for k := range sc.toks {
				if sc.lw.isTok("detrans-first", &sc.toks[k]) {
					c.m.flags = append(c.m.flags, "r16sib-first")
					break
				}
			}
		}
	}
}

// r16TwinFlags are the twin's shape against the kept candidate.
func (d *docScan) r16TwinFlags(tw, kept *candidate) []string {
	out := []string{"r16twin"}
	add := func(s string) { out = append(out, "r16twin-"+s) }
	f, o := tw.f, kept.f
	if f.Quantity > o.Quantity {
		add("larger")
	} else {
		add("smaller")
	}
	if tw.m.sent > kept.m.sent {
		add("after")
	} else {
		add("before")
	}
	switch dist := absInt(tw.m.sent - kept.m.sent); {
	case dist == 1:
		add("dist=1")
	case dist <= 3:
		add("dist=2-3")
	default:
		add("dist=4+")
	}
	switch {
	case f.Stage == "":
		add("nostage")
	case f.Stage == o.Stage:
		add("stage-same")
	default:
		add("stage-diff")
	}
	if f.Year != 0 && f.Year != o.Year {
		add("year-own")
	}
	sc := d.sents[tw.m.sent]
	more := d.moreUnits(tw)
	if more {
		add("more")
	}
	earlier := sc.has("earlier-event")
	if earlier {
		add("earlier")
	}
	first := false
	for k := range sc.toks {
		if sc.lw.isTok("detrans-first", &sc.toks[k]) {
			first = true
			break
		}
	}
	if first {
		add("first")
	}
	if cumulative(f.Evidence.Text) {
		add("cumul")
	}
	if !more && !earlier && !first {
		add("nocue")
		if f.Stage == "" || f.Stage == o.Stage {
			add("nocue&samestage")
		}
	}
	return out
}
