package extract

// A system's maker state named only as where it was made, next to a state
// the sentence marks as the seller, is no party: "Argentina compró a
// Dinamarca 24 cazas F-16 fabricados por Lockheed Martin en Estados
// Unidos", "La Belgique a acheté aux Pays-Bas des F-16 fabriqués aux
// États-Unis", "Denmark sold Argentina 24 F-16s built in the United
// States", "F-16 de fabrication américaine que le Danemark a cédés". The
// seller is the state that gives the system up (annotating.md: a
// second-hand system's supplier is its former owner), not the maker's
// country. es_origin.go did this for Spanish demonyms after "de origen";
// this is the same class for every language and for names of states
// after a making word ("fabricados en", "built in", "construits par
// Naval Group en", "made in").

// madeOriginOnly (the Spanish esMadeOrigin of es_origin.go, made general:
// "los MiG-29 de origen ruso que el Perú recibió de Bielorrusia", a
// second-hand system's former owner supplies, annotating.md) returns the
// suppliers without the origin state, and
// whether the origin state was named only as where the system was made,
// when another state of the sentence supplies.
func (sc *sentScan) madeOriginOnly(sups []string, origin string) ([]string, bool) {
	if origin == "" {
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
		if !sc.madeMention(m) {
			return sups, false
		}
		seen = true
	}
	if !seen {
		return sups, false
	}
	return without(sups, origin), true
}

// madeMention reports whether a country mention names where goods were
// made: a demonym beside a making word ("de fabrication américaine",
// "US-made") or a state after a making participle and a preposition of
// place ("fabricados en Estados Unidos", "built in China", "fabriqués par
// Dassault en France").
func (sc *sentScan) madeMention(m mention) bool {
	if m.sub == "demonym" {
		return sc.madeNear(m)
	}
	return sc.builtIn(m) || sc.builtInAny(m)
}
