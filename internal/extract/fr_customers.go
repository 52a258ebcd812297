package extract

import (
	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// frUnitNouns are the nouns by which a French text counts units of the
// model it is about without naming it again: "commandait à son tour 24
// exemplaires", "un premier contrat pour 24 appareils".
var frUnitNouns = map[string]bool{
	"exemplaire": true, "exemplaires": true, "appareil": true, "appareils": true,
	"unite": true, "unites": true,
}

// frOtherCustomers makes a transfer of the one system the document names
// before a French sentence that takes it up without naming it, to each
// state the sentence names as its buyer: the other customers of a model
// that news list after the main deal ("Trois mois plus tard, le Qatar
// commandait à son tour 24 exemplaires", "L'Inde en a acheté 36 en
// 2016", "Le Qatar en est devenu le premier client à l'export en 2018").
// The sentence takes the model up by a unit noun after a number, by the
// pronoun "en" before its verb, or calls the state the model's client.
// The seller is the system's state of origin; a buyer from that state is
// no transfer.
func (d *docScan) frOtherCustomers() {
	if d.notice || d.lw.code != "fr" {
		return
	}
	for i, sc := range d.sents {
		if i == 0 || len(sc.toks) < 4 || sc.doubtful() || sc.has("future") || len(d.bySent[sc.s.start]) > 0 {
			continue
		}
		if sc.namesWeapon() {
			continue
		}
		qty, client, pronoun := 0, false, false
		for k, t := range sc.toks {
			switch {
			case frUnitNouns[t.norm] && k > 0:
				for _, n := range sc.nums {
					if n.tok1 == k && qty == 0 {
						qty = int(n.value)
					}
				}
			case t.norm == "client" || t.norm == "clients":
				client = true
			case t.norm == "en" && k+1 < len(sc.toks):
				// "en a acheté", "en est devenu", "en avait commandé"
				switch sc.toks[k+1].norm {
				case "a", "ont", "avait", "avaient", "est", "sont", "possede", "possedent", "commande", "achete":
					pronoun = true
				}
			}
		}
		if qty == 0 && !client && !pronoun {
			continue
		}
		st, pos := sc.stageOf(0, 0)
		if st != domain.StageOrdered && st != domain.StageDelivered {
			if !client {
				continue
			}
			st, pos = domain.StageOrdered, 0
		}
		if qty == 0 && pronoun {
			// "L'Inde en a acheté 36": the number after the verb
			for _, n := range sc.nums {
				if n.tok0 > pos && n.tok0-pos <= 3 {
					qty = int(n.value)
					break
				}
			}
		}
		s, at, found := d.lastNamedBefore(i)
		if !found || s.Origin == "" {
			continue
		}
		var recs []string
		for _, c := range sc.countries() {
			sup, rec := d.roleCues(sc, c)
			if sup && !rec {
				recs = nil
				break
			}
			if c.id != s.Origin && c.sub != "demonym" && !sc.placeOnly(c) && !contains(recs, c.id) {
				recs = append(recs, c.id)
			}
		}
		if len(recs) != 1 {
			continue // one buyer: a list of states is not a list of orders
		}
		f := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: s.Origin}, Recipient: &domain.Party{Code: recs[0]}, Stage: st,
			System: systemFact(s, d.textAt(at.start, at.end)), Quantity: qty}
		if y := sc.yearNear(pos); y != 0 {
			f.Year = y
		}
		d.pending = append(d.pending, "anaphoric-model")
		d.add(i, sc, f, "transfer.anaphor", 0.6)
	}
}

// lastNamedBefore returns the system last named before sentence i, when
// the sentences before it name no other system of its category.
func (d *docScan) lastNamedBefore(i int) (s lexicon.System, at mention, ok bool) {
	if s, _, ok = d.lastSystemBefore(i); !ok {
		return s, at, false
	}
	return d.onlyNamedBefore(s.Category, i)
}

// lastSystemBefore returns the system last named before sentence i and
// how many sentences back it stands.
func (d *docScan) lastSystemBefore(i int) (s lexicon.System, dist int, ok bool) {
	for j := i - 1; j >= 0; j-- {
		ms := d.sents[j].mentions
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].kind != mSystem {
				continue
			}
			if sys, found := d.x.systemOf(ms[k]); found {
				return sys, i - j, true
			}
		}
	}
	return s, 0, false
}
