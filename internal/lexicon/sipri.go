package lexicon

import "strings"

// This file maps the country names of outside registers (SIPRI's trade
// registers, in their classic and current layouts) to codes: the names of
// sipri_names.tsv, the English names and variants of countries.tsv and
// country_names.tsv, and alpha-2 codes.

// foldName is how register names are compared: trimmed, lower case, runs
// of spaces as one, typographic apostrophes as ASCII.
func foldName(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u00a0", " ").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// CountryNamed returns the code of the state an English register name
// ("Korea, South", "Congo, DR", "Türkiye", "UAE", "United States") or an
// alpha-2 code names. A name marked with SIPRI's trailing * (a non-state
// actor) or ** (an organisation), or one it does not know, gives ok false.
func (l *Lexicon) CountryNamed(name string) (code string, ok bool) {
	if strings.HasSuffix(strings.TrimSpace(name), "*") {
		return "", false
	}
	l.namesOnce.Do(func() {
		m := map[string]string{}
		for _, a := range l.CountryNames {
			if (a.Lang == "en" || a.Lang == "*") && (a.Kind == "name" || a.Kind == "variant") {
				m[foldName(a.Text)] = a.ID
			}
		}
		for _, c := range l.Countries {
			m[foldName(c.Name)] = c.Code
		}
		for _, a := range l.SIPRINames {
			m[foldName(a.Text)] = a.ID
		}
		l.byName = m
	})
	n := foldName(name)
	if c, ok := l.byName[n]; ok {
		return c, true
	}
	if len(n) == 2 {
		if c, ok := l.countryByCode[strings.ToUpper(n)]; ok {
			return c.Code, true
		}
	}
	return "", false
}
