package extract

// fresh3MadeOnly reports whether fact j's supplier is named in its
// sentence only as where the goods were made ("el Legacy, de fabricación
// brasileña", "the US-made helicopters", "fabriqués en France"): the
// maker's state, not a seller. settleSuppliers does not hand such a
// supplier to the facts whose supplier is only implied ("El equipo donado
// consta de cuatro helicópteros UH-1H y un avión Embraer Legacy 600",
// given by Taiwan in the headline).
func (d *docScan) fresh3MadeOnly(j int) bool {
	f := d.facts[j]
	if f.Supplier == nil || j >= len(d.meta) {
		return false
	}
	i := d.meta[j].sent
	if i < 0 || i >= len(d.sents) {
		return false
	}
	sc := d.sents[i]
	seen := false
	for _, m := range sc.countries() {
		if m.id != f.Supplier.String() {
			continue
		}
		if !sc.madeMention(m) {
			return false
		}
		seen = true
	}
	return seen
}
