package extract

import "github.com/armswatch/armswatch/internal/domain"

// This file tells a description that takes up a system the text named
// before ("the jets", "18 der Haubitzen", "ces appareils") from a mere
// repeat of its event: a description with a stage and a year of its own,
// both other than the prior transfer's, tells another event of the same
// system ("Litauen hat die letzte von 18 Panzerhaubitzen 2000 erhalten.
// Vilnius und Berlin hatten im September 2015 vereinbart, dass Litauen 18
// der Haubitzen bekommt": the order of 2015, not the delivery again).

// describesOtherEvent reports whether a description counting q at stage
// st, dated year, tells an event other than the prior transfer's. A
// sentence with a count besides the description's ("the two aircraft
// are part of an order for 28") is left to the rules that read a part and
// its whole (all_batches.go).
func (sc *sentScan) describesOtherEvent(prior domain.Fact, st string, year, q int) bool {
	if st == "" || prior.Stage == "" || st == prior.Stage || st == domain.StageOther || prior.Stage == domain.StageOther {
		return false
	}
	if year == 0 || prior.Year == 0 || year == prior.Year {
		return false
	}
	for _, n := range sc.nums {
		if int(n.value) != q {
			return false
		}
	}
	return true
}
