package extract

// French future of a verb of giving with a state as its subject: "Le
// Canada fournira 200 véhicules blindés à l'Ukraine", "Ottawa enverra 39
// blindés légers", "la Belgique va céder 80 blindés Lynx à Kiev". A
// government that says it will give has pledged: the transfer is
// approved (docs/annotating.md), as with the modal "doit livrer" that
// pledgeIn already reads. Without it a count of a kind of equipment
// ("200 véhicules blindés") has no stage and is dropped as a generic
// word alone.

// frFutureGiveVerbs are the simple-future forms of the verbs of giving.
var frFutureGiveVerbs = map[string]bool{}

// frNearFutureGive are the infinitives that "va"/"vont" turn into a near
// future of giving.
var frNearFutureGive = map[string]bool{}

func init() {
	// not "livrera" nor "vendra": "La France livrera les 26 Rafale à l'Inde
	// en 2029" is the schedule of an order, not a pledge
	for _, w := range []string{"fournira", "fourniront", "enverra", "enverront",
		"cédera", "céderont", "donnera", "donneront", "offrira", "offriront", "transférera", "transféreront",
		"remettra", "remettront"} {
		frFutureGiveVerbs[normWord(w)] = true
	}
	for _, w := range []string{"fournir", "envoyer", "céder", "donner", "offrir", "transférer", "remettre"} {
		frNearFutureGive[normWord(w)] = true
	}
}

// frFutureGive returns the position of a French future verb of giving in
// toks[from:to] whose subject, a state, ends right before it (or before
// "va"/"vont"; a clitic "lui"/"leur" may stand between), or -1.
func (sc *sentScan) frFutureGive(from, to int) int {
	if sc.lw.code != "fr" {
		return -1
	}
	for v := from; v < to && v < len(sc.toks); v++ {
		w := sc.toks[v].norm
		s := v // where the subject must end
		switch {
		case frFutureGiveVerbs[w]:
		case (w == "va" || w == "vont") && v+1 < to && frNearFutureGive[sc.toks[v+1].norm]:
		default:
			continue
		}
		if s > from && (sc.toks[s-1].norm == "lui" || sc.toks[s-1].norm == "leur") {
			s--
		}
		if sc.stateEndsAt(s) {
			return v
		}
	}
	return -1
}
