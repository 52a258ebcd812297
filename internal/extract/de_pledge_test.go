package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestDePledgeGiver: the subject of "zugesagt", "versprochen",
// "zugesichert" with a dative buyer gives, not the maker's state; a
// state after a comma opening its own clause is no member of the
// supplier list before it (enfres_conj.go, de_clauses.go); "genehmigen"
// approves. Sentences written for this test.
func TestDePledgeGiver(t *testing.T) {
	tests := []factCase{
		{"a pledging state gives a system made elsewhere", "de", "2024-03-03",
			"Polen hat der Ukraine 14 Leopard 2 zugesagt.",
			[]string{"transfer PL>UA leopard-2 q=14 approved y=2024"}},
		{"two pledging states", "de", "2024-03-03",
			"Dänemark und die Niederlande haben der Ukraine 24 F-16 versprochen.",
			[]string{"transfer NL>UA f-16 q=24 approved y=2024", "transfer DK>UA f-16 q=24 approved y=2024"}},
		{"a second clause's subject is no supplier", "de", "2024-03-03",
			"Die Schweiz kauft 36 Kampfjets F-35A von den USA, Deutschland erwirbt 35 F-35A.",
			[]string{"transfer US>CH f-35 q=36 ordered y=2024", "transfer US>DE f-35 q=35 ordered y=2024"}},
		{"a present-tense donation is a pledge", "de", "2024-03-03",
			"Kanada spendet der Ukraine acht Leopard-2-Panzer.",
			[]string{"transfer CA>UA leopard-2 q=8 approved y=2024"}},
		{"ordert orders", "de", "2024-03-03",
			"Litauen ordert bei KNDS France 18 Caesar-Haubitzen.",
			[]string{"transfer FR>LT caesar q=18 ordered y=2024"}},
		{"genehmigen approves", "de", "2024-03-03",
			"Die USA genehmigen den Verkauf von 31 Kampfhubschraubern vom Typ AH-64 Apache an Polen.",
			[]string{"transfer US>PL ah-64-apache q=31 approved y=2024"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
