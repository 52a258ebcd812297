package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestEnR4FutureReceipt: a scheduled receipt or delivery between two states
// the sentence names is a transfer ordered (en_r4_future.go); a schedule
// with no named party stays no fact. Sentences written for this test.
func TestEnR4FutureReceipt(t *testing.T) {
	tests := []factCase{
		{"is set to receive", "en", "2024-05-12",
			"Greece is set to receive six Rafale jets from France later this year.",
			[]string{"transfer FR>GR rafale q=6 ordered y=2024"}},
		{"is due to receive", "en", "2024-05-12",
			"Kenya is due to receive four Mi-17 helicopters from Russia.",
			[]string{"transfer RU>KE mi-8-17 q=4 ordered y=2024"}},
		{"will receive", "en", "2024-05-12",
			"Indonesia will receive the first six Rafale jets from France in 2026.",
			[]string{"transfer FR>ID rafale q=6 ordered y=2024"}},
		{"expects delivery is no delivery yet", "en", "2024-05-12",
			"Croatia expects delivery of 12 used Rafale jets from France next year.",
			[]string{"transfer FR>HR rafale q=12 ordered y=2024"}},
		{"a schedule naming no state", "en", "2024-05-12",
			"Deliveries of the Rafale jets are expected to start in 2027.",
			nil},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), true })
}
