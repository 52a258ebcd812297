package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestAllEventsFurtherBatch: a further batch of a system ("otros 14",
// "another 14") has the seller the text states for the batch it
// continues, not the system's country of origin
// (all_events_furtherbatch.go). Sentences written for this test.
func TestAllEventsFurtherBatch(t *testing.T) {
	tests := []factCase{
		{"es: otros 14 after a Taiwanese donation of Bell helicopters", "es", "2025-08-21",
			"Taiwán donó cuatro helicópteros UH-1H a Paraguay. La primera donación llegó en 1996, con dos helicópteros UH-1H, y entre 2001 y 2021 Paraguay recibió otros 14 aparatos del mismo tipo.",
			[]string{"transfer TW>PY uh-1-huey q=4 delivered y=2025", "transfer TW>PY uh-1-huey q=2 delivered y=1996", "transfer TW>PY uh-1-huey q=14 delivered y=2021"}},
		{"en: another 14 after a Taiwanese donation", "en", "2025-08-21",
			"Taiwan donated four UH-1H helicopters to Paraguay. Paraguay received its first two UH-1H helicopters in 1996. In 2021 Paraguay received another 14 units.",
			[]string{"transfer TW>PY uh-1-huey q=4 delivered y=2025", "transfer TW>PY uh-1-huey q=2 delivered y=1996", "transfer TW>PY uh-1-huey q=14 delivered y=2021"}},
		{"es: a seller stated for the first batch only", "es", "2025-08-21",
			"Paraguay recibió en 1996 dos helicópteros UH-1H, y entre 2001 y 2021 recibió otros 14 aparatos del mismo tipo.",
			[]string{"transfer US>PY uh-1-huey q=2 delivered y=1996", "transfer US>PY uh-1-huey q=14 delivered y=2021"}},
	}
	checkFacts(t, tests, func(f domain.Fact) (string, bool) { return brief(f), f.Type == domain.TypeTransfer })
}
