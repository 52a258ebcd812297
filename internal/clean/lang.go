package clean

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

var detectOpts = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Fra: true, whatlanggo.Spa: true, whatlanggo.Arb: true,
	whatlanggo.Deu: true, whatlanggo.Por: true, whatlanggo.Ita: true, whatlanggo.Nld: true,
	whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Tur: true, whatlanggo.Pol: true,
	whatlanggo.Swe: true, whatlanggo.Pes: true, whatlanggo.Heb: true, whatlanggo.Cmn: true,
	whatlanggo.Jpn: true, whatlanggo.Kor: true,
}}

// detectBytes is how much of a text DetectLanguage reads.
const detectBytes = 3000

// DetectLanguage returns the ISO 639-1 code of the text's language, or ""
// when the text is too short to tell. Arabic script is decided by script
// alone; Latin-script languages by trigram profiles.
func DetectLanguage(s string) string {
	if len(s) > detectBytes {
		s = strings.ToValidUTF8(s[:detectBytes], "")
	}
	arabic, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if arabic > 20 && arabic*2 > latin {
		return "ar"
	}
	if arabic+latin < 10 {
		return ""
	}
	l := whatlanggo.DetectLangWithOptions(s, detectOpts)
	code := l.Iso6391()
	if code == "" {
		return ""
	}
	return code
}

// known are the languages whose detection by trigrams armswatch trusts.
var known = map[string]bool{"en": true, "fr": true, "es": true, "de": true, "pt": true, "it": true, "nl": true, "ru": true, "uk": true, "tr": true, "pl": true, "sv": true}
