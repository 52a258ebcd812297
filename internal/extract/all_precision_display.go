package extract

import "github.com/armswatch/armswatch/internal/domain"

// Systems on show or at an exercise: "En el desfile participaron 20
// tanques T-72B1", "Boeing showcased 12 F-15EX at the Dubai Airshow",
// "Seis Eurofighter llegaron a Cerrillos para participar en el ejercicio
// Salitre", "قطع بحرية ... للمشاركة في التمرين". The annotation rules make
// parades, trade fairs and exercises no transfer. A sentence that names a
// parade or a fair (lexicon kind `display`) and gives the system no stage,
// or whose system comes with no stage to take part in an exercise (a word
// of `participation` or a purpose word at most four words before the word
// of `exercise`), is a hard doubt; a system that "arrived" for an exercise
// (stage delivered) carries the soft doubt exercise-arrival, for the model
// to weigh. "Stryker recibidos de Estados Unidos desfilaron" has a stage
// of its own and stays.

// exercisePurpose are the words that make the exercise after them the
// reason of a coming: "for the drills", "para el ejercicio", "zur Übung".
var exercisePurpose = normSet("for", "para", "pour", "für", "zur", "zum")

// onShow returns the doubt of a candidate on m at the stage the rules
// read: "display", "exercise-deploy" or "".
func (sc *sentScan) onShow(m mention, stage string) string {
	if why := sc.portVisit(stage); why != "" { // es_r5_portvisit.go: "arribó a Cartagena en visita oficial"
		return why
	}
	if stage == "" && sc.has("display") {
		return "display"
	}
	if stage != "" && stage != domain.StageDelivered {
		return ""
	}
	for _, p := range sc.cuePositions("exercise") {
		for k := max(0, p-4); k < p; k++ {
			if exercisePurpose[sc.toks[k].norm] {
				return exerciseDoubt(stage) // "para participar en el ejercicio"
			}
		}
		if sc.cueIn("participation", max(0, p-4), p) {
			return exerciseDoubt(stage)
		}
	}
	return ""
}

// exerciseDoubt names the doubt of a system at an exercise: hard with no
// stage, a flag the model weighs when a word of arrival gave it one ("sind
// für eine gemeinsame Marineübung angekommen").
func exerciseDoubt(stage string) string {
	if stage == "" {
		return "exercise-deploy"
	}
	return "exercise-arrival"
}
