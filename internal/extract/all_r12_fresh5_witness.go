package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// r12WitnessSpans returns the token ranges [from, to) of the witnesses of
// an act: the words after a phrase of presence (fresh5-presence: "in the
// presence of", "en présence de", "en presencia de", "im Beisein von",
// "بحضور") up to a punctuation mark, a verb of signing or of supply, or
// twelve tokens: "Im Beisein von Bundesverteidigungsminister Boris
// Pistorius (SPD) unterzeichneten die österreichische ...".
func (sc *sentScan) r12WitnessSpans() [][2]int {
	ps := sc.lw.set("fresh5-presence")
	var out [][2]int
	for p := 0; p < len(sc.toks); p++ {
		n := 0
		if sc.toks[p].arabic {
			raw := strings.TrimPrefix(sc.toks[p].norm, "و")
			if sc.lw.isWord("fresh5-presence", raw) {
				n = 1
			}
		}
		if n == 0 {
			n, _ = ps.at(sc.toks, p)
		}
		if n == 0 {
			continue
		}
		from := p + n
		to := from
		for ; to < len(sc.toks) && to < from+12; to++ {
			if to > from && strings.ContainsAny(sc.toks[to].gap, ",;:،") {
				break
			}
			if sc.r12WitnessEnd(to) {
				break
			}
		}
		out = append(out, [2]int{from, to})
		p = to - 1
	}
	return out
}

// r12WitnessEnd reports whether the token at k is a verb that ends a
// list of witnesses: a verb of signing, of supply or of a stage.
func (sc *sentScan) r12WitnessEnd(k int) bool {
	for _, kind := range []string{"agreement-sign", "supply-verb", "stage-delivered", "stage-ordered"} {
		if n, _ := sc.lw.set(kind).at(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}

// r12Witnesses drops from fact f the states that are only witnesses in the
// sentence: a state whose every mention stands in a span of presence is no
// party of the agreement signed before it, nor the seller or the buyer of
// the ship launched before it ("mis à l'eau en présence de Macron et
// Lula"). A witness's state named elsewhere in the sentence stays. It
// reports whether the fact is to be dropped. An agreement keeps a witness
// when fewer than two other parties are named, and a transfer with a stage
// keeps its witnesses.
func (sc *sentScan) r12Witnesses(f *domain.Fact) bool {
	spans := sc.r12WitnessSpans()
	if len(spans) == 0 {
		return false
	}
	inside, outside := map[string]bool{}, map[string]bool{}
	for _, c := range sc.countries() {
		in := false
		for _, s := range spans {
			if c.tok0 >= s[0] && c.tok0 < s[1] {
				in = true
			}
		}
		if in {
			inside[c.id] = true
		} else {
			outside[c.id] = true
		}
	}
	witness := func(p *domain.Party) bool { return p != nil && p.Code != "" && inside[p.Code] && !outside[p.Code] }
	switch f.Type {
	case domain.TypeAgreement:
		var keep []domain.Party
		for _, p := range f.Parties {
			if !witness(&p) {
				keep = append(keep, p)
			}
		}
		if len(keep) == len(f.Parties) {
			return false
		}
		if len(keep) < 2 {
			// "firmó el documento en presencia del vicepresidente
			// brasileño": with one signer named, the witness stands for
			// the other party
			return false
		}
		f.Parties = keep
	case domain.TypeMembership:
		return witness(f.Member)
	case domain.TypeAssistance:
		// "signed the aid package for Ukraine in the presence of President
		// Duda": with giver and getter named outside, aid is no witness's
		// to give or get; "تسلم الجيش اللبناني ... بحضور السفيرة الأمريكية"
		// names the giver by its envoy at the handover (r13-leftovers)
		return len(outside) >= 2 && (witness(f.Provider) || witness(f.Recipient))
	default:
		// "im Beisein der Verteidigungsminister Südkoreas und Polens ein
		// Vertrag über die Lieferung unterzeichnet": the witnesses of a
		// stage of a deal are its parties; a ship's launch (fresh5-launch)
		// without one is no transfer between the witnesses' states
		if f.Stage != "" || !sc.has("fresh5-launch") {
			return false
		}
		return witness(f.Supplier) || witness(f.Recipient) || witness(f.Provider)
	}
	return false
}
