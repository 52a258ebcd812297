package extract

import "testing"

// "garde-côtes" (split by the tokenizer) are trainees like "marins".
func TestFRCoastGuardTrainees(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "garde-cotes-demonym", lang: "fr", pub: "2023-05-10",
			text: "Les États-Unis assurent la formation des garde-côtes ivoiriens.",
			want: []string{"assistance US>CI "}},
		{name: "cotes-alone", lang: "fr", pub: "2023-05-10",
			text: "La France assure la surveillance des côtes sénégalaises et la formation de marins.",
			not:  []string{"assistance FR>SN "}},
	})
}

// "contractualiser", the French defence press's verb for signing a
// contract, is an order.
func TestFRContractualise(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "a-contractualise", lang: "fr", pub: "2023-05-10",
			text: "L'Allemagne a contractualisé trois P-8A supplémentaires auprès des États-Unis.",
			want: []string{"transfer US>DE p-8-poseidon q=3 ordered y=2023"}},
		{name: "poseidon-de-boeing", lang: "fr", pub: "2023-05-10",
			text: "Le département d'État a approuvé la vente au Canada de 16 Poseidon de Boeing.",
			want: []string{"transfer US>CA p-8-poseidon q=16 approved y=2023"}},
	})
}
