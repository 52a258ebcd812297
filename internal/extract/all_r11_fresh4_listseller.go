package extract

// r11SentenceSeller is what the first transfer of a sentence settled: its
// seller, its buyer, and whether the seller was only the system's country
// of origin, which the sentence does not name.
type r11SentenceSeller struct {
	sup, rec string
	implicit bool
}

// r11OwnBuyerNotSeller reports whether a generic item of a list took as
// its seller the maker's state of the sentence's first system although it
// goes to another buyer: "los pedidos de submarinos Scorpene para Malasia
// y ... varias patrulleras para Venezuela" names no seller of the patrol
// boats, and France (the Scorpène's origin, never named) sells only the
// submarines. The item's seller is then found as if no origin were known.
func (d *docScan) r11OwnBuyerNotSeller(sc *sentScan, m mention, origin, rec string, first r11SentenceSeller) bool {
	if m.kind != mGeneric || !first.implicit || first.sup == "" || origin != first.sup {
		return false
	}
	if rec == "" || rec == first.rec || sc.names(origin) {
		return false
	}
	return true
}

// r11NoDealWords reports whether a sentence that names no state tells of
// no deal at all: no stage word, no word for a deal, no money and no count
// word of a contract, no bullet of a package. "Suivaient des hélicoptères d'assaut Mi-24" after
// "Ces appareils, acquis auprès de la Bulgarie" shows equipment in a
// parade; the seller of the sentence before (the document's supplier) is
// not the seller of a system of another origin.
func (d *docScan) r11NoDealWords(i int, sc *sentScan, stage string) bool {
	// a bullet of a package ("- Hundreds of missiles, among them GMLRS")
	// is the package's
	return stage == "" && !d.notice && !sc.has("deal") && len(sc.money) == 0 && !d.bulletOfDeal(i)
}

// r11BackPointing returns sentence si when a generic noun of category cat
// stands after a demonstrative ("ces appareils", "these jets", "estos
// buques", "diese Flugzeuge", "هذه الطائرات"): the noun takes up systems
// named before, so the source state it names ("acquis auprès de la
// Bulgarie") is not the source of a system of the kind that only a later
// sentence names ("Suivaient des hélicoptères d'assaut Mi-24"). Else -1.
func (sc *sentScan) r11BackPointing(cat string, si int) int {
	for _, m := range sc.mentions {
		if m.kind != mGeneric || m.id != cat {
			continue
		}
		for k := m.tok0 - 1; k >= 0 && k >= m.tok0-3; k-- {
			// "these jets", not "said that the jets": a demonstrative
			// takes no article after it, a conjunction may
			if sc.lw.isTok("fresh4-demonstrative", &sc.toks[k]) && !sc.lw.isTok("article", &sc.toks[k+1]) {
				return si
			}
			if clauseGap(sc.toks[k+1]) {
				break
			}
		}
	}
	return -1
}

// r11FittedFar reports whether a word of fitting ("armés de", "equipped
// with", "ausgerüstet mit") stands right before mention m (a count between
// them at most) and a piece of equipment earlier in the sentence is its
// host, however long the clause between them: "Ces appareils, acquis
// auprès de la Bulgarie, sont armés de quatre canons" sells no guns.
func (sc *sentScan) r11FittedFar(m mention) bool {
	for _, p := range sc.cuePositions("fitted") {
		if p >= m.tok0 || m.tok0-p > 4 {
			continue
		}
		for _, o := range sc.mentions {
			if (o.kind == mSystem || o.kind == mGeneric) && o.tok1 <= p && p-o.tok1 <= 12 {
				between := false
				for _, x := range sc.mentions {
					if (x.kind == mSystem || x.kind == mGeneric) && x.tok0 >= p && x.tok1 <= m.tok0 {
						between = true
					}
				}
				if !between {
					return true
				}
			}
		}
	}
	return false
}
