package extract

import "github.com/armswatch/armswatch/internal/domain"

// all_r12_esprec_voyage.go: a state's own ship that it sends with a cargo
// ("México envió el buque Papaloapan a Cuba con 800 toneladas de ayuda
// humanitaria", "Venezuela envió el buque Yekuana a Cuba con combustible",
// "the navy sent the ship to Gaza with humanitarian aid", "a envoyé le
// navire avec de l'aide humanitaire") carries goods: the ship does not
// change hands, though the verb of sending gives it the stage delivered
// and the port's state looks like a recipient; so does one it sends on a
// mission ("España envió el patrullero Furor a Senegal para vigilar la
// llegada de cayucos", "sent the destroyer to the Red Sea on a patrol
// mission"). A sentence with a word of a cargo or a mission (lexicon kinds
// `esprec-cargo`, `esprec-mission`) whose ship has no stage or only a
// delivery, and that states no order, approval, purchase or gift
// (stage-ordered, stage-approved, buy-verb, gift, second-hand-word cues)
// and has no word of handing a thing over (a word that begins with a stem
// of `esprec-handover-stem`: "donó", "entregó", "handed", "übergab", but
// not a word of `review12-handover-not`: "vendredi", "Donald", "أهداف"),
// is a hard doubt, read like a display. A ship handed over "con su
// tripulación entrenada" names no cargo and stays.

// shipVoyage returns "display" for a ship candidate on a cargo voyage.
func (sc *sentScan) shipVoyage(cat, stage string) string {
	if cat != "ships" || (stage != "" && stage != domain.StageDelivered) {
		return ""
	}
	if !sc.has("esprec-cargo") && !sc.has("esprec-mission") {
		return ""
	}
	if sc.cueOf("stage-ordered", "stage-approved", "buy-verb", "gift", "second-hand-word") {
		return ""
	}
	for _, t := range sc.toks {
		if sc.lw.hasStem("esprec-handover-stem", t.norm) && !sc.lw.isWord("review12-handover-not", t.norm) {
			return "" // "donó el patrullero ... para distribuir ayuda humanitaria"
		}
	}
	return "display"
}
