package extract

import "strings"

// German tells a coming receipt in the present tense ("Die Marine bekommt
// fünf P-8A"): with no auxiliary of a past event in its clause, the deal is
// ordered, not delivered.

// dePresentReceipt reports whether the German delivery cue at p is a verb
// of getting in the present tense with no auxiliary of a past event in its
// clause: "Die Marine bekommt fünf P-8A", "Israel bekommt zwei U-Boote",
// "Vorgesehen ist, dass das Heer 180 K2 erhält", "Katar erhalte
// Kampfpanzer". German tells a coming receipt in the present; the deal is
// made, nothing has arrived ("hat ... bekommen", "sind eingetroffen" tell
// the arrival). A sentence that also tells a delivery by another word ("mit
// der ersten Lieferung bekommt", "… sind schon übergeben") stays delivered.
func (sc *sentScan) dePresentReceipt(p int) bool {
	if sc.lw.code != "de" || p < 0 || p >= len(sc.toks) || !sc.lw.isTok("present-get", &sc.toks[p]) {
		return false
	}
	// the stretch between punctuation marks: "hat Panzerhaubitzen aus
	// Deutschland und den Niederlanden erhalten" is one perfect
	from, to := sc.deListStretch(p) // all_r8_de_listperfect.go: "hat 14 PzH 2000, fünf MARS II und 30 Gepard erhalten"
	for k := from; k < to; k++ {
		if dePastAux[sc.toks[k].norm] {
			return false
		}
	}
	if sc.r13FirstArrival(from, to) { // all_r13_detrans_firstbatch.go: "Katar erhält die ersten Leopard 2A7"
		return false
	}
	for _, kind := range []string{"stage-delivered", "stage-received"} {
		for _, q := range sc.cuePositions(kind) {
			if q != p && !sc.lw.isTok("present-get", &sc.toks[q]) {
				return false
			}
		}
	}
	// "mit der ersten Lieferung bekommt": a delivery told in the same
	// stretch; one in another clause ("…; die erste Lieferung ist für 2026
	// geplant") is that clause's
	for _, t := range sc.toks[from:to] {
		if strings.HasSuffix(t.norm, "lieferung") || strings.HasSuffix(t.norm, "lieferungen") {
			return false
		}
	}
	return true
}

// dePastAux are the auxiliaries of a past or passive event ("hat ...
// erhalten", "wurden übergeben": stageAux, all_r6_stage_aux.go) and of the
// Konjunktiv ("habe"), with the modals of a plan, which other rules read
// (pledgeIn, futureIn).
var dePastAux = func() map[string]bool {
	m := normSet("habe", "soll", "sollen", "solle", "wird", "werden", "will", "wollen", "sollte", "sollten")
	for w := range stageAux["de"] {
		m[w] = true
	}
	return m
}()
