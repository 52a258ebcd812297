package extract

// es_r5_possible.go: the Spanish "posible venta / compra / adquisición /
// cesión" (a "possible sale") is a hypothetical in news ("la posible venta
// de F-16 daneses a la Argentina volvió a cobrar fuerza", "discuten la
// posible compra de dos submarinos"), but the wording of a US approval
// notice when the sentence states the approval or names the notifying
// body ("el Departamento de Estado aprobó la posible venta", "notificó al
// Congreso la posible venta", "la posible venta, anunciada por la DSCA").
// The hypothetical rows are in lang_es.tsv ("posible compra", ...); this
// drops them in an approval sentence.

// esApprovalBodies are the words (normalised) that name the bodies of a
// US approval notice.
var esApprovalBodies = map[string]bool{"dsca": true, "congreso": true, "pentagono": true}

// esPossibleNotCue reports whether the hypothetical cue at i is the
// "posible venta" of an approval notice.
func (sc *sentScan) esPossibleNotCue(kind string, i int) bool {
	if kind != "hypothetical" || sc.lw.code != "es" || i+1 >= len(sc.toks) {
		return false
	}
	switch sc.toks[i].norm {
	case "posible", "posibles", "eventual", "eventuales", "potencial", "potenciales":
	default:
		return false
	}
	for _, p := range sc.cuePositions("stage-approved") {
		if p < i || p > i+1 {
			return true
		}
	}
	for k := range sc.toks {
		w := sc.toks[k].norm
		if esApprovalBodies[w] {
			return true
		}
		// "Departamento de Estado", "Agencia de Cooperación para la Seguridad de la Defensa"
		if w == "departamento" && k+2 < len(sc.toks) && sc.toks[k+2].norm == "estado" {
			return true
		}
		if w == "agencia" && k+2 < len(sc.toks) && sc.toks[k+2].norm == "cooperacion" {
			return true
		}
	}
	return false
}
