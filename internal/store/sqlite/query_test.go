package sqlite

import (
	"testing"

	"github.com/armswatch/armswatch/internal/store/storetest"
)

// seedFilters stores storetest's four filter documents (A to D).
func seedFilters(t *testing.T, s *Store) {
	t.Helper()
	storetest.SeedFilters(t, s)
}

func TestFTSQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"HIMARS", `"HIMARS"`},
		{"f-16 maroc", `"f-16" "maroc"`},
		{`a"b`, `"a""b"`},
		{`AND( NEAR`, `"AND(" "NEAR"`},
		{"launch*", `"launch"*`},
		{`* " ( )`, ""},
	} {
		if got := ftsQuery(tc.in); got != tc.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
