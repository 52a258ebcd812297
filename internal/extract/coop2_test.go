package extract

import (
	"strings"
	"testing"
)

// TestHardWrappedSentences: in a hard-wrapped text (a wire story whose
// lines were kept as paragraphs) a sentence goes on over its line breaks;
// elsewhere a line break ends a sentence. Texts written for this test.
func TestHardWrappedSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wrapped wire story",
			"LONDON May 2 The government on Tuesday\n\nagreed a $2 billion sale of\n\nsix frigates to Chile, which\n\nhad asked for them in March.\n\nThe ships will be built\n\nin Glasgow.",
			[]string{"LONDON May 2 The government on Tuesday agreed a $2 billion sale of six frigates to Chile, which had asked for them in March.", "The ships will be built in Glasgow."}},
		{"a quote closing a wrapped sentence ends it",
			"He said the deal was\n\n\"done.\"\n\nThe talks went on\n\nfor months and\n\nended in May\n\nwith a contract.",
			[]string{"He said the deal was \"done.\"", "The talks went on for months and ended in May with a contract."}},
		{"paragraphs that are not wrapped stay apart",
			"Chile buys frigates\n\nThe government agreed a sale of six frigates.\n\nThe ships will be built in Glasgow",
			[]string{"Chile buys frigates", "The government agreed a sale of six frigates.", "The ships will be built in Glasgow"}},
		{"two lines in lower case are not a wrapped text",
			"Chile buys frigates\n\nfrom the UK\n\nThe deal was signed.\n\nand more\n\nShips",
			[]string{"Chile buys frigates", "from the UK", "The deal was signed.", "and more", "Ships"}},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range splitSentences(tc.text) {
			got = append(got, strings.Join(strings.Fields(s.text), " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
