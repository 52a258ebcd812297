package clean

import (
	"strings"
	"testing"
)

// TestUnwrapLines: wire copy cut at a fixed width is read as paragraphs;
// text with one paragraph a line, and short menu lines, are left alone.
func TestUnwrapLines(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"wire copy",
			"LIMA, May 3 The government of President Ana\nTorres on Tuesday signed a contract for\n12 patrol boats with a shipyard in\nSouth Korea, the ministry said.\nThe boats, which the navy had requested\nfor years, will be delivered from 2026\nto the port of Callao.\n(Reporting by Jane Roe)",
			"LIMA, May 3 The government of President Ana Torres on Tuesday signed a contract for 12 patrol boats with a shipyard in South Korea, the ministry said.|The boats, which the navy had requested for years, will be delivered from 2026 to the port of Callao.|(Reporting by Jane Roe)"},
		{"one paragraph a line",
			"Peru signed a contract for 12 patrol boats with a South Korean shipyard on Tuesday, the ministry said in Lima.\nThe boats will be delivered from 2026 to the port of Callao, where the navy keeps its fleet.",
			"Peru signed a contract for 12 patrol boats with a South Korean shipyard on Tuesday, the ministry said in Lima.|The boats will be delivered from 2026 to the port of Callao, where the navy keeps its fleet."},
		{"menus",
			"Home\nWorld\nBusiness\nSport\nPeru signs for boats",
			"Home|World|Business|Sport|Peru signs for boats"},
	}
	for _, tc := range cases {
		got := strings.Join(unwrapLines(strings.Split(tc.in, "\n")), "|")
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
