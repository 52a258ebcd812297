package postgres

import "testing"

func TestTSQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"HIMARS", `'HIMARS'`},
		{"f-16 maroc", `'f-16' & 'maroc'`},
		{`a'b`, `'a''b'`},
		{`a\b`, `'a\\b'`},
		{`AND( !x | y`, `'AND(' & '!x' & 'y'`},
		{"launch*", `'launch':*`},
		{`* " ( ) & | !`, ""},
	} {
		if got := tsQuery(tc.in); got != tc.want {
			t.Errorf("tsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
