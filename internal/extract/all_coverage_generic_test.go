package extract

import "testing"

// TestCoverageBareGenericWords: the bare word for a kind of weapon
// ("missiles", "Raketen", "Schiffe", "سفن") names the
// category of a transfer when the sentence gives its parties and a stage
// (lexicon generic.tsv); fired in combat, the same words give no transfer.
// Arabic "صواريخ" and "طائرات" stay out: alone they name the missiles a
// deal "also included" beside its system and the aircraft "of the same
// type" that another rule already counts (ar_docpair_test.go, ar_test.go).
// Sentences written for this test.
func TestCoverageBareGenericWords(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"en missiles sold", "en", "",
			"The United States sold missiles to Saudi Arabia last year.",
			[]string{"transfer US>SA cat:missiles ordered"}, nil},
		{"en ballistic missiles", "en", "",
			"North Korea delivered ballistic missiles to Russia.",
			[]string{"transfer KP>RU cat:missiles delivered"}, nil},
		{"fr missiles livrés", "fr", "",
			"La France a livré des missiles à l'Ukraine.",
			[]string{"transfer FR>UA cat:missiles delivered"}, nil},
		{"es misiles aprobados", "es", "",
			"Estados Unidos aprobó la venta de misiles a Taiwán.",
			[]string{"transfer US>TW cat:missiles approved"}, nil},
		{"de Schiffe geliefert", "de", "",
			"Deutschland hat Ägypten zwei Schiffe geliefert.",
			[]string{"transfer DE>EG cat:ships q=2 delivered"}, nil},
		{"de Tarnkappenjets", "de", "",
			"Polen hat in den USA 32 Tarnkappenjets bestellt.",
			[]string{"transfer US>PL cat:aircraft q=32 ordered"}, nil},
		{"ar سفن delivered", "ar", "",
			"سلمت ألمانيا مصر ثلاث سفن.",
			[]string{"transfer DE>EG cat:ships q=3 delivered"}, nil},
		// fired, not traded
		{"en fired missiles", "en", "",
			"Russia fired missiles at Ukraine overnight.",
			nil, []string{"transfer RU>UA cat:missiles", "transfer RU>UA cat:missiles delivered"}},
		{"fr missiles tirés", "fr", "",
			"La Russie a tiré des missiles sur l'Ukraine.",
			nil, []string{"transfer RU>UA cat:missiles", "transfer RU>UA cat:missiles delivered"}},
		{"de Raketen abgefeuert", "de", "",
			"Russland hat in der Nacht Raketen auf die Ukraine abgefeuert.",
			nil, []string{"transfer RU>UA cat:missiles", "transfer RU>UA cat:missiles delivered"}},
		{"ar صواريخ fired", "ar", "",
			"أطلقت روسيا صواريخ على أوكرانيا.",
			nil, []string{"transfer RU>UA cat:missiles", "transfer RU>UA cat:missiles delivered"}},
		{"es misiles lanzados", "es", "",
			"Rusia lanzó misiles contra Ucrania.",
			nil, []string{"transfer RU>UA cat:missiles", "transfer RU>UA cat:missiles delivered"}},
	})
}
