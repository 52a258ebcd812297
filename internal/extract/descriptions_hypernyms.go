package extract

// hypernyms are the broad words by which news takes up equipment it has
// named, with the categories each may stand for: "the first four vehicles
// arrived", "los aparatos llegaron", "die Fahrzeuge wurden übergeben",
// "les bâtiments ont été livrés". The lexicon's generic words are
// narrower ("armoured vehicles", "frigates"); these words alone name no
// category, so they only take up a system a transfer just named.
var hypernyms = map[string][]string{
	// vehicles: what drives
	"vehicles": vehicleKinds, "vehicle": vehicleKinds, "vehicules": vehicleKinds, "engins": vehicleKinds,
	"vehiculos": vehicleKinds, "vehiculo": vehicleKinds, "fahrzeuge": vehicleKinds, "fahrzeug": vehicleKinds,
	// aircraft
	"aparatos": {"aircraft"}, "aparato": {"aircraft"}, "maschinen": {"aircraft"}, "appareil": {"aircraft"},
	// ships
	"barcos": {"ships"}, "naves": {"ships"}, "batiments": {"ships"}, "schiffe": {"ships"}, "boote": {"ships"},
	// units of anything
	"units": anyKind, "unidades": anyKind, "ejemplares": anyKind, "einheiten": anyKind,
}

var vehicleKinds = []string{"armoured-vehicles", "artillery", "air-defence"}

// anyKind: a word that counts units of whatever was named.
var anyKind = []string{""}

// hypernymDescriptions reads a sentence that names no system and no kind
// of equipment but takes up, with a broad word, the system a transfer of
// the sentences before named ("Peru ordered 10 Stryker … Los primeros
// cuatro vehículos llegaron al Callao"): the word stands for that system's
// kind, and the sentence is read as a definite description of it
// (linkDescriptions: a count or a determiner, a stage of its own).
func (d *docScan) hypernymDescriptions(i int, sc *sentScan) {
	if d.notice || i == 0 {
		return
	}
	for _, m := range sc.mentions {
		if m.kind == mSystem || m.kind == mGeneric {
			return
		}
	}
	for k, t := range sc.toks {
		kinds, ok := hypernyms[t.norm]
		if !ok {
			continue
		}
		pk := d.priorNamedTransfer(i, sc) // fr_copies.go
		if pk < 0 {
			return
		}
		cat := d.facts[pk].System.Category
		fits := false
		for _, c := range kinds {
			fits = fits || c == "" || c == cat
		}
		if !fits {
			return
		}
		m := mention{kind: mGeneric, id: cat, start: t.start, end: t.end, tok0: k, tok1: k + 1}
		d.linkDescriptions(i, sc, []mention{m})
		return
	}
}
