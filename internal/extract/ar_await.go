package extract

// arAwaitsReceipt reports whether an Arabic clause says a state awaits the
// receipt of weapons ("كما تترقب استلام 16 مقاتلة إضافية", "وتنتظر مصر
// تسلم 4 فرقاطات", "تستعد البحرية الجزائرية لاستلام غواصتين"): a waiting
// or preparing verb, then a noun of receiving within five words (the
// subject may stand between). What a state waits or prepares to receive it
// has ordered; the clause's future tells of the delivery, not of a plan.
func (sc *sentScan) arAwaitsReceipt(from, to int) bool {
	for k := from; k+1 < to && k+1 < len(sc.toks); k++ {
		if !sc.toks[k].arabic || !arInSet(arAwaitVerbs, sc.toks[k].norm) {
			continue
		}
		for j := k + 1; j <= k+5 && j < to && j < len(sc.toks); j++ {
			if arInSet(arReceiptNouns, sc.toks[j].norm) {
				return true
			}
		}
	}
	return false
}

var (
	arAwaitVerbs   = arWordSet("تترقب", "يترقب", "تنتظر", "ينتظر", "تستعد", "يستعد", "تتأهب", "يتأهب")
	arReceiptNouns = arWordSet("تسلم", "تسلّم", "استلام", "وصول", "تسليم")
)
