package extract

import "strings"

// A government, capital or ministry that approves the delivery of weapons
// made elsewhere to another state it names sells them, as it does when
// the sentence says "export" (approverExports, all_r6_roles_approver.go):
// "Die Bundesregierung hat die Lieferung von 500 Stinger-Raketen an die
// Ukraine genehmigt", "Berlin a approuvé la livraison de missiles Stinger
// à l'Ukraine". A name of the state ("Deutschland hat ... genehmigt") was
// read so already; its government, capital or ministry fell back to the
// maker's state.

// r13ApprovedDelivery reports whether the sentence speaks of delivering or
// supplying (a stage-delivered cue, a supply verb, a German compound on
// "-lieferung": "Waffenlieferungen") to rec, a state the
// sentence names that is not the approver.
func (sc *sentScan) r13ApprovedDelivery(approver, rec string) bool {
	if rec == "" || rec == approver || !sc.names(rec) {
		return false
	}
	if sc.has("stage-delivered") || sc.has("supply-verb") {
		return true
	}
	if sc.lw.code == "de" {
		for _, t := range sc.toks {
			if strings.Contains(t.norm, "lieferung") {
				return true // "Waffenlieferungen an die Ukraine genehmigt: ..."
			}
		}
	}
	return false
}
