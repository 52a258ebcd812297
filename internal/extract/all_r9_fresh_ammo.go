package extract

import "strings"

// Ammunition named by the weapon that fires it, the weapon's name before
// the ammunition word: "a $59.6 million sale of M1A2K training
// ammunition", "Gepard-Munition", "Leopard 2 tank ammunition". The named
// system only says which
// ammunition; what changes hands is the ammunition (the annotation rules:
// a transfer of the category ammunition, not of the platform). Read as a
// system, the platform became a transfer of tanks or howitzers that no one
// sold. The rule drops the system mention that qualifies an ammunition
// word of generic.tsv, so the ammunition word alone makes the candidate,
// when it stands right before that word, as a hyphen compound or with one
// word of kind `ammo-use` between ("training", "practice"). The weapon
// named after the word ("Munition für den Flakpanzer Gepard", "obus pour
// les canons Caesar") is left to the model: all_r6_extras.go gives it the
// feature item-for.
// A system of the categories ammunition or missiles is itself the goods
// ("Hellfire rounds", "Excalibur shells") and stays.

// ammoQualifiers returns the indices of the system mentions of sc that
// name the weapon an ammunition word is for.
func (d *docScan) ammoQualifiers(sc *sentScan) map[int]bool {
	var out map[int]bool
	mark := func(k int) {
		if out == nil {
			out = map[int]bool{}
		}
		out[k] = true
	}
	for _, g := range sc.mentions {
		if g.kind != mGeneric || g.id != "ammunition" {
			continue
		}
		for k, m := range sc.mentions {
			if m.kind != mSystem {
				continue
			}
			if s, ok := d.x.systemOf(m); !ok || s.Category == "ammunition" || s.Category == "missiles" {
				continue
			}
			if m.tok1 <= g.tok0 && sc.ammoBefore(m, g) {
				mark(k)
			}
		}
	}
	return out
}

// ammoBefore: the system m stands right before the ammunition word g, as
// a compound ("Gepard-Munition") or with one `ammo-use` word between
// ("M1A2K training ammunition").
func (sc *sentScan) ammoBefore(m, g mention) bool {
	if sc.lw.code == "ar" {
		return false // Arabic puts the qualifier after the noun
	}
	for k := m.tok1; k <= g.tok0 && k < len(sc.toks); k++ {
		if gap := strings.TrimSpace(sc.toks[k].gap); gap != "" && gap != "-" {
			return false
		}
	}
	if g.tok0 == m.tok1 {
		return true
	}
	n, _ := sc.lw.set("ammo-use").at(sc.toks, m.tok1)
	return n > 0 && m.tok1+n == g.tok0
}

// dropAmmoQualifiers removes the system mentions that only qualify an
// ammunition word.
func (d *docScan) dropAmmoQualifiers(sc *sentScan) {
	drop := d.ammoQualifiers(sc)
	if len(drop) == 0 {
		return
	}
	kept := sc.mentions[:0:0]
	for k, m := range sc.mentions {
		if !drop[k] {
			kept = append(kept, m)
		}
	}
	sc.mentions = kept
}
