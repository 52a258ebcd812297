package extract

import "github.com/armswatch/armswatch/internal/domain"

// A total with its parts ("$2.3 billion in arms sales to Saudi Arabia,
// including $1 billion in missiles", "un contrat de 2 milliards d'euros,
// dont 800 millions pour les missiles") is the pair's aggregate
// (totalIncluding); each part's amount, written just before the system or
// the kind of system it buys, is that transfer's value.

// partValues gives each amount of parts (after the cue at token p) to the
// sentence's transfer whose system or kind is named within three tokens
// after it ("$1 billion in missiles", "800 millions pour les missiles")
// or, after the cue, just before it ("Raketen für 1 Milliarde Dollar"),
// when that transfer has no value yet.
func (d *docScan) partValues(sc *sentScan, p int, parts []moneySpan) {
	for _, mo := range parts {
		end := tokIndexAt(sc.toks, mo.end)
		if end < p {
			continue
		}
		start := tokIndexAt(sc.toks, mo.start)
		for _, m := range sc.mentions {
			// "$1 billion in missiles", "Raketen für 1 Milliarde Dollar"
			after := m.tok0 >= end && m.tok0-end <= 3
			before := m.tok0 > p && m.tok1 <= start && start-m.tok1 <= 3
			if m.kind != mSystem && m.kind != mGeneric || !after && !before {
				continue
			}
			for _, k := range d.bySent[sc.s.start] {
				f := &d.facts[k]
				if f.Type != domain.TypeTransfer || f.Value != nil || f.System == nil || !partNames(m, f.System) {
					continue
				}
				v := domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
				f.Value = &v
				if mo.currency == "USD" {
					f.ValueUSD = mo.amount
				}
			}
			break
		}
	}
}

// partNames: the mention names the system, or the kind of a transfer
// known by its kind only.
func partNames(m mention, s *domain.System) bool {
	if m.kind == mSystem {
		return s.ID == m.id
	}
	return s.ID == "" && s.Category == m.id
}

// sentencePair is the one supplier and recipient of the transfers read
// from the sentence, or "" when it read none or several pairs.
func (d *docScan) sentencePair(sc *sentScan) (sup, rec string) {
	for _, f := range d.sentenceTransfers(sc) {
		if f.Supplier == nil || f.Recipient == nil {
			return "", ""
		}
		s, r := f.Supplier.String(), f.Recipient.String()
		if sup != "" && (s != sup || r != rec) {
			return "", ""
		}
		sup, rec = s, r
	}
	return sup, rec
}
