package extract

// frTraineeRecipient returns the state whose soldiers a French sentence
// on a training program says are trained, when the pair's recipient rec
// is only the place where they train ("sa présence en Pologne dans le
// cadre de l'opération Unifier, qui forme des soldats ukrainiens": Ukraine
// gets the training, Poland hosts it); else rec.
func (sc *sentScan) frTraineeRecipient(rec, sup string) string {
	if sc.lw.code != "fr" || rec == "" {
		return rec
	}
	trainee := ""
	placeOnly := true
	for _, c := range sc.countries() {
		if c.sub == "demonym" && c.tok0 > 0 && c.id != sup && c.id != rec && sc.frTraineeAt(c.tok0-1) && trainee == "" {
			trainee = c.id
		}
		if c.id == rec && (c.tok0 == 0 || sc.toks[c.tok0-1].norm != "en") {
			placeOnly = false
		}
	}
	if trainee == "" || !placeOnly {
		return rec
	}
	for k := range sc.toks {
		if sc.lw.isTok("train-word", &sc.toks[k]) {
			return trainee
		}
	}
	return rec
}
