package extract

import "github.com/armswatch/armswatch/internal/domain"

// descriptionValue: a sentence that tells the prior transfer again with
// nothing new but its price ("Saudi Arabia signed a deal worth €2 billion
// for the five warships") gives that transfer its value, when the sentence
// has one amount, the transfer none, and no other fact took the amount.
func (d *docScan) descriptionValue(sc *sentScan, pk int) {
	prior := &d.facts[pk]
	money := sc.dealMoney()
	if prior.Value != nil || sc.valueUsed || len(money) != 1 || sc.has("aid") {
		return
	}
	mo := money[0]
	prior.Value = &domain.Money{Amount: mo.amount, Currency: mo.currency, Qualifier: mo.qualifier}
	if mo.currency == "USD" {
		prior.ValueUSD = mo.amount
	}
	sc.valueUsed = true
}
