package extract

import "testing"

// TestClauseEndMatchesClauseOf: the table clauseEnd reads gives the end
// clauseOf walks to, at every token (de_r4_splitverbs.go).
func TestClauseEndMatchesClauseOf(t *testing.T) {
	for _, s := range []string{"Die Bundesregierung stimmte der Lieferung von 150 Panzerhaubitzen nach Indonesien zu, aber nicht der von Panzern.", "a, b und c; d aber e", "x"} {
		sc := &sentScan{}
		sc.toks = tokenize(s, 0)
		for i := range sc.toks {
			_, to := sc.clauseOf(i)
			if got := sc.clauseEnd(i); got != to {
				t.Errorf("%q tok %d: clauseEnd %d, clauseOf %d", s, i, got, to)
			}
		}
	}
}
