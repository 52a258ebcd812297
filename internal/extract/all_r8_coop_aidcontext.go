package extract

// A named aid programme carries over to the next sentences that share its
// money out among states.
//
// Class of error fixed: "The Council adopted new assistance measures under
// the European Peace Facility. The measures provide €20 million to
// Mauritania, €15 million to Niger and €10 million to Benin." The list of
// states with their own amounts (coop_r5_aidlist.go) takes its programme
// from its own sentence or the aid words of the two before; a programme
// named in the sentence before (the usual way a news story opens) gave way
// to that sentence's plain aid words ("assistance measures"), which have
// no provider, so the allocations were read with the wrong giver or not at
// all.

import "github.com/armswatch/armswatch/internal/domain"

// aidProgramIn returns the first aid programme that sentence j names, with
// its provider, or nil.
func (d *docScan) aidProgramIn(j int) (*domain.Named, *domain.Party) {
	for _, m := range d.sents[j].mentions {
		if m.kind != mNamed || m.sub != "program" || !isAidProgram(m.id) {
			continue
		}
		n, _ := d.x.lex.NamedEntry(m.id)
		return &domain.Named{ID: n.ID, Name: n.Name, Aliases: n.Aliases}, d.programProvider(n)
	}
	return nil, nil
}
