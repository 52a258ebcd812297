package extract

import (
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
	// an arms sales notice's "Funding Source: Foreign Military Financing"
	// pays for the sale it notifies; it is no program of its own
	if d.notice || n.Country == "" || (sup != "" && sup != n.Country) {
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
