package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

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
// Ocean" stays apart from the word "ocean". Only the first such name of a
// sentence is read. A sentence that names the
// ships' class ("las fragatas clase Adelaide HMAS Melbourne y HMAS
// Newcastle") tells the deal by its class: the ships' names add nothing.
func (m *matcher) shipNames(toks []token, covered []int, ms []mention, add []mention, taken func(a, b int) bool, lang string) []mention {
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
		if end == t+1 || taken(t, end) || m.platformBefore(toks, covered, t, lang) {
			continue
		}
		add = append(add, m.synthMention(toks, t, end, "ships"))
		// "renamed them GNS Aflao and GNS Half Assini", "HMS Norfolk …,
		// HMS Grafton … and HMS Marlborough": the hulls of one deal,
		// which the first name stands for
		break
	}
	return add
}

// shipOfClass reports whether ship, a ship named by its navy's prefix, is
// one of the hulls of class, a ship system named otherwise, for the same
// pair: "a pair of Protector-class patrol boats … renamed GNS Aflao and
// GNS Half Assini" tells one deal.
func shipOfClass(ship, class *domain.System) bool {
	if ship == nil || class == nil || class.ID == "" || class.ID == ship.ID || class.Category != "ships" || ship.Category != "ships" {
		return false
	}
	return prefixedShip(ship) && !prefixedShip(class)
}

// prefixedShip reports whether s is a ship shipNames read ("HMS Ocean").
func prefixedShip(s *domain.System) bool {
	prefix, _, _ := strings.Cut(s.Name, " ")
	return strings.HasPrefix(s.ID, synthPrefix) && shipPrefixes[prefix]
}

// platformBefore reports whether the ship name at token t is named as a
// platform: a platform word before it, or before its ship noun and an
// article (a ship noun is needed after "for", "au", "para": "sold to
// Brazil" is a buyer).
func (m *matcher) platformBefore(toks []token, covered []int, t int, lang string) bool {
	k := t - 1
	noun := false
	// the ship's noun: the lexicon's ("the frigate") or up to two
	// lower-case words it lacks ("le porte-avions")
	for n := 0; k >= 0 && n < 3 && (covered[k] == mGeneric || covered[k] == 0 && n < 2 && !m.isWord(lang, "article", toks[k].norm) && !m.isWord(lang, "platform-word", toks[k].norm) && !isCapitalised(toks[k].raw) && !toks[k].digit); n++ {
		k--
		noun = true
	}
	if k >= 0 && m.isWord(lang, "article", toks[k].norm) {
		k--
	}
	if k < 0 || !m.isWord(lang, "platform-word", toks[k].norm) {
		return false
	}
	switch toks[k].norm {
	case "aboard", "board", "bord", "bordo":
		return true
	}
	return noun
}
