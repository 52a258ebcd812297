package extract

// programTrainees are people a training program takes in: "Moroccan
// officers", "oficiales marroquíes" (French: traineeWords, fr_training.go).
var programTrainees = map[string]bool{
	"officers": true, "soldiers": true, "cadets": true, "pilots": true, "troops": true, "personnel": true, "students": true,
	"oficiales": true, "militares": true, "soldados": true, "cadetes": true, "pilotos": true, "efectivos": true, "alumnos": true,
}

// programBeneficiary is the one state besides the program's own that a
// sentence about a state's program names, when the sentence makes it the
// beneficiary: its people are trained ("Under the IMET program, Moroccan
// officers attend courses"), or it is the sentence's only other state and
// the sentence speaks of aid or training ("Morocco takes part in the IMET
// program, which funds the training of its officers"). "" when the
// sentence names no such state, or several.
func (d *docScan) programBeneficiary(sc *sentScan, prov string) string {
	rec, n := "", 0
	trainee := false
	for _, c := range sc.countries() {
		if c.id == prov || c.sub == "agency" || sc.placeOnly(c) || c.id == rec {
			continue
		}
		rec = c.id
		n++
		trainee = sc.traineesOf(c.id)
		if s, r := d.roleCues(sc, c); s && !r {
			return "" // "Morocco provides", "trained by France"
		}
	}
	if n != 1 || !trainee && !sc.has("assistance") {
		return ""
	}
	return rec
}

// traineesOf reports whether the sentence names people of state code that
// a program trains: its demonym before or after a word for officers,
// soldiers or cadets ("Moroccan officers", "oficiales marroquíes").
func (sc *sentScan) traineesOf(code string) bool {
	for _, c := range sc.countries() {
		if c.id != code || c.sub != "demonym" {
			continue
		}
		if c.tok1 < len(sc.toks) && programTrainees[sc.toks[c.tok1].norm] || c.tok0 > 0 && programTrainees[sc.toks[c.tok0-1].norm] {
			return true
		}
	}
	return false
}
