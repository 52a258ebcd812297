package extract

import (
	"strings"
	"unicode/utf8"
)

// pluralStemLang returns a system's name without its plural or case
// ending (pluralStem), and in German without the n of a dative plural
// after -er: "die Lieferung von 12 Eurofightern an die Türkei" ->
// "eurofighter", "mit zwei Tankern" -> "tanker".
func pluralStemLang(t token, lang string) string {
	if s := pluralStem(t); s != "" || lang != "de" {
		return s
	}
	if t.digit || t.arabic || utf8.RuneCountInString(t.norm) < 6 || !strings.HasSuffix(t.norm, "ern") {
		return ""
	}
	return strings.TrimSuffix(t.norm, "n")
}
