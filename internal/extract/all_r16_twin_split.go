package extract

import (
	"strconv"

	"github.com/armswatch/armswatch/internal/domain"
)

// r16-twin: a second stage or batch of one deal told with a count of its
// own in another sentence. finish merges the statements of one key
// (supplier, recipient, system) that tell no other stage or year, and the
// merged fact keeps the first count: "The United States delivered … the
// four refurbished Cobras … In February Washington had already given
// Pakistan eight other Cobra attack helicopters", "Zwei weitere
// Dolphin-Boote soll das Land erhalten … drei Dolphin … wurden 1999 und
// 2000 ausgeliefert", "weitere 15 F-35A bestellen … Im Jahr 2022 hatte die
// Bundesregierung schon 35 Flugzeuge des Typs geordert". annotating.md
// makes two facts of two stages or batches with their own numbers, but a
// count may as well restate the deal ("the contract covers 150"), and
// splitting every count adds more wrong facts than right ones. So the
// merged fact stays as it was, and each count it swallowed comes back as
// a candidate of its own, with flags that tell the model its shape: its
// count against the kept one, a word that adds units ("another", "weitere",
// "otros": more-units) or recalls an earlier event ("already", "schon",
// "déjà": earlier-event) or a first batch (detrans-first), a total
// ("bringing the total to"), its own stage and year, and how far it stands
// from the kept statement.

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
		cs = append(cs, tw)
	}
	return cs
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
