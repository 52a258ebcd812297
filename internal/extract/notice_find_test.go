package extract

import (
	"strings"
	"testing"
)

// findFrom finds what the case-insensitive notice patterns find in the
// whole text, reading only windows after the anchor word.
func TestFindFrom(t *testing.T) {
	pad := strings.Repeat("The transmittal of the date report was late. ", 2000)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"lower", "see transmittal no. 22-45 here", "22-45"},
		{"capitalised", "[Transmittal No. 26-27]", "26-27"},
		{"capitals with RSAT", "TRANSMITTAL NO. RSAT 26-27", "26-27"},
		{"other case after the first letter", "Transmittal NUMBER: 19-0B", "19-0B"},
		{"not at a word start", "retransmittal no. 22-45", ""},
		{"after a non-ASCII mark", "«Transmittal 22-46»", "22-46"},
		{"first anchor without a number, later one with", pad + "Transmittal No. 24-11", "24-11"},
		{"absent", "no notice here", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if m := findFrom(tc.text, "transmittal", true, 80, transmittalRe); m != nil {
				got = m[1]
			}
			want := ""
			if m := transmittalRe.FindStringSubmatch(tc.text); m != nil {
				want = m[1]
			}
			if got != tc.want || got != want {
				t.Errorf("findFrom = %q, want %q (whole-text regexp: %q)", got, tc.want, want)
			}
		})
	}
	text := pad + "(vii) Date Report Delivered to Congress: October 6, 2017\n"
	if m := findFrom(text, "date", false, 120, congressDateRe); m == nil || m[1] != "October 6, 2017" {
		t.Errorf("congress date: %q", m)
	}
}
