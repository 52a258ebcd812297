package extract

import "testing"

// TestOnShow: systems in a parade or at a fair with no stage, or come to
// take part in an exercise, are no transfer; a system the same sentence
// says was received or bought stays (all_precision_display.go). Sentences
// written for this test.
func TestOnShow(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"es desfile", "es", "2024-05-03",
			"En el desfile del 5 de julio en Caracas participaron 20 tanques T-72B1 de fabricación rusa.",
			nil, []string{"transfer RU>VE t-72 q=20"}},
		{"en parade", "en", "2024-05-03",
			"Twenty Russian-made T-72 tanks rolled through Caracas in the Independence Day parade.",
			nil, []string{"transfer RU>VE t-72 q=20"}},
		{"es para participar en el ejercicio", "es", "2024-05-03",
			"Seis cazas Eurofighter españoles llegaron a Chile para participar en el ejercicio Salitre.",
			nil, []string{"transfer ES>CL eurofighter-typhoon q=6 delivered y=2024"}},
		{"en for the drills", "en", "2024-05-03",
			"Eight US AH-1Z helicopters arrived in Thailand for the Cobra Gold exercise.",
			nil, []string{"transfer US>TH ah-1z-viper q=8 delivered y=2024"}},
		// near misses: a stage of its own in a parade; a delivery beside a drill
		{"es recibidos desfilaron", "es", "2024-05-03",
			"Por primera vez desfilaron en Buenos Aires los 8 blindados Stryker recibidos de Estados Unidos.",
			[]string{"transfer US>AR stryker q=8 delivered y=2024"}, nil},
		{"en delivered, exercise later", "en", "2024-05-03",
			"Thailand received eight AH-1Z helicopters from the United States in March.",
			[]string{"transfer US>TH ah-1z-viper q=8 delivered y=2024"}, nil},
	})
}
