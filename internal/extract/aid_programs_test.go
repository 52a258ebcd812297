package extract

import "testing"

// Aid programs whose beneficiary the sentence leaves to the document, and
// organisations' programs named with a member state that hosts them.
func TestAidPrograms(t *testing.T) {
	checkCandidates(t, []candidateCase{
		// a state-run program in a sentence that names no beneficiary: the
		// state the document is about receives
		{name: "imet-among-programmes", lang: "en",
			text: "The US Navy handed a patrol boat to the Ghanaian Navy. Ghana's navy chief thanked the ambassador. The programmes also include International Military Education and Training (IMET) and equipment donations.",
			want: []string{"assistance US>GH imet"}},
		{name: "bpc-under-programme", lang: "en",
			text: "Kenya's coast guard received night-vision goggles on Monday. The equipment was provided under a Building Partner Capacity programme coordinated by the U.S. Embassy.",
			want: []string{"assistance US>KE building-partner-capacity"}},
		{name: "fr-programme-imet", lang: "fr",
			text: "Le Sénégal a reçu deux vedettes de patrouille. Ce don complète le programme IMET, selon l'ambassade.",
			want: []string{"assistance US>SN imet"}},
		// another state in the sentence is no case for the document's state
		{name: "third-state-in-sentence", lang: "en",
			text: "Kenya's coast guard received night-vision goggles. Uganda also benefits from the Building Partner Capacity programme.",
			not:  []string{"assistance US>KE building-partner-capacity"}},
		// a document about the program's own state alone names no beneficiary
		{name: "no-beneficiary", lang: "en",
			text: "Congress appropriates IMET funds every year. The United States runs the IMET program through the State Department.",
			not:  []string{"assistance US>- imet"}},
		// a member state named with the EU's training mission hosts it
		{name: "eu-mission-in-member", lang: "fr",
			text: "Paris enverra 150 militaires en Pologne pour renforcer la mission européenne de formation des soldats ukrainiens.",
			not:  []string{"assistance EU>PL eu-training-mission"}},
		{name: "epf-member-pays", lang: "en",
			text: "Germany welcomed the new European Peace Facility assistance measure of €20 million for Moldova's armed forces.",
			want: []string{"assistance EU>MD epf EUR=20000000"},
			not:  []string{"assistance EU>DE epf EUR=20000000", "assistance EU>DE epf"}},
	})
}

// General words for aid, with an amount, going to a state's armed forces
// are military aid.
func TestForcesAid(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "soutien-a-l-armee", lang: "fr",
			text: "La France apporte un soutien de 12 millions d'euros à l'armée béninoise.",
			want: []string{"assistance FR>BJ  EUR=12000000"}},
		{name: "aide-aux-forces-armees", lang: "fr",
			text: "Les États-Unis ont octroyé une aide de 15 millions de dollars aux forces armées nigériennes.",
			want: []string{"assistance US>NE  USD=15000000"}},
		{name: "support-to-the-armed-forces-of", lang: "en",
			text: "The United States gave $15 million in support to the armed forces of Niger.",
			want: []string{"assistance US>NE  USD=15000000"}},
		{name: "unterstuetzung-der-armee", lang: "de",
			text: "Deutschland gewährt der nigrischen Armee eine Unterstützung von 10 Millionen Euro.",
			want: []string{"assistance DE>NE  EUR=10000000"}},
		// aid to a state, not to its forces, says nothing of its kind
		{name: "soutien-au-pays", lang: "fr",
			text: "La France apporte un soutien de 12 millions d'euros au Bénin.",
			not:  []string{"assistance FR>BJ  EUR=12000000"}},
		{name: "humanitarian", lang: "en",
			text: "The United States gave $15 million in humanitarian aid to the armed forces of Niger for displaced families.",
			not:  []string{"assistance US>NE  USD=15000000"}},
	})
}
