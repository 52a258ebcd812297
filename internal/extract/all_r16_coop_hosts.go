package extract

import "github.com/armswatch/armswatch/internal/domain"

// Agreements, round 16: one signer, several agreements signed in the
// partners' capitals: "À Moscou puis à Ankara, le ministre nigérien de la
// Défense a signé des accords de coopération militaire", "In Moscow and
// Ankara, the Nigerien minister signed defence agreements", "En Moscú y
// Ankara, el ministro nigerino firmó acuerdos". With a plural agreement
// word and no "with", the states named only as places (placeOnly) are the
// hosts, each a partner (a capital after a word of coop-host-prep, "à
// Moscou", counts too: French reads no place in "à"); the signer is the one other state (an
// official's demonym counts). One pair per host.

// r16coopHostPairs returns one pair per host, or nil when the sentence
// does not read so (fewer than two hosts, no signer or several).
func (sc *sentScan) r16coopHostPairs() [][]domain.Party {
	if !sc.pluralAgreement() {
		return nil
	}
	var hosts []string
	signer := ""
	for _, c := range sc.countries() {
		if c.sub == "agency" {
			continue
		}
		if sc.placeOnly(c) || sc.r16coopCapitalAt(c) {
			if !contains(hosts, c.id) {
				hosts = append(hosts, c.id)
			}
			continue
		}
		if signer != "" && signer != c.id {
			return nil
		}
		signer = c.id
	}
	if signer == "" || len(hosts) < 2 || contains(hosts, signer) {
		return nil
	}
	var out [][]domain.Party
	for _, h := range hosts {
		out = append(out, []domain.Party{{Code: signer}, {Code: h}})
	}
	return out
}

// r16coopCapitalAt reports whether c is a capital right after a word of
// place (coop-host-prep: "à Moscou", "en Moscú").
func (sc *sentScan) r16coopCapitalAt(c mention) bool {
	return c.sub == "capital" && c.tok0 > 0 && sc.lw.isTok("coop-host-prep", &sc.toks[c.tok0-1])
}
