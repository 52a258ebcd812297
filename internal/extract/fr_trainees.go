package extract

// The French words for the people a training program takes in, next to
// their demonym ("des officiers et sous-officiers nigériens", "les
// stagiaires guinéens", "des militaires béninois"): traineesOf
// (en_trainees.go) reads them to find a program's beneficiary, as it reads
// "Moroccan officers" and "oficiales marroquíes".
func init() {
	for _, w := range []string{"officiers", "militaires", "soldats", "cadets", "pilotes",
		"stagiaires", "élèves", "personnels", "instructeurs",
		"recrues", "troupes", "marins"} { // r10-precis (all_r10_precis_assist.go): "a formé plus de 30 000 recrues ukrainiennes"
		programTrainees[normWord(w)] = true
	}
}
