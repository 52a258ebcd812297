package clean

import (
	"regexp"
	"strings"
)

// Social prompts and advertisement labels:
//
//	share bars       "Comparte: Facebook X LinkedIn Email" (isShareBar, with
//	                 the imperatives of "share" in the five languages)
//	social prompts   "Like us on Facebook", "سجّل إعجابك بصفحتنا على فيسبوك
//	                 لتحصل على المزيد", "Abonnez-vous à notre chaîne
//	                 YouTube": a network's name and "us" or "our page"
//	ad labels        "- الإعلانات -", "Anzeigen", "Sponsored"

var (
	// a social network's name
	networkRe = regexp.MustCompile(`(?i)facebook|twitter|instagram|telegram|youtube|linkedin|whatsapp|tiktok|threads|bluesky|فيسبوك|فيس بوك|فيسبوك|تويتر|إنستغرام|انستغرام|انستجرام|تيليجرام|تلغرام|يوتيوب|واتساب|تيك توك`)
	// "our page" in the five languages, and the Arabic forms of "follow
	// us", "our page"
	ourRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:our (?:page|channel|account|profile|feed)s?|notre (?:page|chaîne|compte|fil)|nos (?:pages|comptes|chaînes)|síguenos|siguenos|únete|nuestr[oa]s? (?:página|canal|cuenta|perfil)(?:es|s)?|unsere[nmrs]? (?:seite|kanal|profil|account)s?)(?:$|[^\pL])|صفحتنا|تابعونا|قناتنا|حسابنا|إلينا|الينا`)
	// "us" alone: a sentence may hold it ("il nous a confirmé sur
	// Twitter"), a prompt does not end as one
	usRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:us|nous|uns)(?:$|[^\pL])`)
)

// isSocialPrompt reports whether l (n runes) asks the reader to follow
// or like the site on a social network: a network's name and "our page",
// or "us" in a line that is no sentence; no number, short.
func isSocialPrompt(l string, n int) bool {
	if n >= 150 || hasDigitWord(l) || !networkRe.MatchString(l) {
		return false
	}
	if ourRe.MatchString(l) {
		return n < 100 || !endsSentence(l)
	}
	return !endsSentence(l) && len(strings.Fields(l)) <= 12 && usRe.MatchString(l)
}

// isAdLabel reports whether l is the label over an advertisement: a word
// of the lexicon's noise-ad-label, the plurals and the forms with the
// article that its noise-line does not list.
func isAdLabel(l string) bool {
	return len(l) < 60 && words().adLabels[strings.TrimSpace(lineKey(l))]
}
