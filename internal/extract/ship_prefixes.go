package extract

// shipPrefixes are the prefixes navies put before their ships' names
// ("HMS Ocean", "BRP Miguel Malvar", "USCGC Sherman", "ex-ROKS Iksan",
// "PNS Tughril"). Written in capitals before a capitalised name, the
// prefix makes the name a ship in any language, with no weapon noun
// beside it: news of second-hand ships names them this way ("the sale of
// HMS Ocean to Brazil").
var shipPrefixes = map[string]bool{
	"HMS": true, "HMAS": true, "HMCS": true, "HMNZS": true, "USS": true, "USNS": true, "USCGC": true,
	"BRP": true, "ARA": true, "ARC": true, "BAP": true, "INS": true, "KRI": true, "TCG": true,
	"ROKS": true, "PNS": true, "BNS": true, "SLNS": true, "HTMS": true, "NNS": true, "KD": true,
	"RSS": true, "ENS": true, "ITS": true, "NRP": true, "HNLMS": true, "HDMS": true, "FGS": true,
	"ORP": true, "ESPS": true, "HNoMS": true, "HSwMS": true, "KDB": true, "GNS": true, "KNS": true,
	"JDS": true, "JS": true, "ROCS": true, "CNS": true, "HS": true, "LÉ": true,
}

// shipNames adds a ship mention for each navy prefix in capitals followed
// by one to three capitalised words not yet read as anything ("BRP Miguel
// Malvar", "HMS Ocean"); the mention covers the prefix, so that "HMS
// Ocean" stays apart from the word "ocean". A sentence that names the
// ships' class ("las fragatas clase Adelaide HMAS Melbourne y HMAS
// Newcastle") tells the deal by its class: the ships' names add nothing.
func (m *matcher) shipNames(toks []token, covered []int, ms []mention, add []mention, taken func(a, b int) bool) []mention {
	for _, x := range ms {
		if x.kind == mSystem && m.ships[x.id] {
			return add
		}
	}
	for t := 0; t+1 < len(toks); t++ {
		if !shipPrefixes[toks[t].raw] || covered[t] != 0 {
			continue
		}
		end := t + 1
		for end < len(toks) && end <= t+3 && covered[end] == 0 && (toks[end].gap == " " || end > t+1 && toks[end].gap == "-") &&
			!toks[end].digit && !toks[end].arabic && isCapitalised(toks[end].raw) && !isUpperWord(toks[end].raw) {
			end++
		}
		// "de" inside a Spanish ship's name ("ARC 20 de Julio") is left out:
		// one to three capitalised words only
		if end == t+1 || taken(t, end) {
			continue
		}
		add = append(add, m.synthMention(toks, t, end, "ships"))
		t = end - 1
	}
	return add
}
