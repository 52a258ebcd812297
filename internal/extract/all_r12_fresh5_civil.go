package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// civilModel matches the model names of civil airliners and freighters:
// Boeing 7x7 ("777", "787-9"), Airbus A220 and A3xx ("a321neo",
// "a350-1000"), ATR, Embraer's E-jets ("e190", "e195-e2"), COMAC, the CRJ
// and the Superjet. Their military variants are systems of the lexicon
// ("A330 MRTT", "Boeing 737 AEW&C", "ATR 72MP") and are read as such
// before this is asked.
var civilModel = regexp.MustCompile(`^(7[0-8]7|a22[0-9]|a3[0-8][0-9]|atr|e1[79][05]|e-?jets?|c919|arj21|crj[0-9]*|superjet|ssj100|dreamliner)(neo|xlr|lr)?$`)

// r12CivilAircraft reports whether the transfer f of a kind of aircraft
// names it only by a civil model ("34 wide-body 777-8 cargo aircraft",
// "des A320neo", "aviones E195-E2"): an airliner or a freighter in a
// commercial deal is no arms transfer. A tanker or a patrol aircraft
// (fresh5-military-role in the words of the noun) stays.
func (sc *sentScan) r12CivilAircraft(f *domain.Fact) bool {
	if f.Type != domain.TypeTransfer || f.System == nil || f.System.Category != "aircraft" {
		return false
	}
	if f.System.ID != "" && !strings.HasPrefix(f.System.ID, "x:") {
		return false // a system of the lexicon
	}
	// a model named by its designation alone: "aviones Embraer E195-E2"
	if name := strings.ToLower(strings.ReplaceAll(f.System.Name, " ", "")); name != "" && civilModel.MatchString(name) {
		for k := range sc.toks {
			if sc.lw.isTok("fresh5-military-role", &sc.toks[k]) {
				return false
			}
		}
		return true
	}
	if f.System.ID != "" {
		return false
	}
	seen := false
	for _, m := range sc.mentions {
		if m.kind != mGeneric || m.id != "aircraft" {
			continue
		}
		seen = true
		civil := false
		// "34 Boeing 777-8 cargo aircraft", "aviones Embraer E195"
		for k := max(0, m.tok0-5); k < len(sc.toks) && k < m.tok1+4; k++ {
			if (k < m.tok0 || k >= m.tok1) && sc.r12CivilModelAt(k) {
				civil = true
			}
		}
		for k := max(0, m.tok0-4); k < m.tok1+2 && k < len(sc.toks); k++ {
			if sc.lw.isTok("fresh5-military-role", &sc.toks[k]) {
				civil = false
			}
		}
		if !civil {
			return false
		}
	}
	return seen
}

// r12NumberOnModel reports whether the number at token t0 is written onto
// the number before it as a model's variant: "777-8", "737-800",
// "A350-1000". A range rises ("100-120 tanks") and is not one, unless the
// first number is a civil model ("737-800"); a date's year has four digits
// ("2024-03-08") and its month stays a number.
func (sc *sentScan) r12NumberOnModel(t0 int) bool {
	if t0 < 1 || t0 >= len(sc.toks) || sc.toks[t0].gap != "-" || !sc.toks[t0-1].digit {
		return false
	}
	prev, err1 := strconv.Atoi(sc.toks[t0-1].raw)
	cur, err2 := strconv.Atoi(sc.toks[t0].raw)
	if err1 != nil || err2 != nil {
		return false
	}
	start := t0 - 1
	if start > 0 && sc.toks[start].gap == "" && !sc.toks[start-1].digit {
		start-- // "a" of "A350-1000"
	}
	if sc.r12CivilModelAt(start) {
		return true
	}
	return prev >= 100 && prev < 1000 && cur < prev && cur < 100
}

// r12CivilModelAt reports whether a civil model's name starts at token k,
// its letters and digits written together being split into tokens ("A"
// "330", "E" "195"). An amount of money is no model ("$787 million").
func (sc *sentScan) r12CivilModelAt(k int) bool {
	if sc.inMoney(k) {
		return false // "for 787 million euros" names no Boeing 787
	}
	w := ""
	for j := k; j < len(sc.toks) && j < k+3; j++ {
		if j > k && sc.toks[j].gap != "" {
			break
		}
		w += sc.toks[j].norm
		if civilModel.MatchString(w) {
			return true
		}
	}
	return false
}
