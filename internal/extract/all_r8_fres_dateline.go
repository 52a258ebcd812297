package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The dateline of Latin-American and Spanish press ends on a period and a
// hyphen: "Ciudad de México.- La semana pasada el Gobierno de Estados
// Unidos dio luz verde a la venta a México de ocho misiles", "BOGOTÁ.- ",
// "Lima, 5 de mayo (EFE).- ". dropDateline (extract.go) knew only a dash
// (— or –), so the place the story was filed from ("Ciudad de México",
// "Bogotá" as a capital for its state) stayed a party: a third state in
// the sentence that took the seller's or the buyer's role (a party wrongly
// assigned, "MX>US" for a US sale to Mexico). A period right before a
// hyphen is no punctuation of prose, so the short place before it is the
// dateline, with or without a date.

// dropPeriodHyphenDateline drops the states named before a ".-" that ends
// a dateline at the head of text.
func dropPeriodHyphenDateline(head string, base int, ms []mention) []mention {
	p := periodHyphen(head)
	if p < 0 {
		return ms
	}
	place := head[:p]
	if len(strings.Fields(place)) > 6 && !strings.ContainsAny(place, ",(") {
		return ms
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(place)); !unicode.IsUpper(r) {
		return ms
	}
	end := base + utf8.RuneCountInString(place)
	return dropCountries(ms, func(m mention) bool { return m.end <= end })
}

// periodHyphen returns the byte index of the period of a ".-" (or ".–",
// ".—") in s, or -1.
func periodHyphen(s string) int {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		rest := s[i+1:]
		if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
			return i
		}
	}
	return -1
}
