package extract

// Systems a sentence names without trading them, read as features the
// model weighs (features.go):
//
//   - the target of another weapon: "protection against aircraft and
//     missiles", "Kleinwaffen gegen Panzer", "el sistema contra drones",
//     "النظام الصاروخي المضاد للسفن", "Sonaranlagen, mit denen sich
//     U-Boote und Torpedos aufspüren lassen" (feature "target", read by
//     targetOf in all_r6_category.go from the lexicon's target words);
//   - the platform an item is for: "sensor pods for jets", "Munition für
//     Handfeuerwaffen", "des obus pour les canons Caesar", "misiles para
//     los F-16" (feature "item-for"): the item changes hands, not the
//     platform named after the word "for" (the lexicon's `host` cues are the
//     unambiguous cases, dropped outright by hostOf).

// itemFor reports whether m is the platform another weapon or item named
// just before a word "for" is meant for: "pods for jets", "Munition für
// Handfeuerwaffen".
func (sc *sentScan) itemFor(m mention) bool {
	p := -1
	for k := m.tok0 - 1; k >= 0 && k >= m.tok0-3; k-- {
		if clauseGap(sc.toks[k+1]) {
			return false
		}
		if sc.lw.isTok("purpose-prep", &sc.toks[k]) {
			p = k
			break
		}
	}
	if p < 0 {
		return false
	}
	for _, o := range sc.mentions {
		if o.tok0 > p && o.tok0 < m.tok0 && o.kind != mSystem && o.kind != mGeneric {
			return false // "for Ukraine's tanks" is another reading
		}
		if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 <= p && p-o.tok1 <= 2 && !sc.boundaryBetween(o.tok1, p) {
			return true
		}
	}
	return false
}

// dealCueKinds are the words of a deal or of its stage: a system they
// govern is traded, one far from them in the sentence is more often
// background ("the package, which replaces the ageing Hawk", "its sister
// ship was floated out").
var dealCueKinds = []string{"stage-requested", "stage-approved", "stage-ordered", "stage-delivered", "stage-other", "buy-verb", "supply-verb"}

// dealCueDistance returns the number of words between the mention m and
// the nearest word of a deal in its sentence (-1: none), and whether a
// mark of punctuation stands between them.
func (sc *sentScan) dealCueDistance(m mention) (int, bool) {
	best, cut := -1, false
	for _, kind := range dealCueKinds {
		for _, p := range sc.cuePositions(kind) {
			dist, a, b := 0, p, p // the gaps of tokens a..b lie between
			switch {
			case p < m.tok0:
				dist, a, b = m.tok0-p, p+1, m.tok0
			case p >= m.tok1:
				dist, a, b = p-m.tok1+1, m.tok1, p
			}
			if best >= 0 && dist >= best {
				continue
			}
			best, cut = dist, false
			for t := a; t <= b && t < len(sc.toks) && dist > 0; t++ {
				if clauseGap(sc.toks[t]) {
					cut = true
					break
				}
			}
		}
	}
	return best, cut
}

// dealCueFeatures name the distance to the nearest word of a deal: near
// (at most 3 words), mid (at most 8), far, none; and "cut" when
// punctuation stands between.
func (sc *sentScan) dealCueFeatures(m mention, add func(string)) {
	d, cut := sc.dealCueDistance(m)
	switch {
	case d < 0:
		add("dealcue=none")
	case d <= 3:
		add("dealcue=near")
	case d <= 8:
		add("dealcue=mid")
	default:
		add("dealcue=far")
	}
	if cut {
		add("dealcue-cut")
	}
}

// capableOf reports whether m is what another system can carry, fire or
// take on: "a launcher able to fire eight missiles", "capable de tirer
// des missiles", "capaz de transportar helicópteros", "قادر على حمل
// صواريخ" (lexicon kind `capability`, at most six words before the
// mention, with no punctuation between).
func (sc *sentScan) capableOf(m mention) bool {
	from := max(0, m.tok0-6)
	for k := m.tok0; k > from; k-- {
		if clauseGap(sc.toks[k]) {
			from = k
			break
		}
	}
	return sc.cueIn("capability", from, m.tok0)
}
