package extract

// arValuedGoods finds "قيمة هذا العتاد تبلغ 50 مليون دولار" (the value of
// this equipment is $50 million): the value of goods just handed over or
// sold, named by a demonstrative, as valuedGoods does for "Valued at $50
// million, the equipment". It returns the index of the amount in sc.money,
// or -1.
func (sc *sentScan) arValuedGoods() int {
	if len(sc.money) == 0 || len(sc.toks) == 0 || !sc.toks[0].arabic {
		return -1
	}
	for k := 0; k+2 < len(sc.toks); k++ {
		if sc.toks[k].norm != "قيمه" || !sc.lw.isTok("demonstrative", &sc.toks[k+1]) || !sc.lw.isTok("goods-noun", &sc.toks[k+2]) {
			continue
		}
		for j, m := range sc.money {
			if t := tokIndexAt(sc.toks, m.start); t > k+2 && t-(k+2) <= 4 && !hardBreakBetween(sc.toks, k+2, t) {
				return j
			}
		}
	}
	return -1
}
