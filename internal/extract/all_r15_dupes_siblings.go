package extract

import "github.com/armswatch/armswatch/internal/domain"

// r15dupes: one deal stated twice. A document often names a deal in one
// sentence ("Austria ordered three Black Hawks in 2021") and comes back to it
// in another ("the purchase, approved by the government two years ago"); the
// merging in finish keeps the two apart when their stages or years differ,
// as it must for two stages the text gives their own numbers ("ordered 24 …
// the first 6 arrived", annotating.md). Whether a later statement of the
// same key is another event or the deal again is for the model to weigh:
// these features tell it that a candidate has a sibling of the same key
// (supplier, recipient, system) and what it states of its own.

// r15DupesSiblingFeatures appends to each transfer candidate's features what
// it shares with the other candidates of its key. It reads the candidates'
// facts only (keys grouped once: linear in the candidates).
func r15DupesSiblingFeatures(cs []Candidate) {
	groups := map[string][]int{}
	for i := range cs {
		if f := &cs[i].Fact; f.Type == domain.TypeTransfer && f.System != nil && cs[i].Features != nil {
			k := factKey(*f)
			groups[k] = append(groups[k], i)
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		for _, i := range g {
			f := &cs[i].Fact
			var later, noQty, sameQty, stageBelow, stageAbove, noYear, sameSent bool
			own := f.Value != nil // a value of its own is a deal's own figure
			ownQty := f.Quantity != 0
			for _, j := range g {
				if j == i {
					continue
				}
				o := &cs[j].Fact
				if o.Evidence.Start < f.Evidence.Start {
					later = true
				}
				if o.Evidence.Start == f.Evidence.Start {
					sameSent = true
				}
				if f.Quantity == 0 && o.Quantity != 0 {
					noQty = true
				}
				if f.Quantity != 0 && o.Quantity == f.Quantity {
					sameQty = true
					ownQty = false
				}
				if r, s := stageRank[f.Stage], stageRank[o.Stage]; r < s {
					stageBelow = true
				} else if r > s {
					stageAbove = true
				}
				if f.Year == 0 && o.Year != 0 {
					noYear = true
				}
			}
			t := f.Type + "|"
			add := func(s string) { cs[i].Features = append(cs[i].Features, t+"r15dupes-"+s) }
			add("sib")
			if later {
				add("sib-later")
			}
			if sameSent {
				add("sib-same-sent")
			}
			if noQty {
				add("sib-noqty")
			}
			if sameQty {
				add("sib-sameqty")
			}
			if stageBelow {
				add("sib-stage-below")
			}
			if stageAbove {
				add("sib-stage-above")
			}
			if noYear {
				add("sib-noyear")
			}
			// it states no number, value or year the others lack: a
			// repeat of the deal rather than another stage of it
			if !own && !ownQty && (f.Year == 0 || !noYear) {
				add("sib-nothing-own")
				if later {
					add("sib-nothing-own&later")
				}
				if stageBelow {
					add("sib-nothing-own&below")
				}
			}
		}
	}
}
