package extract

import "testing"

// An unnamed programme of military training one state gives another's
// forces, in English and German (French in fr3_test.go), with the amount
// the sentence gives it.
func TestAidTraining(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "money-to-train", lang: "en",
			text: "The United States will provide $2.3 million to train Tunisian military personnel, the embassy said.",
			want: []string{"assistance US>TN  USD=2300000"}},
		{name: "to-state-to-train", lang: "en",
			text: "Britain gave £5 million to Kenya to train its soldiers in counter-terrorism.",
			want: []string{"assistance GB>KE  GBP=5000000"}},
		{name: "instructors-train", lang: "en",
			text: "Turkish instructors are training Somali troops at a base near Mogadishu.",
			want: []string{"assistance TR>SO "}},
		{name: "trained-in-place", lang: "en",
			text: "About 200 Ukrainian pilots were trained in Britain last year under the programme.",
			want: []string{"assistance GB>UA "}, not: []string{"assistance UA>GB "}},
		{name: "forces-of", lang: "en",
			text: "Italy finances the training of the armed forces of Niger.",
			want: []string{"assistance IT>NE "}},
		// a plan without an amount is no programme yet; training sold with
		// a system is part of its deal
		{name: "future-no-money", lang: "en",
			text: "France will train 200 Guinean soldiers next year, the minister said.",
			not:  []string{"assistance FR>GN "}},
		{name: "deal-training", lang: "en",
			text: "The contract with Spain includes training for Moroccan sailors.",
			not:  []string{"assistance ES>MA "}},
		{name: "bildet-aus", lang: "de",
			text: "Die Bundeswehr bildet in Deutschland ukrainische Soldaten aus, teilte das Ministerium mit.",
			want: []string{"assistance DE>UA "}},
		{name: "ausbildung-millionen", lang: "de",
			text: "Deutschland finanziert die Ausbildung nigrischer Soldaten mit 12 Millionen Euro.",
			want: []string{"assistance DE>NE  EUR=12000000"}},
		{name: "bildet-without-aus", lang: "de",
			text: "Deutschland bildet mit Frankreich den Kern der Gruppe für Mali.",
			not:  []string{"assistance DE>ML ", "assistance FR>ML "}},
	})
}

// Training tied to a system or an agreement is no programme of its own.
func TestAidTrainingWithSystem(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "jets-for-training", lang: "en",
			text: "Romania had provided the F-16 jets only for the training of Ukrainian pilots.",
			not:  []string{"assistance RO>UA "}},
		{name: "training-aircraft", lang: "en",
			text: "Seven training aircraft bought for the Bangladesh Air Force arrived from China, with Chinese instructors training Bangladeshi pilots.",
			not:  []string{"assistance CN>BD "}},
		{name: "training-agreement", lang: "en",
			text: "Qatar will be able to sign joint training agreements with the United States to train Qatari officers, with $5 million.",
			not:  []string{"assistance US>QA  USD=5000000"}},
	})
}
