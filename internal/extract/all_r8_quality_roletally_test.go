package extract

import "testing"

// TestRoleTally: counts per role; the top of a role is the state counted
// most, a tie going to the state counted first, except left out.
func TestRoleTally(t *testing.T) {
	var rt roleTally
	if got := rt.top(roleSup, ""); got != "" {
		t.Fatalf("empty tally: %q", got)
	}
	rt.add("US", roleSup)
	rt.add("TW", roleRec)
	rt.add("FR", roleSup)
	rt.add("FR", roleSup)
	rt.add("US", roleSup)
	rt.add("PH", roleRec)
	rt.add("TW", roleSup)
	cases := []struct {
		role   int
		except string
		want   string
	}{
		{roleSup, "", "US"},   // US and FR 2 each: US counted first
		{roleSup, "US", "FR"}, // except
		{roleRec, "", "TW"},   // TW and PH 1 each: TW first
		{roleRec, "TW", "PH"},
		{roleSup, "FR", "US"},
	}
	for _, c := range cases {
		if got := rt.top(c.role, c.except); got != c.want {
			t.Errorf("top(%d, %q) = %q, want %q", c.role, c.except, got, c.want)
		}
	}
	if len(rt.states) != 4 {
		t.Errorf("%d states, want 4 (each once)", len(rt.states))
	}
}

// TestSentSetOther: a set of sentences holds one other than i.
func TestSentSetOther(t *testing.T) {
	one := sentSet{first: 3}
	two := sentSet{first: 3, multi: true}
	if one.other(3) || !one.other(4) || !two.other(3) {
		t.Errorf("sentSet.other: %v %v %v", one.other(3), one.other(4), two.other(3))
	}
}
