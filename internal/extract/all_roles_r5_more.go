package extract

import "github.com/armswatch/armswatch/internal/domain"

// The parties of a further batch ("otros 14 aparatos", "deux autres
// hélicoptères", "14 more") as its own clause marks them: moreOfSame
// (enfres_more.go) takes the last state its clause names as the buyer,
// which in "Taïwan avait offert deux autres hélicoptères aux forces armées
// burkinabè" or "Taiwan donated two more UH-1H to Paraguay" is the giver.
// Here the clause's states are read with their role cues: a state marked
// as the recipient (its forces too: "aux forces armées burkinabè") is the
// buyer, a state marked as the supplier the seller; with no marked buyer,
// a state marked as the seller is not taken as the buyer.

// moreClauseRoles sets f's parties from the role cues of the states in
// tokens [from, to); ref is the transfer the batch continues.
func (d *docScan) moreClauseRoles(sc *sentScan, from, to int, ref, f *domain.Fact) {
	var sup, rec string
	for _, c := range sc.countries() {
		if c.tok0 < from || c.tok0 >= to || sc.inCurrency(c) || sc.adversary(c) {
			continue
		}
		s, r := d.roleCues(sc, c)
		switch {
		case r && !s && rec == "":
			rec = c.id
		case s && !r && sup == "":
			sup = c.id
		}
	}
	if rec != "" && rec != sup {
		f.Recipient = party(rec)
	} else if sup != "" && f.Recipient.String() == sup {
		f.Recipient = ref.Recipient // the clause's giver is no buyer
	}
	if sup != "" && sup != f.Recipient.String() {
		f.Supplier = party(sup)
	}
}
