package lexicon

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// This file maps what a user types for a country (a flag, a form field, an
// API parameter) to its code: an alpha-2 code or the country's name in any
// language of the lexicon.

// foldAny is foldName without diacritics (é, Arabic short vowels), so
// "Algerie" finds "Algérie".
func foldAny(s string) string {
	d := norm.NFD.String(foldName(s))
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) || r == '\u0640' { // marks, Arabic tatweel
			return -1
		}
		return r
	}, d)
}

// CountryCode returns the code of the state that s names: an alpha-2 code
// ("MA", "ma"), or a name or variant in any of the lexicon's languages
// ("Morocco", "Maroc", "المغرب", "Marruecos", "Marokko", "United States",
// "Etats-Unis"), compared without case and diacritics. English names win
// when two languages use one spelling for different states.
func (l *Lexicon) CountryCode(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if len(s) == 2 {
		if c, ok := l.countryByCode[strings.ToUpper(s)]; ok {
			return c.Code, true
		}
	}
	if code, ok := l.CountryNamed(s); ok {
		return code, true
	}
	l.anyNameOnce.Do(func() {
		m := map[string]string{}
		for _, a := range l.CountryNames {
			if a.Kind != "name" && a.Kind != "variant" {
				continue
			}
			k := foldAny(a.Text)
			if _, seen := m[k]; !seen || a.Lang == "en" {
				m[k] = a.ID
			}
		}
		for _, c := range l.Countries {
			m[foldAny(c.Name)] = c.Code
		}
		l.byAnyName = m
	})
	code, ok := l.byAnyName[foldAny(s)]
	return code, ok
}

// CountrySuggestions lists, for forms' suggestions, each country's code
// with its names in the lexicon's languages: one entry per name, sorted
// by name.
func (l *Lexicon) CountrySuggestions() []Alias {
	var out []Alias
	for _, a := range l.CountryNames {
		if a.Kind == "name" && (a.Lang == "en" || a.Lang == "fr" || a.Lang == "ar" || a.Lang == "es" || a.Lang == "de") {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Text < out[j].Text })
	return out
}
