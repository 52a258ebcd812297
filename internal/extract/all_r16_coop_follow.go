package extract

import "github.com/armswatch/armswatch/internal/domain"

// Agreements, round 16: the partners named in the sentence after the
// signing: "Le Maroc a signé mardi des accords de coopération militaire
// avec trois pays africains. Les textes ont été paraphés avec le Nigeria,
// le Rwanda et l'Éthiopie", "Morocco signed defence agreements with three
// African countries. The documents were signed with Nigeria, Rwanda and
// Ethiopia". A sentence with no agreement word of its own, a word of
// signing and states after "with" (withPartners), right after one that
// signs agreements (plural, not doubtful), gives one agreement per
// partner; the signer is the state the sentence before opens with, else
// contextSigner's.
func r16coopAgreementFollow(d *docScan, i int, sc *sentScan) {
	if i == 0 || sc.has("agreement") || !sc.has("agreement-sign") || sc.doubtful() {
		return
	}
	prev := d.sents[i-1]
	if !prev.has("agreement") || !prev.has("agreement-sign") || !prev.pluralAgreement() || prev.doubtful() {
		return
	}
	partners, _ := sc.withPartners()
	if len(partners) == 0 {
		return
	}
	signer := prev.subjectState(partners)
	if signer == "" {
		signer = d.contextSigner(i, partners)
	}
	if signer == "" || contains(partners, signer) {
		return
	}
	year := 0
	for _, y := range prev.years {
		if !y.relative {
			year = y.year
			break
		}
	}
	if year == 0 {
		year = d.docYear()
	}
	for _, p := range partners {
		d.add(i, sc, domain.Fact{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: signer}, {Code: p}}, Year: year}, "agreement.signed", 0.6)
	}
}
