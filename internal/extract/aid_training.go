package extract

import "github.com/armswatch/armswatch/internal/domain"

// trainLex holds the words trainingAid (fr_training.go) reads an unnamed
// programme of military training with, per language.
type trainLex struct {
	train       map[string]bool // words for training soldiers
	noun        map[string]bool // the nouns among them
	passive     map[string]bool // participles: the trainees come before ("pilots trained in Denmark")
	trainee     map[string]bool // the people or forces trained
	instructors map[string]bool // the people who train
	place       map[string]bool // "une formation en France", "training in Germany"
	of          map[string]bool // "the armed forces of Niger"
	// adjBefore: the demonym stands before the noun it qualifies
	// ("Tunisian soldiers", "jordanische Soldaten"), not after it
	// ("soldats maliens")
	adjBefore bool
	// split: a verb whose particle closes the clause ("bildet ... aus")
	split    map[string]bool
	particle string
	name     string // the program's name on the fact
	// modal: words before the training verb that make it a plan ("will
	// train", "plans to train"); infinitive: German infinitives, which
	// only a modal or a plan governs ("wird ... ausbilden")
	modal      map[string]bool
	infinitive map[string]bool
}

var trainLexFR = &trainLex{train: trainWords, noun: nounTrain, trainee: traineeWords,
	instructors: map[string]bool{"instructeurs": true, "formateurs": true},
	place:       map[string]bool{"en": true}, of: map[string]bool{}, passive: map[string]bool{}, name: "formation"}

var trainLexEN = &trainLex{
	train: map[string]bool{"train": true, "trains": true, "trained": true, "training": true, "retrain": true,
		"instruct": true, "instructs": true},
	noun:    map[string]bool{"training": true},
	passive: map[string]bool{"trained": true},
	trainee: map[string]bool{"soldiers": true, "troops": true, "military": true, "personnel": true, "officers": true,
		"pilots": true, "forces": true, "army": true, "navy": true, "cadets": true, "recruits": true, "marines": true,
		"sailors": true, "servicemen": true, "service": true, "special": true, "armed": true, "commandos": true, "air": true},
	instructors: map[string]bool{"instructors": true, "trainers": true, "advisers": true, "advisors": true, "mentors": true},
	place:       map[string]bool{"in": true},
	of:          map[string]bool{"of": true},
	adjBefore:   true,
	name:        "training",
	modal:       map[string]bool{"will": true, "would": true, "could": true, "to": true, "may": true, "might": true, "shall": true},
}

var trainLexDE = &trainLex{
	train: map[string]bool{"ausbildung": true, "ausgebildet": true, "auszubilden": true, "ausbilden": true,
		"ausbildet": true, "trainiert": true, "trainieren": true, "training": true, "bildet": true, "bilden": true,
		"bildete": true, "bildeten": true},
	noun:    map[string]bool{"ausbildung": true, "training": true},
	passive: map[string]bool{"ausgebildet": true, "trainiert": true},
	trainee: map[string]bool{"soldaten": true, "soldatinnen": true, "streitkrafte": true, "armee": true, "offiziere": true,
		"piloten": true, "truppen": true, "militars": true, "krafte": true, "sicherheitskrafte": true, "rekruten": true,
		"kadetten": true, "marinesoldaten": true, "spezialkrafte": true, "brigaden": true, "einheiten": true},
	instructors: map[string]bool{"ausbilder": true, "trainer": true, "berater": true, "militarberater": true},
	place:       map[string]bool{"in": true},
	of:          map[string]bool{},
	adjBefore:   true,
	split:       map[string]bool{"bildet": true, "bilden": true, "bildete": true, "bildeten": true},
	particle:    "aus",
	name:        "Ausbildung",
	infinitive:  map[string]bool{"ausbilden": true, "auszubilden": true, "trainieren": true, "bilden": true},
}

// trainingLex returns the training words of a language, or nil.
func trainingLex(code string) *trainLex {
	switch code {
	case "fr":
		return trainLexFR
	case "en":
		return trainLexEN
	case "de":
		return trainLexDE
	}
	return nil
}

// trainWordAt reports whether token k is a word for training: a split
// verb only with its particle later in the sentence ("bildet ... aus",
// not "bildet den Kern").
func (tl *trainLex) trainWordAt(sc *sentScan, k int) bool {
	w := sc.toks[k].norm
	if !tl.train[w] {
		return false
	}
	if !tl.split[w] {
		return true
	}
	for j := k + 1; j < len(sc.toks); j++ {
		if sc.toks[j].norm == tl.particle {
			return true
		}
	}
	return false
}

// qualifies reports whether the demonym c qualifies a word of set: the
// noun before it in French, the noun (or the one after "military",
// "armed") after it in English and German.
func (tl *trainLex) qualifies(sc *sentScan, c mention, set map[string]bool) bool {
	if !tl.adjBefore {
		return c.tok0 > 0 && set[sc.toks[c.tok0-1].norm]
	}
	for j := c.tok1; j < c.tok1+2 && j < len(sc.toks); j++ {
		if set[sc.toks[j].norm] {
			return true
		}
	}
	return false
}

// trainingValue gives the training fact the sentence's one amount: "$2.3
// million to train Tunisian military personnel", "5 millions de dollars
// pour la formation".
func trainingValue(sc *sentScan, f *domain.Fact) {
	if len(sc.money) != 1 {
		return
	}
	mo := sc.money[0]
	f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
	if mo.currency == "USD" {
		f.ValueUSD = mo.amount
	}
}

// recipientPrepAt reports whether token k is a word that marks a recipient
// ("to", "à", "an").
func recipientPrepAt(sc *sentScan, k int) bool {
	if k < 0 {
		return false
	}
	n, _ := sc.lw.set("recipient-prep").at(sc.toks, k)
	return n == 1
}

// planned reports whether the training verb at tw is only a plan: "will
// train", "plans to train", "soll ... ausbilden". A sentence with an
// amount states an allocation, not a plan ("$2.3 million to train").
func (tl *trainLex) planned(sc *sentScan, tw int) bool {
	if len(sc.money) > 0 {
		return false
	}
	if tl.infinitive[sc.toks[tw].norm] {
		return true
	}
	return tw > 0 && tl.modal[sc.toks[tw-1].norm]
}

// trainingWithSystem reports whether the sentence ties the training to a
// system or to an agreement: training sold or given with a system is part
// of its deal ("the jets were provided for the training of Ukrainian
// pilots", "seven training aircraft", "German soldiers are trained on the
// leased Heron TP in Israel"), and "joint training agreements" are
// agreements.
func trainingWithSystem(sc *sentScan) bool {
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			return true
		}
	}
	return sc.has("agreement") || sc.has("agreement-coop")
}
