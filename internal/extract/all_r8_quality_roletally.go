package extract

// roleTally counts how often states were a supplier and a recipient, in
// the order they were first counted. The document's focus (the pair of
// its facts) and the inheritance rule (the parties its sentences stated)
// kept such counts as two maps and a list each, made per document; a
// document counts a few states, and a list of them, read in order, costs
// one allocation where the maps cost several.
type roleTally struct {
	states []roleCount
}

// roleCount is a state's count as a supplier (n[roleSup]) and as a
// recipient (n[roleRec]).
type roleCount struct {
	state string
	n     [2]int32
}

const (
	roleSup = 0
	roleRec = 1
)

// add counts the state once in the role.
func (t *roleTally) add(state string, role int) {
	for k := range t.states {
		if t.states[k].state == state {
			t.states[k].n[role]++
			return
		}
	}
	if t.states == nil {
		t.states = make([]roleCount, 0, 4)
	}
	rc := roleCount{state: state}
	rc.n[role] = 1
	t.states = append(t.states, rc)
}

// top returns the state counted most in the role, other than except; a tie
// goes to the state counted first; "" when none.
func (t *roleTally) top(role int, except string) string {
	best, bn := "", int32(0)
	for _, rc := range t.states {
		if v := rc.n[role]; v > bn && rc.state != except {
			best, bn = rc.state, v
		}
	}
	return best
}
