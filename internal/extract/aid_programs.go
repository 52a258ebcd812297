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
	if n.Country == "" || (sup != "" && sup != n.Country) {
		return
	}
	if _, ok := d.x.lex.Country(n.Country); !ok {
		return
	}
	for _, c := range sc.countries() {
		// a third state in the sentence: a beneficiary the pair rules did
		// not settle; leave it
		if c.id != n.Country && c.sub != "agency" && !sc.placeOnly(c) {
			return
		}
	}
	rec := d.mostNamedExcept(n.Country)
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

// measureAt returns the token range of a word for an EU "assistance
// measure" at k ("assistance measure", "mesure d'assistance",
// "Unterstützungsmaßnahme", "medida de asistencia"), or 0.
func measureAt(sc *sentScan, k int) int {
	w := sc.toks[k].norm
	next := func(j int) string {
		if k+j < len(sc.toks) {
			return sc.toks[k+j].norm
		}
		return ""
	}
	switch sc.lw.code {
	case "en":
		if w == "assistance" && (next(1) == "measure" || next(1) == "measures") {
			return 2
		}
	case "fr":
		if w == "mesure" || w == "mesures" {
			for j := 1; j <= 2; j++ {
				if n := next(j); n == "assistance" || n == "d'assistance" {
					return j + 1
				}
			}
		}
	case "es":
		if (w == "medida" || w == "medidas") && next(1) == "de" && next(2) == "asistencia" {
			return 3
		}
	case "de":
		if strings.HasPrefix(w, "unterstutzungsmaßnahme") || strings.HasPrefix(w, "assistenzmaßnahme") {
			return 1
		}
	}
	return 0
}

// epfMeasure: an EU "assistance measure" with the European Peace Facility
// unnamed in the sentence ("the Council of the EU adopted an assistance
// measure of €40 million for the armed forces of Mauritania"): the
// measures are the Facility's, so it is read as the Facility named there,
// when the sentence names the EU or the document the Facility. It reports
// whether it read one.
func (d *docScan) epfMeasure(i int, sc *sentScan) bool {
	if sc.doubtful() {
		return false
	}
	at, n := -1, 0
	for k := range sc.toks {
		if n = measureAt(sc, k); n > 0 {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	epf, ok := d.x.lex.NamedEntry("epf")
	if !ok {
		return false
	}
	prov := d.programProvider(epf)
	if prov == nil || prov.Org == "" {
		return false
	}
	if !d.namesOrg(sc, prov.Org) {
		if dn, _, ok := d.docOrgProgram(); !ok || dn.ID != epf.ID {
			return false
		}
	}
	before := len(d.facts)
	m := mention{kind: mNamed, sub: "program", id: epf.ID, tok0: at, tok1: at + n}
	d.orgAssistance(i, sc, m, epf, prov, map[int]bool{})
	return len(d.facts) > before
}
