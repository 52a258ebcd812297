package extract

import "strings"

// Services on a fleet: "a $120 million contract for the maintenance of its
// 12 FA-50PH fighters", "el mantenimiento de su flota de 22 cazas Kfir",
// "l'entretien de ses 30 Rafale", "die Wartung ihrer Eurofighter", "عقد
// لصيانة أسطولها من مقاتلات إف-16". A word of servicing (lexicon kind
// `maintenance`) that governs the system, with only words of its object
// between (of, its, fleet, a count, a category word), makes the system
// what the state has, serviced: no transfer (a hard doubt). A word of
// upgrading (kind `upgrade`: "the upgrade of 23 F-16", "la modernisation
// des Mirage") is weaker, since an upgrade a foreign government approves
// may be annotated as a transfer: a doubt the model weighs.

// servicePath are the words that may stand between the word of service
// and the system it governs, as tokens' norm spells them.
var servicePath = normSet("of", "for", "its", "to", "their", "his", "her", "and", "existing", "current", "entire", "whole",
	"de", "del", "para", "su", "sus", "y", "actual", "actuales", "toda",
	"des", "du", "d", "pour", "ses", "sa", "son", "leur", "leurs", "et", "actuels", "actuelles",
	"von", "für", "seiner", "seine", "seinen", "ihrer", "ihre", "ihren", "und", "gesamten", "bestehenden",
	"من", "و")

// fleetWords name a fleet: "its fleet of", "su flota de", "أسطولها".
var fleetWords = normSet("fleet", "fleets", "flota", "flotas", "flotte", "flotten", "flottille")

// serviceOf returns the kind of service ("maintenance", "upgrade") that
// governs the system m, or "": the words before m, back to a word of
// service, are words of service or of their object. Servicing wins over
// upgrading ("the maintenance and upgrade of its 12 FA-50PH").
func (sc *sentScan) serviceOf(m mention) string {
	if m.kind != mSystem && m.kind != mGeneric {
		return ""
	}
	from := max(0, m.tok0-12)
	cover := make([]string, m.tok0-from) // the kind of the cue covering each token
	for k := from; k < m.tok0; k++ {
		for _, kind := range []string{"maintenance", "upgrade"} {
			if n, _ := sc.lw.set(kind).at(sc.toks, k); n > 0 {
				for j := k; j < k+n && j < m.tok0; j++ {
					cover[j-from] = kind
				}
			}
		}
	}
	found := ""
	for k := m.tok0 - 1; k >= from; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, ",;:()،؛") && k+1 < m.tok0 {
			break
		}
		if c := cover[k-from]; c != "" {
			if found != "maintenance" {
				found = c
			}
			continue
		}
		w := sc.toks[k].norm
		if servicePath[w] || sc.lw.isWord("article", w) || fleetWords[w] || strings.Contains(w, normWord("سطول")) || sc.genericAt(k) || sc.numAt(k) != nil {
			continue
		}
		if r16bServiceUnitNoun(w) {
			continue // all_r16b_fresh4_service.go: "la modernización de siete aparatos MI-25"
		}
		break
	}
	return found
}
