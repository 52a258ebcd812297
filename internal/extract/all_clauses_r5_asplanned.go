package extract

// This file handles future cue words that say a past event came as
// planned or long awaited: "Wie geplant lieferte Deutschland 14 Leopard 2",
// "les 12 Rafale tant attendus sont arrivés", "as expected, France
// delivered", "según lo previsto". They dropped the system of their clause
// as a delivery still to come (transfer.go, "future-clause").

// asPlannedBefore are the words before a future cue that make it a
// comparison with the plan ("as", "comme", "wie", "según lo", "tal como")
// or an awaited thing ("tant attendus", "long-awaited").
var asPlannedBefore = map[string]bool{
	"as": true, "long": true, "much": true,
	"comme": true, "tant": true, "longtemps": true, "tel": true, "tels": true, "telle": true,
	"como": true, "lo": true, "tan": true,
	"wie": true, "lang": true, "langersehnt": true,
}

// asPlanned reports whether the future cue at p compares with the plan.
func (sc *sentScan) asPlanned(p int) bool {
	if p == 0 {
		return false
	}
	prev := sc.toks[p-1].norm
	if !asPlannedBefore[prev] {
		return false
	}
	// "lo" must follow "según" or "como" ("según lo previsto")
	if prev == "lo" {
		return p >= 2 && (sc.toks[p-2].norm == "segun" || sc.toks[p-2].norm == "como")
	}
	// "as expected to arrive": a plan still
	if prev == "as" && p+1 < len(sc.toks) && sc.toks[p+1].norm == "to" {
		return false
	}
	return true
}

// futureIn reports a future cue in toks[from:to) that is not a
// comparison with the plan.
func (sc *sentScan) futureIn(from, to int) (int, bool) {
	n, ok := sc.lw.set("future").any(sc.toks, from, to)
	if !ok {
		return n, false
	}
	for p := from; p < to; p++ {
		if k := sc.cueAt(sc.lw.set("future"), p); k > 0 && !sc.asPlanned(p) {
			return n, true
		}
	}
	return n, false
}
