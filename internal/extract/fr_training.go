package extract

import "github.com/armswatch/armswatch/internal/domain"

// trainWords are the French words for training soldiers.
var trainWords = map[string]bool{"formation": true, "formations": true, "forme": true, "formes": true, "formee": true,
	"formees": true, "forment": true, "former": true, "entrainement": true, "entraine": true, "entraines": true,
	"entrainent": true, "instruction": true}

// nounTrain are the nouns among trainWords.
var nounTrain = map[string]bool{"formation": true, "formations": true, "entrainement": true, "instruction": true}

// traineeWords are the people or forces trained: "la formation de 300
// soldats maliens", "des pilotes centrafricains", "l'armée béninoise".
var traineeWords = map[string]bool{"soldats": true, "militaires": true, "pilotes": true, "officiers": true,
	"sous-officiers": true, "troupes": true, "gendarmes": true, "marins": true, "cadets": true, "commandos": true,
	"forces": true, "armee": true, "armees": true, "personnels": true, "elements": true, "recrues": true, "policiers": false}

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
	// French, English, German words in aid_training.go; a future only with
	// an amount ("will provide $2.3 million to train")
	tl := trainingLex(sc.lw.code)
	if tl == nil || sc.doubtful() || (sc.has("future") && len(sc.money) == 0) || sc.has("exercise") || sc.has("deal") {
		return
	}
	tw := -1
	for k := range sc.toks {
		if tl.trainWordAt(sc, k) {
			tw = k
			break
		}
	}
	if tw < 0 || tl.planned(sc, tw) || trainingWithSystem(sc) { // aid_training.go
		return
	}
	// a noun ("la formation de", "une formation en France") or a verb
	// whose subject trains ("des soldats canadiens entraînent")
	noun := tl.noun[sc.toks[tw].norm]
	passive := tl.passive[sc.toks[tw].norm]
	prov, rec := "", ""
	for _, c := range sc.countries() {
		switch {
		case c.tok1 <= tw && c.sub != "demonym" && prov != "" && rec == "" && c.tok0 > 0 && recipientPrepAt(sc, c.tok0-1):
			rec = c.id // "will provide $2.3 million to Tunisia to train its army"
		case c.tok1 <= tw && c.sub != "demonym" && prov == "":
			prov = c.id
		case c.tok1 <= tw && c.sub == "demonym" && tl.qualifies(sc, c, tl.instructors) && prov == "":
			prov = c.id // "les instructeurs russes assurent la formation"
		case c.tok1 <= tw && c.sub == "demonym" && tl.qualifies(sc, c, tl.trainee) && !noun && !passive && prov == "":
			prov = c.id // "des soldats canadiens entraînent des militaires ukrainiens"
		case c.tok1 <= tw && c.sub == "demonym" && tl.qualifies(sc, c, tl.trainee) && (noun || passive) && rec == "":
			rec = c.id // "des pilotes ukrainiens ayant suivi une formation en France", "Ukrainian pilots trained in Denmark"
		case c.tok0 > tw && c.sub != "demonym" && c.tok0 > 0 && tl.place[sc.toks[c.tok0-1].norm] && (noun || passive) && prov == "":
			prov = c.id // "une formation en France"
		case c.tok0 > tw && c.sub == "demonym" && (tl.qualifies(sc, c, tl.trainee) || !tl.adjBefore && forceTail[sc.toks[c.tok0-1].norm]) && rec == "":
			rec = c.id // "des pilotes centrafricains", "l'armée béninoise", "Tunisian military personnel"
		case c.tok0 > tw && c.sub != "demonym" && c.tok0 > 1 && tl.of[sc.toks[c.tok0-1].norm] && tl.trainee[sc.toks[c.tok0-2].norm] && rec == "":
			rec = c.id // "the armed forces of Niger"
		case c.tok0 > tw && c.sub != "demonym" && rec == "":
			if n, _ := sc.lw.set("recipient-prep").at(sc.toks, c.tok0-1); n == 1 {
				rec = c.id
			} else if c.tok0 >= 2 && articles[sc.toks[c.tok0-1].norm] {
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
		Program: &domain.Named{Name: tl.name}}
	trainingValue(sc, &f) // aid_training.go
	d.assistanceYear(sc, &f)
	d.add(i, sc, f, "assistance.aid", conf)
}
