package extract

import "github.com/armswatch/armswatch/internal/domain"

// This file keeps a further batch of a system with the batch it continues
// when that one's seller is settled later: "la primera donación taiwanesa
// … llegó en 1996, con dos UH-1H, y entre 2001 y 2021 Paraguay recibió
// otros 14" (enfres_more.go) copies the first batch's parties while its
// seller is still the Bell's country of origin; settleSuppliers (roles.go)
// then gives the first batch the seller the text states ("taiwanesa"), and
// the further batch must follow it.

// continuesImplicit marks the fact about to be added as one whose seller
// is only the system's origin when ref, the fact of d.facts it continues,
// is one.
func (d *docScan) continuesImplicit(ref *domain.Fact) {
	for j := len(d.facts) - 1; j >= 0; j-- {
		if &d.facts[j] == ref {
			if d.implicitSup[j] {
				d.implicitSup[len(d.facts)] = true
			}
			return
		}
	}
}
