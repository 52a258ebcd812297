package extract

// r15TrainingAid reads military training that one state gives another's
// forces, in the languages that had no such reader (French: trainingAid,
// fr_training.go; Spanish: esTrainingAid, es_r4_training.go): "Deutschland
// hat 40 mongolische Soldaten ausgebildet", "die Ausbildung ukrainischer
// Soldaten durch die Bundeswehr", "British instructors trained Ukrainian
// recruits", "the training of Nigerien officers by the United States".
// (The Arabic words are in the lexicon; Arabic is not read yet: its
// demonyms after an article were not tested.) annotating.md counts training ("formation
// militaire") as assistance. The trainees must be written as such: a word
// for soldiers, officers or forces (r15assist-trainee) next to their
// demonym, or followed by "of"/"der" and the state; the giver is a state
// named before the word for training (r15assist-train), the demonym of
// instructors (r15assist-instructor), or a state after "by"/"durch"/"von"
// or, for the noun, "in". Sentences with a named programme (read by the
// program rules), a deal, a future, an exercise or a doubt are left alone.
func (d *docScan) r15TrainingAid(i int, sc *sentScan) {
	switch sc.lw.code {
	case "de", "en":
	default:
		return
	}
	if sc.doubtful() || sc.has("future") || sc.has("exercise") || sc.has("deal") || sc.trainingWithGoods("r15assist-train") { // all_r10_precis_assist.go
		return
	}
	tw := -1
	for k := range sc.toks {
		if sc.lw.isTok("r15assist-train", &sc.toks[k]) {
			tw = k
			break
		}
	}
	if tw < 0 {
		return
	}
	trainee := func(k int) bool { return k >= 0 && k < len(sc.toks) && sc.lw.isTok("r15assist-trainee", &sc.toks[k]) }
	instructor := func(k int) bool {
		return k >= 0 && k < len(sc.toks) && sc.lw.isTok("r15assist-instructor", &sc.toks[k])
	}
	agent := func(k int) bool { return k >= 0 && sc.lw.isTok("r15assist-agent-prep", &sc.toks[k]) }
	prov, rec := "", ""
	for _, c := range sc.countries() {
		if sc.placeOnly(c) || c.sub == "capital" {
			continue
		}
		wb := sc.wordBefore(c)
		// the trainees: "ukrainische Soldaten", "Ukrainian troops",
		// "soldiers of Mali", "Soldaten der Ukraine", "جنودا ماليين"
		traineesHere := c.sub == "demonym" && (trainee(c.tok1) || trainee(c.tok0-1) || trainee(c.tok1+1) && c.tok1 < len(sc.toks) && sc.lw.isTok("r15assist-trainee-mod", &sc.toks[c.tok1])) ||
			c.sub != "demonym" && wb >= 1 && sc.lw.isTok("r15assist-of", &sc.toks[wb]) && trainee(wb-1)
		switch {
		case traineesHere && !instructor(c.tok0-1) && !instructor(c.tok1) && rec == "":
			rec = c.id
		case c.sub == "demonym" && (instructor(c.tok0-1) || instructor(c.tok1)) && prov == "":
			prov = c.id // "British instructors", "Ausbilder aus Deutschland" (below)
		case c.sub != "demonym" && agent(wb) && c.tok0 > tw && prov == "":
			prov = c.id // "by the United States", "durch Deutschland"
		case c.sub != "demonym" && wb >= 0 && instructor(wb-1) && prov == "":
			prov = c.id // "Ausbilder aus Deutschland", "instructors from France"
		case c.sub != "demonym" && c.tok1 <= tw && prov == "" && !traineesHere:
			prov = c.id // "Deutschland hat ... ausgebildet", "Britain trained"
		}
	}
	name := "training"
	switch sc.lw.code {
	case "de":
		name = "Ausbildung"
	}
	d.addUnnamedAid(i, sc, name, prov, rec, 0.45) // fr_militaryaid.go
}
