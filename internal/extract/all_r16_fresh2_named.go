package extract

import (
	"regexp"
	"strings"
)

// r16fresh2NamedAsRe finds an exercise's quoted name after the plain naming
// participles namedAsRe (fr_exercise.go) lacks: "Appelées « Western Accord »,
// ces manœuvres …", "un exercice nommé « Chergui 2022 »", "an exercise
// called "Balikatan 2024"", "named "Sea Breeze"", "un ejercicio llamado
// «Unitas»", "eine Übung namens „Nordwind“", "mit dem Namen „X“", "Codename
// „X“". Each word must start a word ("renamed", "so-called" are not read as
// another form) and the quote must follow it at once.
var r16fresh2NamedAsRe = regexp.MustCompile(`(?i:\b(?:appelée?s?|nommée?s?|called|named|llamad[oa]s?|namens|mit dem Namen|unter dem Namen|Codenamen?))\s*[«"“„]\s*([^»"”“«]{2,40}?)\s*[»"”“]`)

// r16fresh2NamedAsHints are the lower-case words r16fresh2NamedAsRe needs.
var r16fresh2NamedAsHints = []string{"appel", "nomm", "called", "named", "llamad", "namen", "codename"}

// r16fresh2NamedAs returns the quoted name a plain naming participle gives
// in a sentence (low is its lower-case text), or "".
func r16fresh2NamedAs(text, low string) string {
	if !containsAny(low, r16fresh2NamedAsHints) {
		return ""
	}
	if mm := r16fresh2NamedAsRe.FindStringSubmatch(text); mm != nil {
		return strings.TrimSpace(mm[1])
	}
	return ""
}
