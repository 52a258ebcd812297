package extract

import "strings"

// all_r13_estrans_fittedlist.go: the armament or equipment a platform is
// said to carry is a list: "la corbeta mostró dos cañones OTO Melara de 76
// mm, dos montajes Sea Vulcan de 20 mm y lanzadores de misiles antibuque
// SSM-700K", "The warship is armed with C-Star anti-ship missiles and a VL
// MICA vertical launcher and carries an AESA radar", "dotée de canons de 76
// mm et de missiles Exocet". fittedTo and r11FittedFar take the first
// items after the word of fitting; every later item of the same list is a
// part of the platform too, not a sale of its own, as long as no state, no
// stage word and no word of a deal comes between.

// r13FittedList reports whether m follows, in its sentence, a word of
// fitting that comes after a system or a kind of equipment (the host),
// with only equipment, numbers and joining words between.
func (sc *sentScan) r13FittedList(m mention) bool {
	for _, p := range sc.cuePositions("fitted") {
		if p >= m.tok0 {
			continue
		}
		host := false
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 <= p && p-o.tok1 <= 12 {
				host = true
			}
		}
		if !host {
			continue
		}
		clean := true
		for _, x := range sc.mentions {
			if x.tok0 >= p && x.tok0 < m.tok0 && x.kind != mSystem && x.kind != mGeneric && x.kind != mNamed {
				clean = false // a state, an organisation between: another clause
			}
		}
		for _, k := range []string{"deal", "stage-ordered", "stage-delivered", "stage-received", "stage-approved", "stage-requested", "buy-verb", "supply-verb"} {
			for _, q := range sc.cuePositions(k) {
				if q > p && q < m.tok0 {
					clean = false
				}
			}
		}
		for k := p + 1; k <= m.tok0 && k < len(sc.toks); k++ {
			if strings.ContainsAny(sc.toks[k].gap, ";:()") {
				clean = false
			}
		}
		if clean {
			return true
		}
	}
	return false
}
