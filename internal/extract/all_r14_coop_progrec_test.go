package extract

import "testing"

// TestR14coopProgramReceiver: the one state a sentence says received
// something under a state's programme is its recipient, also after a
// German verb-second "erhielt" (all_r14_coop_progrec.go). Sentences
// written for this test.
func TestR14coopProgramReceiver(t *testing.T) {
	checkFresh5(t, []fresh5Case{
		{"de: Über X erhielt Y", "de", "Über die Ertüchtigungsinitiative erhielt Tunesien Ausrüstung für die Grenzsicherung.",
			[]string{"assistance DE>TN enable-enhance-initiative"}, nil},
		{"de: Y erhielt über X", "de", "Jordanien erhielt über die Ertüchtigungsinitiative Fahrzeuge.",
			[]string{"assistance DE>JO enable-enhance-initiative"}, nil},
	})
}
