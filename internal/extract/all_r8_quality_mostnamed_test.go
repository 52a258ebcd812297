package extract

import "testing"

// TestMostOf: the highest count wins; a tie goes to the first state in
// alphabetical order, or to none with noTie; except and skip leave states
// out.
func TestMostOf(t *testing.T) {
	cnt := map[string]int{"FR": 3, "ML": 3, "DZ": 1, "NE": 2}
	cases := []struct {
		name string
		o    mostOpts
		want string
	}{
		{"tie to the first", mostOpts{}, "FR"},
		{"tie to none", mostOpts{noTie: true}, ""},
		{"except", mostOpts{except: "FR"}, "ML"},
		{"except, no tie", mostOpts{except: "FR", noTie: true}, "ML"},
		{"skip", mostOpts{skip: func(c string) bool { return c == "FR" || c == "ML" }}, "NE"},
		{"all skipped", mostOpts{skip: func(string) bool { return true }}, ""},
	}
	for _, c := range cases {
		if got := mostOf(cnt, c.o); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if got := mostOf(nil, mostOpts{}); got != "" {
		t.Errorf("no counts: %q", got)
	}
}
