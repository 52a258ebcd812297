package extract

// A state's future of giving is a pledge, stage approved: Arabic one-word
// futures ("ستمد", "سترسل"; lexicon kind future-give) and German "wird …
// zur Verfügung stellen / überlassen / schicken".

// futureGive returns the position of a state's future of giving in the
// clause [from, to), an announced pledge (stage approved, as "will send"
// is): the Arabic future of a verb of giving, one word (lexicon kind
// future-give: "أعلنت الولايات المتحدة أنها ستمد مصر بطائرات", "سترسل
// إلى أوكرانيا 12 دبابة"), or the German "wird"/"werden" governing a verb
// of giving in the clause ("Deutschland wird der Armee 15 Leopard 2 zur
// Verfügung stellen", "werden der Ukraine ... überlassen"); not a verb of
// getting ("wird ... erhalten" is a scheduled receipt, future-receipt) nor
// "liefern" (a supplier delivering under a contract); -1 for none.
func (sc *sentScan) futureGive(from, to int) int {
	switch sc.lw.code {
	case "ar":
		for _, v := range sc.cuePositions("future-give") {
			if v >= from && v < to {
				return v
			}
		}
	case "de":
		for _, v := range sc.cuePositions("pledge-verb") {
			if v < from || v >= to || !sc.lw.isTok("future-give", &sc.toks[v]) {
				continue
			}
			if v+1 < to {
				if n, _ := sc.lw.set("perfect-aux").at(sc.toks, v+1); n > 0 {
					continue // "überlassen worden"
				}
			}
			for k := from; k < v; k++ {
				if w := sc.toks[k].norm; w == "wird" || w == "werden" {
					return v
				}
			}
		}
	}
	return -1
}
