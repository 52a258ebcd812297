package extract

import "testing"

// French trainees next to their demonym make them the program's
// beneficiary, even when the demonym is the only state the sentence names.
func TestFRProgramTrainees(t *testing.T) {
	checkCandidates(t, []candidateCase{
		{name: "officiers-demonym", lang: "fr", pub: "2019-12-12",
			text: "L'ambassade a obtenu un million de dollars pour le programme IMET, qui forme des officiers nigériens.",
			want: []string{"assistance US>NE imet USD=1000000"}},
		{name: "president-demonym", lang: "fr", pub: "2019-12-12",
			text: "L'ambassade a obtenu un million de dollars pour le programme IMET, selon le président nigérien.",
			not:  []string{"assistance US>NE imet USD=1000000"}},
	})
}
