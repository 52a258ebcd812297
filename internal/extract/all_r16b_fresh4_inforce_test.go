package extract

import "testing"

// TestR16bAgreementInForce: an agreement the text says entered into force
// was signed, in the five languages (lexicon kind agreement-sign, block
// r16b-fresh4); a wish to have it in force is not. Sentences written for
// this test, after the Franco-Belgian CaMo agreement of seen doc fr-rs-145.
func TestR16bAgreementInForce(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{"fr est entré en vigueur", "fr", "2019-07-02",
			"L'accord de coopération de défense entre la France et la Belgique est entré en vigueur le 21 juin.",
			[]string{"agreement FR+BE y=2019"}, nil},
		{"en entered into force", "en", "2019-07-02",
			"The defence cooperation agreement between France and Belgium entered into force on 21 June.",
			[]string{"agreement FR+BE y=2019"}, nil},
		{"es entró en vigor", "es", "2019-07-02",
			"El acuerdo de cooperación en defensa entre Francia y Bélgica entró en vigor el 21 de junio.",
			[]string{"agreement FR+BE y=2019"}, nil},
		{"de in Kraft getreten", "de", "2019-07-02",
			"Das Verteidigungsabkommen zwischen Frankreich und Belgien ist am 21. Juni in Kraft getreten.",
			[]string{"agreement FR+BE y=2019"}, nil},
		{"ar دخلت حيز التنفيذ", "ar", "2019-07-02",
			"اتفاقية التعاون الدفاعي بين فرنسا وبلجيكا دخلت حيز التنفيذ في 21 يونيو.",
			[]string{"agreement FR+BE y=2019"}, nil},
		// near misses: not yet in force
		{"fr doit entrer en vigueur", "fr", "2019-07-02",
			"L'accord de coopération de défense entre la France et la Belgique doit entrer en vigueur le 21 juin.",
			nil, []string{"agreement FR+BE y=2019"}},
		{"en will enter into force", "en", "2019-07-02",
			"The defence cooperation agreement between France and Belgium will enter into force on 21 June.",
			nil, []string{"agreement FR+BE y=2019"}},
	})
}
