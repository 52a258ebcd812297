package extract

import "github.com/armswatch/armswatch/internal/domain"

// traineeWords are the people or forces trained: "la formation de 300
// soldats maliens", "des pilotes centrafricains", "l'armée béninoise".
var traineeWords = map[string]bool{"soldats": true, "militaires": true, "pilotes": true, "officiers": true,
	"troupes": true, "gendarmes": true, "marins": true, "cadets": true, "commandos": true,
	"forces": true, "armee": true, "armees": true, "personnels": true, "elements": true, "recrues": true, "policiers": false,
	"parachutistes": true, "bataillons": true, "unites": true,
	"cadres": true, "stagiaires": true, "fantassins": true, "equipages": true, "mecaniciens": true,
	"speciales": true, "aeriennes": true, "navales": true, "terrestres": true} // "des forces spéciales tchadiennes"

// trainingAid reads an unnamed programme of military training that one
// state gives another's forces: "La France a financé la formation de 300
// soldats maliens", "Les instructeurs russes assurent la formation des
// pilotes centrafricains", "La France apporte un appui en formation à
// l'armée béninoise". The giver is a state named before the word for
// training (or the demonym of the instructors); the trainees are the
// demonym of soldiers, pilots or forces after it, or a state after
// "à"/"au". French only; sentences with a named programme, a future or a
// doubt are left to the other rules.
func (d *docScan) trainingAid(i int, sc *sentScan) {
	// training sold with a system is part of its deal ("des formations
	// techniques en Espagne" in a contract for a patrol boat)
	if sc.lw.code != "fr" || sc.doubtful() || sc.has("future") || sc.has("exercise") || sc.has("deal") || sc.precisTrainingWithGoods() { // all_r10_precis_assist.go: "incluye repuestos ... y la formación"
		return
	}
	tw := -1
	for k, t := range sc.toks {
		// "avions d'entraînement", "navire-école de formation": a kind
		// of equipment, not training given
		if sc.lw.isTok("train-word", &sc.toks[k]) && !(sc.lw.isWord("train-noun", t.norm) && k > 1 && (sc.toks[k-1].norm == "d" || sc.toks[k-1].norm == "de") && sc.lw.isTok("trainer-craft", &sc.toks[k-2])) {
			tw = k
			break
		}
	}
	if tw < 0 {
		return
	}
	// a noun ("la formation de", "une formation en France") or a verb
	// whose subject trains ("des soldats canadiens entraînent")
	noun := sc.lw.isTok("train-noun", &sc.toks[tw])
	prov, rec := "", ""
	for _, c := range sc.countries() {
		switch {
		case c.tok1 <= tw && c.sub != "demonym" && prov == "":
			prov = c.id
		case c.tok1 <= tw && c.sub == "demonym" && c.tok0 > 0 && sc.lw.isTok("instructor-word", &sc.toks[c.tok0-1]) && prov == "":
			prov = c.id // "les instructeurs russes assurent la formation", "des formateurs américains ont entraîné"
		case c.tok0 > tw && c.sub == "demonym" && c.tok0 > 0 && sc.lw.isTok("instructor-word", &sc.toks[c.tok0-1]) && prov == "":
			prov = c.id // "une formation dispensée par des instructeurs américains"
		case c.tok1 <= tw && c.sub == "demonym" && c.tok0 > 0 && sc.frTraineeAt(c.tok0-1) && !noun && prov == "":
			prov = c.id // "des soldats canadiens entraînent des militaires ukrainiens"
		case c.tok1 <= tw && c.sub == "demonym" && c.tok0 > 0 && sc.frTraineeAt(c.tok0-1) && noun && rec == "":
			rec = c.id // "des pilotes ukrainiens ayant suivi une formation en France"
		case c.tok0 > tw && c.sub != "demonym" && prov == "" && sc.wordBefore(c) >= 0 && sc.toks[sc.wordBefore(c)].norm == "par":
			prov = c.id // "la formation des officiers béninois est financée par la France"
		case c.tok0 > tw && c.sub != "demonym" && c.tok0 > 0 && sc.toks[c.tok0-1].norm == "en" && noun && prov == "":
			prov = c.id // "une formation en France"
		case c.tok0 > tw && c.sub == "demonym" && c.tok0 > 0 && (sc.frTraineeAt(c.tok0-1) || sc.lw.isTok("force-tail", &sc.toks[c.tok0-1])) && rec == "":
			rec = c.id // "des pilotes centrafricains", "l'armée béninoise"
		case c.tok0 > tw && c.sub != "demonym" && rec == "":
			if n, _ := sc.lw.set("recipient-prep").at(sc.toks, c.tok0-1); n == 1 {
				rec = c.id
			} else if c.tok0 >= 2 && sc.lw.isTok("article", &sc.toks[c.tok0-1]) {
				if n, _ := sc.lw.set("recipient-prep").at(sc.toks, c.tok0-2); n == 1 {
					rec = c.id
				}
			}
		}
	}
	conf := 0.5
	if prov == "" && rec != "" {
		// "au profit des marins sénégalais" after a donation the document
		// tells: the document's giver trains
		prov, _ = d.focus()
		conf = 0.4
	}
	if prov == "" || rec == "" || prov == rec || d.hasAssistance("", rec) {
		return
	}
	f := domain.Fact{Type: domain.TypeAssistance, Provider: party(prov), Recipient: party(rec),
		Program: &domain.Named{Name: "formation"}}
	d.assistanceYear(sc, &f)
	d.add(i, sc, f, "assistance.aid", conf)
}

// frTraineeAt reports whether token k is a word for trainees; the
// tokenizer splits "garde-côtes" into "garde" and "cotes".
func (sc *sentScan) frTraineeAt(k int) bool {
	w := sc.toks[k].norm
	if w == "cotes" || w == "cote" {
		return k > 0 && (sc.toks[k-1].norm == "garde" || sc.toks[k-1].norm == "gardes")
	}
	return traineeWords[w]
}
