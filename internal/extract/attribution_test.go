package extract

import "testing"

// TestSubstrings checks substrings.in against containsAny.
func TestSubstrings(t *testing.T) {
	subs := []string{"accord", "d’apr", "según", "وفق", "same source", "a"}
	for _, list := range [][]string{subs, subs[:5], {""}, nil, {"ab", "b"}, {"d’apr"}} {
		ss := newSubstrings(list...)
		for _, s := range []string{"", "a", "according to the ministry", "d’après le ministère", "d'après", "según fuentes", "segun",
			"وفقا لـ", "وف", "the same source said", "same sourc", "xyz", "zzaccor", "ACCORD", "desaccord", "b", "ab", "xab", "xa", "d’", "d’apr", "x d’apr"} {
			if got, want := ss.in(s), containsAny(s, list); got != want {
				t.Errorf("in(%q) over %q = %v, want %v", s, list, got, want)
			}
		}
	}
}
