package rows

import (
	"strings"
	"testing"
)

func TestFTSTerms(t *testing.T) {
	pad := strings.Repeat("the frigate programme resumed. ", PassageMin/31+1)
	for _, tc := range []struct {
		name, text string
		want       []string // the words FTSTerms lists, in order (nil: "")
	}{
		{"short text is indexed itself", "Egypt ordered F-16 jets.", nil},
		{"at the bound", strings.Repeat("a", PassageMin), nil},
		{
			"long text: distinct words, punctuation around them dropped, inner kept",
			"(F-16) jets for Egypt; the F-16, «Rafale» and U.S. jets — 24 jets.\n" + pad,
			[]string{"F-16", "jets", "for", "Egypt", "the", "Rafale", "and", "U.S", "24", "frigate", "programme", "resumed"},
		},
		{"case kept (the index folds it)", "Jets jets JETS " + pad, []string{"Jets", "jets", "JETS", "the", "frigate", "programme", "resumed"}},
		{"non-Latin words", "طائرات رافال، و«طائرات» " + pad, []string{"طائرات", "رافال", "و«طائرات", "the", "frigate", "programme", "resumed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := FTSTerms(tc.text)
			if tc.want == nil {
				if got != "" {
					t.Fatalf("FTSTerms = %.80q, want \"\"", got)
				}
				return
			}
			if want := strings.Join(tc.want, "\n") + "\n"; got != want {
				t.Errorf("FTSTerms = %q, want %q", got, want)
			}
		})
	}
}

func FuzzFTSTerms(f *testing.F) {
	f.Add("F-16 jets " + strings.Repeat("x y ", PassageMin/4+1))
	f.Fuzz(func(t *testing.T, s string) {
		got := FTSTerms(s)
		if len(s) <= PassageMin {
			if got != "" {
				t.Fatalf("short text listed %q", got)
			}
			return
		}
		seen := map[string]bool{}
		for _, w := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
			if got == "" {
				break
			}
			if w == "" || seen[w] || !strings.Contains(s, w) {
				t.Fatalf("word %q: empty, repeated or not in the text", w)
			}
			seen[w] = true
		}
	})
}
