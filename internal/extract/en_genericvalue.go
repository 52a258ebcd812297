package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// priceLinks tie an amount to the words for equipment next to it: "five
// warships for €2bn", "a deal worth €2bn for five warships", "cinco
// buques por 2.000 millones de euros", "cinq navires pour 2 milliards".
var priceLinks = map[string]bool{"for": true, "worth": true, "valued": true, "at": true, "por": true, "para": true, "pour": true,
	"valor": true, "monto": true, "valeur": true, "montant": true}

// unitPrice words make an amount the price of one unit.
var unitPrice = []string{"each", "apiece", "per unit", "a piece", "cada uno", "cada una", "por unidad", "la unidad", "pièce", "l'unité", "par unité"}

// genericValues gives a transfer named only by a word for its kind its
// price when the amount stands right beside that word and no other fact
// of the sentence took it: "Indonesia ordered five warships from Italy
// for €2bn", "signed a deal worth €2bn for five warships" (the rules
// price named systems only; the word's count then folds into the named
// system of the deal without the value).
func (d *docScan) genericValues() {
	for i, sc := range d.sents {
		if len(sc.money) != 1 || d.notice {
			continue
		}
		mo := sc.money[0]
		low := sc.lower()
		unit := false
		for _, w := range unitPrice {
			if strings.Contains(low, w) {
				unit = true
			}
		}
		if unit {
			continue
		}
		taken, transfers := false, 0
		for k, f := range d.facts {
			if d.meta[k].sent != i {
				continue
			}
			if f.Value != nil && f.Value.Amount == mo.amount {
				taken = true
			}
			if f.Type == domain.TypeTransfer {
				transfers++
			}
			if f.Type != domain.TypeTransfer && f.Value != nil {
				taken = true
			}
		}
		if taken || transfers != 1 {
			continue
		}
		m0, m1 := tokIndexAt(sc.toks, mo.start), tokIndexAt(sc.toks, mo.end)
		for _, g := range sc.mentions {
			if g.kind != mGeneric || !sc.pricedBeside(g, m0, m1) {
				continue
			}
			word := strings.ToLower(d.textAt(g.start, g.end))
			for k := range d.facts {
				f := &d.facts[k]
				if d.meta[k].sent != i || f.Type != domain.TypeTransfer || f.Value != nil || f.System == nil {
					continue
				}
				if f.System.Category == g.id || strings.ToLower(f.System.Mention) == word {
					f.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
					if mo.currency == "USD" {
						f.ValueUSD = mo.amount
					}
				}
			}
			break
		}
	}
}

// pricedBeside reports whether the amount at tokens [m0, m1) stands next
// to the generic mention g, linked by a price word: "warships for €2bn",
// "€2bn for five warships".
func (sc *sentScan) pricedBeside(g mention, m0, m1 int) bool {
	link := func(a, b int) bool {
		if b-a > 5 {
			return false
		}
		for k := a; k < b; k++ {
			if priceLinks[sc.toks[k].norm] {
				return true
			}
		}
		return false
	}
	if m1 <= g.tok0 {
		return link(m1, g.tok0)
	}
	if g.tok1 <= m0 {
		return link(g.tok1, m0) || sc.sellerThenPrice(g, m0)
	}
	return false
}

// sellerThenPrice: the seller may stand between the kind and its price,
// "cinco corbetas al astillero público español Navantia por unos 1.800
// millones de euros", "five warships from Italy's Fincantieri for €2bn":
// a price word within two words before the amount, up to nine words
// after the kind, with no comma and no other equipment between.
func (sc *sentScan) sellerThenPrice(g mention, m0 int) bool {
	if m0-g.tok1 > 9 || sc.boundaryBetween(g.tok1, m0) {
		return false
	}
	p := -1
	for k := max(g.tok1, m0-2); k < m0; k++ {
		if priceLinks[sc.toks[k].norm] {
			p = k
		}
	}
	if p < 0 {
		return false
	}
	for _, o := range sc.mentions {
		if (o.kind == mGeneric || o.kind == mSystem) && o.tok0 >= g.tok1 && o.tok0 < p {
			return false
		}
	}
	return true
}
