package extract

// frDontDelivered reads the part of a French order already delivered,
// told after the order in the same sentence: "Le Niger a commandé six
// drones TB2, dont deux ont déjà été livrés", and "Sur les 24 Rafale
// commandés par le Qatar, 12 ont déjà été livrés". It returns the part
// and the whole, or zeros. The part is a number after "dont" (an article
// aside) or, after "sur les N ...,", the first number of the next clause;
// a word for delivery follows it within a few words.
func (sc *sentScan) frDontDelivered(m mention) (part, total int) {
	if sc.lw.code != "fr" {
		return 0, 0
	}
	total = sc.quantityBefore(m)
	if total < 2 {
		return 0, 0
	}
	after := -1
	for k := m.tok1; k < len(sc.toks) && k < m.tok1+10; k++ {
		if sc.toks[k].norm == "dont" {
			after = k + 1
			if after < len(sc.toks) && (sc.toks[after].norm == "les" || sc.toks[after].norm == "des") {
				after++
			}
			break
		}
	}
	if after < 0 {
		// "Sur les 24 Rafale ..., 12 ont été livrés"
		n := sc.numBefore(m)
		if n == nil || n.tok0 < 2 || sc.toks[n.tok0-1].norm != "les" || sc.toks[n.tok0-2].norm != "sur" {
			return 0, 0
		}
		for k := m.tok1; k < len(sc.toks) && k < m.tok1+12; k++ {
			if k > m.tok1 && gapBreaks(sc.toks[k].gap) {
				after = k
				break
			}
		}
		if after < 0 {
			return 0, 0
		}
	}
	p := sc.numAt(after)
	if p == nil || int(p.value) >= total || p.value < 1 {
		return 0, 0
	}
	for _, kind := range []string{"stage-delivered", "stage-received"} {
		for _, q := range sc.cuePositions(kind) {
			if q >= p.tok1 && q-p.tok1 <= 5 {
				return int(p.value), total
			}
		}
	}
	return 0, 0
}

// numBefore returns the number that counts mention m (as quantityBefore
// finds it), if any.
func (sc *sentScan) numBefore(m mention) *numSpan {
	q := sc.quantityBefore(m)
	for i := range sc.nums {
		if n := &sc.nums[i]; int(n.value) == q && n.tok1 <= m.tok0 && m.tok0-n.tok1 <= 7 {
			return n
		}
	}
	return nil
}
