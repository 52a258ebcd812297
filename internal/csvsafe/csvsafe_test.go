package csvsafe

import (
	"bytes"
	"testing"
)

func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Rafale", "Rafale"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+1", "'+1+1"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"-12.5", "-12.5"},
		{"+7", "+7"},
		{"F-16 = fighter", "F-16 = fighter"},
	}
	for _, tc := range tests {
		if got := Cell(tc.in); got != tc.want {
			t.Errorf("Cell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.Write([]string{"=1+1", "ok", "-3"})
	w.Flush()
	if got, want := b.String(), "'=1+1,ok,-3\n"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
}
