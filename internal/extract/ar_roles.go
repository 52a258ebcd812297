package extract

import "strings"

// arNounCue reports whether the Arabic word at token k is a verbal noun or
// a noun of the transfer ("شحنة" a shipment, "تسليم" handing over, "وصول"
// arrival), not a verb: a state right before it is not the subject of a
// giving or receiving ("سلّم ... الجيش اللبناني شحنة من المعدات": the
// army is handed a shipment).
func (sc *sentScan) arNounCue(k int) bool {
	return k < len(sc.toks) && sc.toks[k].arabic && arTransferNouns[sc.toks[k].norm]
}

var arTransferNouns = map[string]bool{
	"شحنه": true, "شحنات": true, "تسليم": true, "استلام": true, "وصول": true,
	"توريد": true, "تزويد": true, "دفعه": true, "دفعات": true, "صفقه": true, "طلبيه": true,
}

// arCommaBefore reports whether, in an Arabic sentence, a comma stands
// between a state named at m and token k: "لبّت واشنطن حاجة لبنان
// العسكرية، فسلّم سفيرها ...": the verb after the comma opens a clause
// whose subject was named before (Washington met Lebanon's need, so its
// ambassador handed ...); the state before the comma is not its subject.
func (sc *sentScan) arCommaBefore(m mention, k int) bool {
	if !sc.toks[m.tok0].arabic {
		return false
	}
	for j := m.tok1; j <= k && j < len(sc.toks); j++ {
		if strings.ContainsAny(sc.toks[j].gap, "،,") {
			return true
		}
	}
	return false
}

// arSharedSubject reports whether the Arabic verb at token k opens, after
// a comma and with "ف" (so, then), a clause that goes on with the subject
// named before it: "لبّت الولايات المتحدة حاجة لبنان، فسلّمت الجيش
// اللبناني 40 مدرعة": the state right after the verb is its object, the
// one handed to.
func (sc *sentScan) arSharedSubject(k int) bool {
	if k <= 0 || k >= len(sc.toks) || !sc.toks[k].arabic || !strings.HasPrefix(sc.toks[k].raw, "ف") || !strings.ContainsAny(sc.toks[k].gap, "،,") {
		return false
	}
	for _, c := range sc.countries() {
		if c.tok1 <= k && c.sub != "demonym" {
			return true
		}
	}
	return false
}
