package extract

// dateNotTown reports whether token k, read by cityCountry as the town in
// "in <Town>, <State>", is a month or a weekday: "in May, the State
// Department approved", "en mayo, el Departamento de Estado", "im März,
// Deutschland": a date, not a place, so the state after it is no place
// named in passing (the feature sup-cue=place wrongly fired).
func (sc *sentScan) dateNotTown(k int) bool {
	w := sc.toks[k].norm
	return sc.lw.isWord("month", w) || sc.lw.isWord("weekday", w)
}
