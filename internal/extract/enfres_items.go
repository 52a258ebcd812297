package extract

import "github.com/armswatch/armswatch/internal/domain"

// markItems flags generic transfers the model should tell apart from a
// bare kind of equipment: an item with its own count in a list of counted
// items ("10 misiles Hellfire, 38 cohetes, 30 torpedos y 24
// ametralladoras": "listed-count"), and goods a donation hands over ("la
// donación incluye una lancha patrullera": "aid-goods", an aid word in the
// sentence or one of the two before). The rules keep these candidates
// either way; the flags only give the model a feature of their own.
func (d *docScan) markItems() {
	for k := range d.facts {
		f := d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" {
			continue
		}
		i := d.meta[k].sent
		if i < 0 || i >= len(d.sents) {
			continue
		}
		sc := d.sents[i]
		// a kind named alone or in service ("32 embarcaciones, 4
		// submarinos y 26 aeronaves" of an exercise) is a force, not a
		// package: its own doubt says so
		if f.Quantity > 0 && sc.countedMentions() >= 2 && !contains(d.meta[k].flags, "generic-alone") && !contains(d.meta[k].flags, "in-service") {
			d.meta[k].flags = append(d.meta[k].flags, "listed-count")
		}
		for j := i; j >= 0 && j >= i-2; j-- {
			if len(d.sents[j].cuePositions("aid")) > 0 {
				d.meta[k].flags = append(d.meta[k].flags, "aid-goods")
				break
			}
		}
	}
}

// countedMentions counts the systems and kinds of equipment of a sentence
// that carry a count of their own.
func (sc *sentScan) countedMentions() int {
	n := 0
	for _, m := range sc.mentions {
		if (m.kind == mSystem || m.kind == mGeneric) && sc.quantityBefore(m) > 0 {
			n++
		}
	}
	return n
}

// nameByOrigin gives a transfer of a generic system that nameGenerics left
// generic the named system of its category that the sentences around it
// name and that comes from the transfer's supplier, when exactly one such
// system does: "adquirirá seis aviones militares de fabricación china …
// Se trata del K-8 Karakorum" in a document that also names Russian
// helicopters, or "cinco corbetas al astillero español Navantia … Los
// buques, derivados del modelo Avante 2200". A system with a transfer to
// another buyer is left alone, as is one with a transfer of the same count
// to the same buyer (it is told already).
func (d *docScan) nameByOrigin() {
	if d.notice {
		return
	}
	told := map[string]bool{}
	for _, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID != "" && f.Recipient != nil {
			told[f.System.ID+"|"+f.Recipient.String()] = true
		}
	}
	for k := range d.facts {
		f := &d.facts[k]
		if f.Type != domain.TypeTransfer || f.System == nil || f.System.ID != "" || f.System.Category == "" || f.Supplier == nil || f.Recipient == nil || f.Supplier.Code == "" {
			continue
		}
		i := d.meta[k].sent
		if d.sents[i].doubtful() {
			continue // "no contract for the jets has been signed yet"
		}
		id, at, ok := "", mention{}, true
		for j := max(0, i-originWindow); j < len(d.sents) && j <= i+originWindow && ok; j++ {
			// "Irán busca adquirir aviones Yak 130": wanted, not the one
			// bought; a system of the generic's own sentence has its own
			// candidate
			if j == i || d.sents[j].doubtful() {
				continue
			}
			for _, m := range d.sents[j].mentions {
				if m.kind != mSystem {
					continue
				}
				s, found := d.x.systemOf(m)
				if !found || s.Category != f.System.Category || s.Origin != f.Supplier.Code {
					continue
				}
				if id != "" && s.ID != id {
					ok = false
					break
				}
				if id == "" {
					id, at = s.ID, m
				}
			}
		}
		if !ok || id == "" || told[id+"|"+f.Recipient.String()] || d.surelyElsewhere(id, f.Recipient.String()) {
			continue
		}
		s, _ := d.x.systemOf(at)
		f.System = systemFact(s, d.textAt(at.start, at.end))
		d.meta[k].flags = append(d.meta[k].flags, "named-origin")
	}
}

// originWindow is how many sentences before and after a generic transfer
// nameByOrigin reads.
const originWindow = 4

// surelyElsewhere reports a transfer of system id to a buyer other than
// rec that no rule doubted: a candidate the rules keep only for the model
// ("el modelo Avante 2200 que Navantia ya construyó para Venezuela", made
// at home) does not hold the system.
func (d *docScan) surelyElsewhere(id, rec string) bool {
	for k, f := range d.facts {
		if f.Type == domain.TypeTransfer && f.System != nil && f.System.ID == id && f.Recipient != nil && f.Recipient.String() != rec && len(d.meta[k].flags) == 0 {
			return true
		}
	}
	return false
}
