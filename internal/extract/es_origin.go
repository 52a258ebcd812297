package extract

// esMadeOrigin: "los MiG-29 y Sukhoi-25 de origen ruso que el Perú
// recibió de segunda mano de Bielorrusia", "aviones de fabricación
// estadounidense que Jordania cedió": a demonym after a word for origin or
// making ("de origen", "de fabricación") names the system's maker
// country. When that is the only way the sentence names the origin state
// and another state of the sentence supplies, the other state is the
// supplier (a second-hand system's former owner, annotating.md) and the
// origin is no party. It returns the suppliers without the origin and
// whether the origin was named only so.
func (sc *sentScan) esMadeOrigin(sups []string, origin string) ([]string, bool) {
	if sc.lw.code != "es" || origin == "" {
		return sups, false
	}
	other := false
	for _, c := range sups {
		if c != origin {
			other = true
		}
	}
	if !other {
		return sups, false
	}
	seen := false
	for _, m := range sc.countries() {
		if m.id != origin {
			continue
		}
		if m.sub != "demonym" || !sc.madeNear(m) {
			return sups, false
		}
		seen = true
	}
	if !seen {
		return sups, false
	}
	return without(sups, origin), true
}
