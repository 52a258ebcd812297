package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDeRoles2Forces: the German armed forces named bare ("die
// Luftwaffe", "die Marine") giving up a foreign-made system make Germany
// its seller, not the maker's state; another state's forces, or forces
// that receive, do not (de_roles2_forces.go). Sentences written for this
// test.
func TestDeRoles2Forces(t *testing.T) {
	tests := []factCase{
		{"the Luftwaffe hands over from its stocks", "de", "2022-04-20",
			"Die Luftwaffe hat der Ukraine 200 Stinger aus ihren Beständen übergeben.",
			[]string{"transfer DE>UA stinger q=200 delivered y=2022"}},
		{"in a relative clause, the recipient as a dative right after the forces", "de", "2022-04-20",
			"Das System gleicht der amerikanischen Stinger, von der die Luftwaffe der Ukraine 300 Stück aus ihren Beständen übergeben hat.",
			[]string{"transfer DE>UA stinger delivered y=2022"}},
		{"offered, then handed over", "de", "2022-04-20",
			"Das Gerät ähnelt der amerikanischen Stinger, von der die Luftwaffe der Ukraine im März 400 Stück aus ihren Beständen angeboten und später auch übergeben hat.",
			[]string{"transfer DE>UA stinger delivered y=2022"}},
		{"a closing und: no crash at the sentence's end", "de", "2022-04-20",
			"Das Gerät ähnelt der amerikanischen Stinger, von der die Luftwaffe der Ukraine im März 400 Stück aus ihren Beständen angeboten und",
			nil},
		{"another state's air force receives: the maker sells", "de", "2022-04-20",
			"Die polnische Luftwaffe erhielt 200 Stinger.",
			[]string{"transfer US>PL stinger q=200 delivered y=2022"}},
		{"the forces of the recipient, genitive: the maker sells", "de", "2022-04-20",
			"Die Luftwaffe der Ukraine erhielt 200 Stinger.",
			[]string{"transfer US>UA stinger q=200 delivered y=2022"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
