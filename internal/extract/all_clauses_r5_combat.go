package extract

import "strings"

// This file handles combat and denial cue words that are no use of the
// weapons the sentence names and no denial of it (areaDenial below: "area
// denial capabilities"). Combat cue words that are no use of the weapons the
// sentence names:
//   - a danger the weapons are bought against ("received 12 Patriot
//     launchers to defend against missile attacks", "pour contrer les
//     frappes de drones", "لمواجهة هجمات المسيرات");
//   - a procurement launched ("launched a tender and ordered 12 Rafale",
//     "a lancé un appel d'offres", "lanzó una licitación", "أطلقت
//     مناقصة").
// The combat cue used to drop every system of its stretch (transfer.go,
// "combat"); fired, shot down or struck weapons still do.

// guardWords stand before a danger: defending against attacks is what
// the weapons are for.
var guardWords = map[string]bool{
	"against": true, "counter": true, "repel": true, "deter": true, "defend": true, "protect": true, "thwart": true, "fend": true,
	"contre": true, "contrer": true, "face": true, "proteger": true, "defendre": true, "repousser": true, "parer": true,
	"contra": true, "frente": true, "repeler": true, "contrarrestar": true, "defender": true, "defenderse": true, "ante": true,
	"gegen": true, "abwehr": true, "schutz": true, "abwehren": true,
}

// arGuardWords are the Arabic ones.
var arGuardWords = arWordSet("مواجهة", "صد", "ضد", "التصدي", "تصدي", "الحماية", "حماية", "ردع")

// arLaunchedObjects are the Arabic ones.
var arLaunchedObjects = arWordSet("مناقصة", "برنامج", "مبادرة", "طلب", "مشروع", "دعوة")

// notCombat reports whether the combat cue at i names a danger the
// weapons guard against or a procurement launched.
func (sc *sentScan) notCombat(kind string, i int) bool {
	if kind != "combat" {
		return false
	}
	ar := sc.lw.code == "ar"
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if clauseGap(sc.toks[k+1]) {
			break
		}
		w := sc.toks[k].norm
		if ar && arInSet(arGuardWords, w) || !ar && guardWords[w] {
			return true
		}
	}
	for k := i + 1; k < len(sc.toks) && k <= i+3; k++ {
		if clauseGap(sc.toks[k]) {
			break
		}
		w := strings.TrimSuffix(sc.toks[k].norm, "s")
		if ar && arInSet(arLaunchedObjects, sc.toks[k].norm) || !ar && (sc.lw.isTok("launched-object", &sc.toks[k]) || sc.lw.isWord("launched-object", w)) {
			return true
		}
	}
	return false
}

// areaDenial reports whether the denial cue at i is the doctrine's
// "area denial" ("anti-access/area denial", "sea denial"): a capability,
// not a denial of reports.
func (sc *sentScan) areaDenial(kind string, i int) bool {
	if kind != "denial" || i == 0 || sc.toks[i].norm != "denial" {
		return false
	}
	switch sc.toks[i-1].norm {
	case "area", "sea", "access", "anti-access", "air":
		return true
	}
	return false
}
