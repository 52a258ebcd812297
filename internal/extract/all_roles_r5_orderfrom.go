package extract

// An order that a firm receives "from" a state names the buyer, in Arabic
// as orderFromBuyer (en_r4_orderfrom.go) reads it in English: "تلقت ساب
// طلبية من تايلاند لشراء طائرتين غريبن", "فازت نافانتيا بعقد من السعودية".
// Without a firm before it, "من" keeps its sense of the seller ("صفقة من
// الولايات المتحدة" placed by a buyer).

// arOrderFromBuyer reports whether the Arabic state m follows "من" right
// after a word for a deal (cue kind deal) with a firm named before it.
func (sc *sentScan) arOrderFromBuyer(m mention) bool {
	if sc.lw.code != "ar" || m.sub == "demonym" {
		return false
	}
	k := m.tok0 - 1
	if k < 1 || sc.toks[k].norm != "من" {
		return false
	}
	if n, _ := sc.lw.set("deal").at(sc.toks, k-1); n != 1 {
		return false
	}
	return sc.firmBefore(k - 1)
}
