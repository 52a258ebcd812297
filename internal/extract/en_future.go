package extract

import "github.com/armswatch/armswatch/internal/domain"

// dropFutureYears clears the year of a transfer that lies after the year
// the document was published: "the first two jets will arrive in 2029",
// "recibirán los aviones a partir de 2028". Such a year is a schedule,
// not the year of an approval, order or delivery, and it would otherwise
// make a second event of the deal the text told first; dated by the
// document instead, the statement joins that deal.
func (d *docScan) dropFutureYears() {
	if d.pub.IsZero() {
		return
	}
	py := d.pub.Year()
	for k := range d.facts {
		if f := &d.facts[k]; f.Type == domain.TypeTransfer && f.Year > py {
			// a deal with a stage and no year of its own is dated by the
			// document, as the rules date it ("a conclu ... un contrat
			// ..., à livrer d'ici 2023" in 2020: ordered in 2020)
			f.Year = 0
			if f.Stage != "" {
				f.Year = py
			}
		}
	}
}
