package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// aidOrgProvider: aid with an amount that an organisation gives, no
// program named and no state giving it: "Le Conseil de l'UE a adopté une
// mesure d'assistance de 20 millions d'euros en faveur des forces armées
// béninoises", "NATO approved €10 million of aid for the Moldovan army".
// The organisation is named before the word for aid (at token aidAt) and
// the sentence names one state, after that word: the recipient, whatever
// role the words around it seemed to give it (sup, rec).
func (d *docScan) aidOrgProvider(sc *sentScan, aidAt int, sup, rec string) (*domain.Party, string) {
	var org string
	for _, m := range sc.mentions {
		if m.kind == mNamed && m.sub == "organization" && m.tok1 <= aidAt {
			org = strings.ToUpper(m.id)
			break
		}
	}
	if org == "" {
		return nil, ""
	}
	state := ""
	for _, c := range sc.countries() {
		if sc.placeOnly(c) || sc.datelinePlace(c) {
			continue
		}
		if state != "" && state != c.id || c.tok0 < aidAt {
			return nil, "" // two states, or a state before the aid: its giver
		}
		state = c.id
	}
	if state == "" || sup != "" && sup != state || rec != "" && rec != state {
		return nil, ""
	}
	return &domain.Party{Org: org}, state
}
