package extract

// itemDemonymOrigin gives a kind of equipment the state of the demonym
// written on it, in place of the supplier an earlier item of the sentence
// gave it: "Manila takes delivery of first Korean-built corvette; Coast
// Guard gets Australian drones" (the drones are Australian, the corvette
// Korean). Only when the sentence already has a supplier (origin, from
// an earlier item) and names the demonym's state nowhere else: "Afghan
// helicopters delivered to Kabul" are the buyer's.
func (sc *sentScan) itemDemonymOrigin(m mention, origin string) string {
	if sc.lw.code != "en" || m.kind != mGeneric || origin == "" {
		return origin
	}
	c := sc.demonymOn(m)
	if c == "" || c == origin {
		return origin
	}
	for _, o := range sc.countries() {
		if o.id == c && o.sub != "demonym" {
			return origin
		}
	}
	return c
}
