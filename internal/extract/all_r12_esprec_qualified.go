package extract

// dropQualifiedMetonyms drops a metonym of a state (the proper name of
// its forces, "Ejército de Tierra", "Ejército del Aire" for Spain) that
// another state's demonym or name qualifies: "el Ejército de Tierra
// francés", "el Ejército del Aire de Francia" are France's forces, not
// Spain's. The qualifying state stays a mention of its own.
func (d *docScan) dropQualifiedMetonyms() {
	for _, sc := range d.sents {
		qualified := func(m mention) bool {
			if m.kind != mCountry || m.sub != "metonym" {
				return false
			}
			for _, o := range sc.mentions {
				if o.kind != mCountry || o.id == m.id {
					continue
				}
				// a demonym after the name qualifies it only where adjectives
				// follow their noun: "dass die Bundeswehr ukrainische Soldaten
				// ausbildet", "the Pentagon French officials met" name the
				// object's state
				if o.tok0 == m.tok1 && o.sub == "demonym" && sc.lw.code != "de" && sc.lw.code != "en" {
					return true
				}
				if o.tok0 == m.tok1+1 && m.tok1 < len(sc.toks) && o.sub == "name" {
					switch sc.toks[m.tok1].norm {
					case "de", "del", "of", "du", "des":
						return true
					}
				}
			}
			return false
		}
		kept := sc.mentions[:0]
		for _, m := range sc.mentions {
			if qualified(m) {
				continue
			}
			kept = append(kept, m)
		}
		if len(kept) != len(sc.mentions) {
			sc.mentions = kept
			sc.countryTok, sc.countryList, sc.countriesMade = nil, nil, false
		}
	}
}
