package extract

// deTypeAnaphor names a German generic word that points back at a system
// named before it: "Im Jahr 2022 hatte Berlin schon 35 Flugzeuge des Typs
// geordert" (of that type, no name after it), "180 Panzer dieses Typs",
// "Auch die Niederlande haben der Ukraine solche Geschütze überlassen"
// (such guns). The referent is the last named system of the generic
// word's category, earlier in the sentence or in the three sentences
// before; the pointing words become a mention of it, so that the generic
// word describes it as in "Schützenpanzer vom Typ Marder". A type word
// followed by a name is deTypeNames' or the lexicon's.
func (d *docScan) deTypeAnaphor(sc *sentScan) {
	if d.lw.code != "de" {
		return
	}
	var added []mention
	for _, g := range sc.mentions {
		if g.kind != mGeneric || g.id == "" {
			continue
		}
		k0, k1 := -1, -1
		switch {
		case g.tok1+1 < len(sc.toks) && deAnaphorDet[sc.toks[g.tok1].norm] && deAnaphorType[sc.toks[g.tok1+1].norm] &&
			!gapBreaks(sc.toks[g.tok1].gap) && !gapBreaks(sc.toks[g.tok1+1].gap):
			// "des Typs" closing the phrase: nothing named after it
			if n := g.tok1 + 2; n < len(sc.toks) && !gapBreaks(sc.toks[n].gap) && (sc.toks[n].digit || !isLowerWord(sc.toks[n].raw) || sc.inMention(n)) {
				continue
			}
			k0, k1 = g.tok1, g.tok1+2
		case g.tok0 > 0 && deSuchWords[sc.toks[g.tok0-1].norm] && !gapBreaks(sc.toks[g.tok0].gap):
			k0, k1 = g.tok0-1, g.tok0 // "solche Geschütze"
		default:
			continue
		}
		if sc.inMention(k0) || sc.inMention(k1-1) {
			continue
		}
		ref, ok := d.deLastNamed(sc, g)
		if !ok {
			continue
		}
		ref.start, ref.end, ref.tok0, ref.tok1 = sc.toks[k0].start, sc.toks[k1-1].end, k0, k1
		added = append(added, ref)
	}
	sc.addMentions(added)
}

// deLastNamed finds the last named system of g's category before g in its
// sentence or in the three sentences before it (sc is not yet among
// d.sents while the document is scanned).
func (d *docScan) deLastNamed(sc *sentScan, g mention) (mention, bool) {
	fits := func(m mention) bool {
		if m.kind != mSystem {
			return false
		}
		s, ok := d.x.systemOf(m)
		return ok && s.Category == g.id
	}
	for j := len(sc.mentions) - 1; j >= 0; j-- {
		if m := sc.mentions[j]; m.tok1 <= g.tok0 && fits(m) {
			return m, true
		}
	}
	for i := len(d.sents) - 1; i >= 0 && i >= len(d.sents)-3; i-- {
		prev := d.sents[i]
		for j := len(prev.mentions) - 1; j >= 0; j-- {
			if fits(prev.mentions[j]) {
				return prev.mentions[j], true
			}
		}
	}
	return mention{}, false
}

var (
	deAnaphorDet  = map[string]bool{"des": true, "dieses": true, "desselben": true, "jenes": true}
	deAnaphorType = map[string]bool{"typs": true, "typ": true, "modells": true, "musters": true}
	deSuchWords   = map[string]bool{"solche": true, "solcher": true, "solchen": true}
)
