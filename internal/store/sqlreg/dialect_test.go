package sqlreg

import "testing"

func TestRebind(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b = ?", "a = $1 AND b = $2"},
		{"x = '?' AND y = ?", "x = '?' AND y = $1"},
		{"x = 'it''s ?' AND y = ?", "x = 'it''s ?' AND y = $1"},
		{`"odd?" = ?`, `"odd?" = $1`},
		{"a = ? -- why?\n AND b = ?", "a = $1 -- why?\n AND b = $2"},
		{"COALESCE('name:' || x, '?') = ?", "COALESCE('name:' || x, '?') = $1"},
		{"unterminated '?", "unterminated '?"},
	} {
		if got := Postgres.Rebind(tc.in); got != tc.want {
			t.Errorf("Rebind(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := SQLite.Rebind(tc.in); got != tc.in {
			t.Errorf("SQLite Rebind(%q) = %q", tc.in, got)
		}
	}
}

func TestTextQuery(t *testing.T) {
	for _, tc := range []struct{ in, fts, ts string }{
		{"", "", ""},
		{"  ", "", ""},
		{"HIMARS", `"HIMARS"`, `'HIMARS'`},
		{"f-16 maroc", `"f-16" "maroc"`, `'f-16' & 'maroc'`},
		{`a"b`, `"a""b"`, `'a"b'`},
		{`a'b`, `"a'b"`, `'a''b'`},
		{`a\b`, `"a\b"`, `'a\\b'`},
		{`AND( NEAR`, `"AND(" "NEAR"`, `'AND(' & 'NEAR'`},
		{`AND( !x | y`, `"AND(" "!x" "y"`, `'AND(' & '!x' & 'y'`},
		{"launch*", `"launch"*`, `'launch':*`},
		{`* " ( ) & | !`, "", ""},
	} {
		if got := SQLite.TextQuery(tc.in); got != tc.fts {
			t.Errorf("SQLite.TextQuery(%q) = %s, want %s", tc.in, got, tc.fts)
		}
		if got := Postgres.TextQuery(tc.in); got != tc.ts {
			t.Errorf("Postgres.TextQuery(%q) = %s, want %s", tc.in, got, tc.ts)
		}
	}
}

func TestJSONPaths(t *testing.T) {
	if got := Postgres.JSON("r.correction", "$.system.id", Text); got != "(r.correction #>> '{system,id}')" {
		t.Errorf("JSON text: %s", got)
	}
	if got := Postgres.JSON("r.correction", "$.year", Int); got != "((r.correction #>> '{year}'))::integer" {
		t.Errorf("JSON int: %s", got)
	}
	if got := SQLite.JSON("r.correction", "$.year", Int); got != "json_extract(r.correction, '$.year')" {
		t.Errorf("SQLite JSON: %s", got)
	}
}
