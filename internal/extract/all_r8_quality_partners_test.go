package extract

import (
	"slices"
	"testing"
	"time"
)

// TestWithPartnersOnce: withPartners is made once per sentence and
// answers what findWithPartners finds.
func TestWithPartnersOnce(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Le Maroc a signé des accords avec le Nigeria et le Rwanda.", []string{"NG", "RW"}},
		{"en", "Japan signed a defence pact with several Gulf states, including Qatar and Oman.", []string{"QA", "OM"}},
		{"en", "Japan signed a defence pact.", nil},
	}
	for _, c := range cases {
		sc := scanSentence(t, c.text, c.lang, time.Time{})
		got, first := sc.withPartners()
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: partners %v, want %v", c.text, got, c.want)
		}
		again, first2 := sc.withPartners()
		fresh, first3 := sc.findWithPartners()
		if first != first2 || first != first3 || !slices.Equal(again, fresh) || len(got) > 0 && &again[0] != &got[0] {
			t.Errorf("%q: second call %v/%d, fresh %v/%d, first %v/%d", c.text, again, first2, fresh, first3, got, first)
		}
	}
}
