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
//	                 YouTube", "Restez informé des derniers gros titres sur
//	                 WhatsApp": a network's name and "us", "our page" or
//	                 "stay informed" (informedRe)
//	app prompts      "Download our app on the App Store and Google Play",
//	                 "تابعوا الموقع على تطبيق نبض": an app or its store and a
//	                 verb of getting it or "our" (isAppPrompt)
//	ad labels        "- الإعلانات -", "Anzeigen", "Sponsored"

var (
	// a social network's name
	networkRe = regexp.MustCompile(`(?i)facebook|twitter|instagram|telegram|youtube|linkedin|whatsapp|tiktok|threads|bluesky|فيسبوك|فيس بوك|فيسبوك|تويتر|إنستغرام|انستغرام|انستجرام|تيليجرام|تلغرام|يوتيوب|واتساب|تيك توك`)
	// "our page" in the five languages, and the Arabic forms of "follow
	// us", "our page"
	ourRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:our (?:page|channel|account|profile|feed)s?|notre (?:page|chaîne|compte|fil)|nos (?:pages|comptes|chaînes)|síguenos|siguenos|únete|nuestr[oa]s? (?:página|canal|cuenta|perfil)(?:es|s)?|unsere[nmrs]? (?:seite|kanal|profil|account)s?)(?:$|[^\pL])|صفحتنا|تابعونا|قناتنا|حسابنا|إلينا|الينا`)
	// "stay informed" and "the latest headlines" in the five languages:
	// "Restez informé des derniers gros titres sur WhatsApp", "Get the
	// latest headlines on Telegram"
	informedRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:restez informés?|restez connectés?|stay informed|stay up to date|stay updated|get the latest|latest headlines|derniers gros titres|dernières actualités|mantente informado|manténgase informado|mantente al día|últimas noticias|bleiben sie informiert|bleib informiert|immer informiert|neuesten nachrichten)(?:$|[^\pL])|ابق على اطلاع|ابقوا على اطلاع|كن على اطلاع|آخر الأخبار|أحدث الأخبار`)
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
	if ourRe.MatchString(l) || informedRe.MatchString(l) {
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

var (
	// a store of apps, or an app: "App Store", "Google Play", "تطبيق"
	appRe = regexp.MustCompile(`(?i)app store|google play|play store|appgallery|(?:^|[^\pL])(?:app|apps|appli|application|aplicación|applikation)(?:$|[^\pL])|تطبيق`)
	// asking to get the app or to follow the site in it: "Download our
	// app", "Téléchargez notre application", "Descarga nuestra app",
	// "Laden Sie unsere App", "تابعوا ... على تطبيق", "حمّل تطبيق"
	getAppRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:download|get|install|our|téléchargez|télécharger|notre|descarga|descargue|descargar|nuestra|nuestro|laden sie|lade|herunterladen|unsere)(?:$|[^\pL])|تابعوا|تابعونا|حمل|حمّل|نزل|نزّل|تطبيقنا`)
)

// isAppPrompt reports whether l (n runes) asks the reader to get the
// site's app or to follow it in one: an app or its store, and a verb of
// getting or "our"; short, no number, no sentence unless very short.
func isAppPrompt(l string, n int) bool {
	if n >= 120 || hasDigitWord(l) || endsSentence(l) && n >= 80 || !appRe.MatchString(l) {
		return false
	}
	return getAppRe.MatchString(l)
}
