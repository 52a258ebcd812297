package extract

// Memberships, round 16: "Both countries have been members of the Five
// Power Defence Arrangements since 1971", "les deux pays sont membres de
// l'OTAN", "ambos países son miembros de la OTAN", "beide Länder sind
// Mitglieder der Nato", "البلدان عضوان في": a word for the two states
// (both-states) before the organisation, with no state named before it,
// makes the document's two main states its members (mainPair).

// r16coopBothMembers returns the document's two main states when a word
// of both-states stands before the organisation o and a word of
// membership is in the sentence; else nil.
func (d *docScan) r16coopBothMembers(sc *sentScan, o mention) []string {
	p, ok := sc.lw.set("both-states").any(sc.toks, 0, o.tok0)
	if !ok || p < 0 || !sc.has("membership") {
		return nil
	}
	a, b := d.mainPair()
	if a == "" || b == "" {
		return nil
	}
	return []string{a, b}
}
