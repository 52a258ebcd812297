package extract

import "github.com/armswatch/armswatch/internal/domain"

// es_r5_portvisit.go: a warship that comes to a foreign port on a visit
// ("El destructor USS Pinckney arribó al puerto de Cartagena en el marco
// de una visita oficial", "La fragata HMS Montrose hizo escala en
// Montevideo", "llegó a Valparaíso en visita de cortesía"; since round 10
// in every language: "le porte-hélicoptères Tonnerre a fait escale à
// Libreville", "die Fregatte traf zu einem Hafenbesuch ein") is no transfer:
// the word of arrival gives it the stage delivered and the port's state
// looks like a recipient. A sentence with a word of a port visit (lexicon
// kind `port-visit`) whose system has no stage or only an arrival, and
// that states no sale, purchase, gift or receipt (stage-ordered,
// stage-approved, supply-verb, buy-verb cues; a stage-delivered or
// stage-received cue other than a word of arrival), is a hard doubt, read
// like a display.
// Ships that arrive after a sale ("llegaron a Valparaíso tras ser
// adquiridas al Reino Unido") keep their stage word and stay.

// portVisit returns "display" for a candidate on a ship's port visit.
func (sc *sentScan) portVisit(stage string) string {
	if stage != "" && stage != domain.StageDelivered {
		return ""
	}
	if !sc.has("port-visit") {
		return ""
	}
	if sc.cueOf("stage-ordered", "stage-approved", "supply-verb", "buy-verb") {
		return ""
	}
	for _, kind := range []string{"stage-delivered", "stage-received"} {
		for _, p := range sc.cuePositions(kind) {
			if !sc.arrivalWordAt(p) {
				return "" // "Colombia recibió de Estados Unidos el patrullero ..., que hizo escala"
			}
		}
	}
	return "display"
}

// arrivalWordAt reports whether the cue at p is a word of arrival (one
// that begins with a stem of the lexicon's arrival-stem: "llegó",
// "arribaron", "aterrizó", "arrived", "docked", "arrivé", "eingetroffen",
// "وصلت"), after an auxiliary ("ha llegado").
func (sc *sentScan) arrivalWordAt(p int) bool {
	for k := p; k < len(sc.toks) && k <= p+1; k++ {
		w := sc.toks[k].norm
		if sc.lw.hasStem("arrival-stem", w) {
			return true
		}
		if w != "ha" && w != "han" && w != "habia" && w != "habian" {
			return false
		}
	}
	return false
}
