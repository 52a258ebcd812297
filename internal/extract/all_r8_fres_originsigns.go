package extract

// The maker's state that signs "with" another state sells to it: "La
// France a signé des contrats pour le Rafale avec l'Égypte, le Qatar et
// l'Inde", "The United States signed contracts for the F-35 with Poland
// and Romania", "Brasil firmó con Angola y Mauritania contratos por el
// Super Tucano". signedWith (enfres_with.go) reads the state signed with
// as the seller ("Perú firmó con Corea del Sur un contrato"), unless a
// firm signs; when the subject that signs is the state of origin of a
// system the sentence names, the state signed with buys, and with it
// every state of its list (a party wrongly assigned, and a list of buyers
// reduced to one).

// originSignsBefore reports whether a state named before the "with" that
// governs m is the origin of a system of the sentence.
func (d *docScan) originSignsBefore(sc *sentScan, m mention) bool {
	k := m.tok0 - 1
	if k >= 0 && sc.lw.isTok("article", &sc.toks[k]) {
		k--
	}
	for _, c := range sc.countries() {
		if c.tok1 > k || c.sub == "demonym" {
			continue
		}
		for _, o := range sc.mentions {
			if o.kind != mSystem {
				continue
			}
			if s, ok := d.x.lex.System(o.id); ok && s.Origin == c.id {
				return true
			}
		}
	}
	return false
}
