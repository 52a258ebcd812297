package extract

// esTraineeWords are the people or forces trained: "200 militares
// colombianos", "las fuerzas armadas de Mauritania", "pilotos ucranianos".
var esTraineeWords = map[string]bool{"soldados": true, "militares": true, "pilotos": true, "oficiales": true,
	"tropas": true, "marinos": true, "cadetes": true, "comandos": true, "fuerzas": true, "fuerza": true, "armadas": true,
	"armada": true, "ejercito": true, "ejercitos": true, "efectivos": true, "reclutas": true, "paracaidistas": true,
	"batallones": true, "unidades": true, "tripulaciones": true, "mecanicos": true, "combatientes": true,
	"suboficiales": true, "infantes": true}

// esInstructorWords are those who train: "instructores estadounidenses".
var esInstructorWords = map[string]bool{"instructores": true, "instructor": true, "asesores": true, "formadores": true, "entrenadores": true}

// esTrainingAid reads an unnamed programme of military training that one
// state gives another's forces, as trainingAid does for French: "Francia
// impartió formación militar a las fuerzas armadas de Mauritania",
// "Estados Unidos capacitó a 200 militares colombianos", "instructores
// rusos entrenaron a pilotos venezolanos". Sentences with a deal, a
// future ("impartirá"), an exercise or a doubt are left to the other rules.
func (d *docScan) esTrainingAid(i int, sc *sentScan) {
	if sc.lw.code != "es" || sc.doubtful() || sc.has("future") || sc.has("exercise") || sc.has("deal") || sc.esFutureVerb() || sc.precisTrainingWithGoods() { // all_r10_precis_assist.go: "incluye repuestos ... y la formación"
		return
	}
	tw := -1
	for k, t := range sc.toks {
		if sc.lw.isTok("train-word", &sc.toks[k]) && !(sc.lw.isWord("train-noun", t.norm) && k > 1 && sc.toks[k-1].norm == "de" && sc.lw.isTok("trainer-craft", &sc.toks[k-2])) {
			tw = k
			break
		}
	}
	if tw < 0 {
		return
	}
	noun := sc.lw.isTok("train-noun", &sc.toks[tw])
	traineeBefore := func(k int) bool { // a trainee word among the three words before k
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if esTraineeWords[sc.toks[j].norm] {
				return true
			}
		}
		return false
	}
	prov, rec := "", ""
	for _, c := range sc.countries() {
		before := ""
		if c.tok0 > 0 {
			before = sc.toks[c.tok0-1].norm
		}
		switch {
		case c.tok1 <= tw && c.sub != "demonym" && prov == "":
			prov = c.id // "Francia impartió formación"
		case c.sub == "demonym" && esInstructorWords[before] && prov == "":
			prov = c.id // "instructores rusos entrenaron"
		case c.tok1 <= tw && c.sub == "demonym" && esTraineeWords[before] && noun && rec == "":
			rec = c.id // "pilotos ucranianos recibieron formación"
		case c.tok0 > tw && c.sub != "demonym" && prov == "" && before == "por":
			prov = c.id // "la formación ... financiada por Francia"
		case c.tok0 > tw && c.sub != "demonym" && noun && prov == "" && before == "en":
			prov = c.id // "una formación en Alemania"
		case c.tok0 > tw && c.sub == "demonym" && esTraineeWords[before] && rec == "":
			rec = c.id // "200 militares colombianos"
		case c.tok0 > tw && c.sub != "demonym" && (before == "de" || before == "del") && traineeBefore(c.tok0-1) && rec == "":
			rec = c.id // "las fuerzas armadas de Mauritania"
		case c.tok0 > tw && c.sub != "demonym" && rec == "":
			if n, _ := sc.lw.set("recipient-prep").at(sc.toks, c.tok0-1); n == 1 {
				rec = c.id // "a Bolivia"
			}
		}
	}
	d.addUnnamedAid(i, sc, "formación", prov, rec, 0.5) // fr_militaryaid.go
}

// esFutureVerb reports whether the sentence has a verb in the Spanish
// future tense, its accented ending "-rá"/"-rán" ("impartirá",
// "entrenarán"): a plan, not training given.
func (sc *sentScan) esFutureVerb() bool {
	for _, t := range sc.toks {
		if esFutureWord(t.raw) { // all_r14_speed_words.go: lower(raw) ends in "rá" or "rán"
			return true
		}
	}
	return false
}
