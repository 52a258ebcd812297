package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// Rules for aid programs whose beneficiary the sentence does not name.

// orgMemberHost reports whether c is a member of the organisation that
// provides an aid program: the EU's and NATO's programs (the European
// Peace Facility, EUTM, EUMAM, NATO Mission Iraq) go to partners outside
// them, so a member state named with the program hosts the training or
// pays into the fund ("EUMAM Ukraine ... 150 troops sent to Poland", "the
// training takes place in Portugal"), it does not receive.
func (d *docScan) orgMemberHost(prov *domain.Party, c string) bool {
	if prov == nil || (prov.Org != "EU" && prov.Org != "NATO") {
		return false
	}
	return contains(d.x.lex.Members(prov.Org), c)
}

// stateProgramAssistance: a state-run program named in a sentence that
// names no beneficiary ("the US would keep funding aid components, among
// them the International Military Education and Training (IMET)
// programme"; "these include IMET and three JCET programmes"; "the
// equipment was provided under a Building Partner Capacity programme
// coordinated by the US Embassy"): the state that runs it provides, the
// state the document is about receives. Only when the sentence gives no
// other provider, and the program is not already stated for that state.
func (d *docScan) stateProgramAssistance(i int, sc *sentScan, m mention, n lexicon.Named, sup string, used map[int]bool) {
	// "Jordan will get $425 million in FMF": the one state with the
	// program's amount, which nothing marks as giving, receives
	if sup != "" && sup != n.Country && d.programMoneyBeneficiary(sc, n.Country) == sup {
		sup = ""
	}
	if sup != "" && sup != n.Country && sc.r14coopProgramReceiver(n.Country) == sup {
		sup = "" // all_r14_coop_progrec.go: "erhielt Tunesien", the receiver read as a seller
	}
	benefit := d.programBenefitState(sc, n.Country) // all_r8_coop_benefit.go: "Morocco has benefited from IMET"
	if benefit != "" && sup == benefit {
		sup = ""
	}
	// an arms sales notice's "Funding Source: Foreign Military Financing"
	// pays for the sale it notifies; it is no program of its own
	if d.notice || n.Country == "" || (sup != "" && sup != n.Country && !sc.traineesOf(sup)) { // the trainees' state read as the subject (fr_trainees.go)
		return
	}
	if _, ok := d.x.lex.Country(n.Country); !ok {
		return
	}
	// the one other state, whose officers the program trains
	// (en_trainees.go)
	rec := d.programBeneficiary(sc, n.Country)
	if rec == "" {
		rec = benefit
	}
	if rec == "" {
		rec = d.programMoneyBeneficiary(sc, n.Country) // coop_r5_aidlist.go: "Jordan will get $425 million in FMF"
	}
	if rec == "" {
		rec = sc.r14coopProgramReceiver(n.Country) // all_r14_coop_progrec.go: "Über die Ertüchtigungsinitiative erhielt Tunesien"
	}
	for _, c := range sc.countries() {
		// a third state in the sentence: a beneficiary the pair rules did
		// not settle; leave it
		if rec == "" && c.id != n.Country && c.sub != "agency" && !sc.placeOnly(c) {
			return
		}
	}
	if rec == "" {
		rec = d.mostNamedExcept(n.Country)
	}
	if rec == "" || d.hasAssistance(n.ID, rec) {
		return
	}
	f := domain.Fact{Type: domain.TypeAssistance, Provider: party(n.Country), Recipient: party(rec),
		Program: &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}}
	d.assistanceValue(sc, m, &f, used)
	d.assistanceYear(sc, &f)
	d.add(i, sc, f, "assistance.state-program", 0.5)
}

// dropOrgMembers removes from recs the members of the providing
// organisation (see orgMemberHost), in place.
func (d *docScan) dropOrgMembers(prov *domain.Party, recs []string) []string {
	out := recs[:0]
	for _, r := range recs {
		if !d.orgMemberHost(prov, r) {
			out = append(out, r)
		}
	}
	return out
}

// forcesBefore reports whether a word for armed forces (the lexicon's
// armed-forces) ends right before mention c: "l'armée béninoise", "les
// forces armées nigériennes".
func (sc *sentScan) forcesBefore(c mention) bool {
	forces := sc.lw.set("armed-forces")
	for p := c.tok0 - 1; p >= 0 && p >= c.tok0-3; p-- {
		if n, _ := forces.at(sc.toks, p); n > 0 && p+n == c.tok0 {
			return true
		}
	}
	return false
}

// forcesDemonym returns the state of a demonym that qualifies a word for
// armed forces ("à l'armée béninoise", "aux forces armées nigériennes",
// "to the Beninese army", "der nigrischen Armee"), or "": the state whose
// forces get the aid.
func (sc *sentScan) forcesDemonym() string {
	forces := sc.lw.set("armed-forces")
	for _, c := range sc.countries() {
		if c.sub != "demonym" {
			continue
		}
		if n, _ := forces.at(sc.toks, c.tok1); n > 0 {
			return c.id // "the Beninese army"
		}
		if sc.forcesBefore(c) {
			return c.id // "l'armée béninoise"
		}
	}
	return ""
}

// forcesAid finds a general word for aid or support ("aide", "soutien",
// "support", "Unterstützung") in a sentence whose aid goes to a state's
// armed forces ("un soutien de 12 millions d'euros à l'armée béninoise",
// "$15 million in support to the Nigerien armed forces"): aid to an army
// is military aid. It returns the word set and the word's position.
func (sc *sentScan) forcesAid() (*phraseSet, int, bool) {
	if sc.forcesOf() == "" && sc.forcesDemonym() == "" {
		return nil, -1, false
	}
	if sc.namesHumanitarian() { // "humanitarian aid to the Nigerien army's displaced families"
		return nil, -1, false
	}
	set := sc.lw.set("assistance")
	for k, t := range sc.toks {
		if !generalAidWords[t.norm] {
			continue
		}
		if n, _ := set.at(sc.toks, k); n > 0 {
			return set, k, true
		}
	}
	return nil, -1, false
}

// generalAidWords are the words for aid that say nothing of its kind.
var generalAidWords = map[string]bool{"aide": true, "soutien": true, "appui": true, "aid": true, "support": true,
	"assistance": true, "hilfe": true, "unterstutzung": true, "ayuda": true, "apoyo": true, "asistencia": true}

// namesHumanitarian reports whether a word of the sentence is humanitarian
// ("humanitarian", "humanitaire", "humanitaria", "humanitäre"): its aid is
// civil.
func (sc *sentScan) namesHumanitarian() bool {
	for _, t := range sc.toks {
		if strings.HasPrefix(t.norm, "humanit") {
			return true
		}
	}
	return false
}
