package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The noise of plain text: once a page has lost its markup, its furniture
// is lines like any other. The classes below are told by their shape and
// by a few words in the five languages, never by one page's wording:
//
//	segmented furniture  "Kommentare (0) | Diesen Artikel teilen: Facebook",
//	                     a line of pieces that are each noise
//	mastheads            "LBCI | World News", "Pravda FR | Monde": a site
//	                     name and a section above the body
//	hashtag lines        "#France #Emirats #avions"
//	caption labels       "Légende : ...", "Bildunterschrift: ...",
//	                     "A jet lands | Photo Credit: Navy"
//	media teasers        "Video: Rekord nach Rekord (1:42 min)"
//	read-on-site lines   "Weiterlesen auf example.net"
//	contact prompts      a short line with an e-mail address
//	wire end codes       "FIN/AGENCE/XYZ/2018"
//	counters             "0 | 32 vues", "12 comments"
//	navigation arrows    "← Previous: headline"
//	notices              "Dieser Beitrag wurde automatisch übersetzt."
//	                     (noise-notice in the lexicon)
//	teaser sections      under the body, a heading over other articles
//	                     ("Zum selben Thema", "Más de Nación") and the
//	                     headlines under it

var (
	// a caption that names its source after a bar: "... | Photo Credit: X"
	barCreditRe = regexp.MustCompile(`(?i)\|\s*(?:photo credit|photo|picture|image|credit|crédit photo|crédits? photos?|foto|fotos|bildquelle|bild|fuente|source|صورة)\s*[:：]`)
	// a caption labelled as one: "Légende : ...", "Caption: ..."
	legendRe = regexp.MustCompile(`(?i)^(?:légende|legende|caption|photo caption|bildunterschrift|bildtext|pie de foto|leyenda|تعليق الصورة|تعليق على الصورة)\s*[:：]`)
	// a link to a video, a podcast or a gallery: "Video: ...", "(1:42 min)"
	mediaRe    = regexp.MustCompile(`(?i)^(?:video|vidéo|vídeo|videos|vidéos|vídeos|audio|podcast|galerie|bildergalerie|fotogalerie|gallery|photo gallery|galería|fotogalería|diaporama|en images|en vídeo|en vidéo|فيديو|بالفيديو|بالصور)\s*[:：|]`)
	durationRe = regexp.MustCompile(`\(\d{1,2}:\d\d(?:\s*min)?\)$|\(\d{1,3}\s*(?:min|mins|minutes|minuten|minutos)\.?\)$`)
	emailAddr  = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}`)
	domainEnd  = regexp.MustCompile(`(?i)(?:^|\s)(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|de|fr|es|ch|at|be|ma|dz|tn|eg|sa|ae|qa|uk|us|ca|mx|ar|co|cl|pe|news|eu|int|io|tv|press|online)/?$`)
	// a code that closes a wire story: "FIN/AGENCE/ONN/CITY2018"
	// how long ago a reader's comment was posted, at the end of a line:
	// "3 hours ago", "il y a 2 jours", "hace 5 horas", "vor 5 Stunden"
	agoRe      = regexp.MustCompile(`(?i)\s(?:\d{1,2}\s*(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|il y a\s+\d{1,2}\s*(?:min|minutes?|h|heures?|jours?|semaines?|mois|ans?)|hace\s+\d{1,2}\s*(?:min|minutos?|h|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)|vor\s+\d{1,2}\s*(?:min|minuten?|std\.?|stunden?|tagen?|wochen?|monaten?|jahren?))$`)
	wireCodeRe = regexp.MustCompile(`^[\p{Lu}\d.-]*\p{Lu}[\p{Lu}\d.-]*(?:/[\p{Lu}\d.-]+){2,}$`)
	// a share's identifiers on a financial page, alone on a line or after
	// the company's name: "WKN 703000 ISIN DE0007030009", "Rheinmetall
	// Aktie · WKN: 703000 · ISIN: DE0007030009", "ISIN FR0000073272"
	securityRe = regexp.MustCompile(`(?:^|[\s·|])(?:WKN|ISIN|Valor)\s*[:：]?\s*[A-Z0-9]{6,12}\s*(?:[·|,]\s*)?(?:(?:WKN|ISIN|Valor)\s*[:：]?\s*[A-Z0-9]{2,12}\s*)?$`)
)

// isPlainNoise reports whether l (n runes, low its lower case) is one of
// the classes of page furniture of plain text listed above. bodyStarted
// says whether body paragraphs came before it.
func (w *noiseWords) isPlainNoise(l, low string, n int, bodyStarted bool) bool {
	if n >= 400 {
		return false
	}
	if containsAny(low, w.notices) || isPageNote(l, n) || isRightsLine(low, n) || isCaptionLabel(l, n) || isDottedCredit(l, n) || isAuthorBar(l, n) {
		return true
	}
	if n >= 200 {
		return false
	}
	if strings.Contains(l, "|") {
		if w.segmentsNoise(l) || !bodyStarted && isMasthead(l) || isPagination(l) {
			return true
		}
	}
	if isHashtagLine(l) || legendRe.MatchString(l) || isArrowNav(l) || isTagLine(l, n) || isCapsTagLine(l, n) || isSignature(l, n) || isInlineTeasers(l, n) {
		return true
	}
	if !endsSentence(l) && (mediaRe.MatchString(l) || durationRe.MatchString(l) && n < 160) {
		return true
	}
	if n < 150 && emailAddr.MatchString(low) && !endsSentence(l) {
		return true // "Envoyez vos infos à: redaction@example.org"
	}
	if n < 80 && !hasDigitWord(l) && !endsSentence(l) && len(strings.Fields(l)) <= 7 && domainEnd.MatchString(l) {
		return true // "Weiterlesen auf example.net", "Lesen Sie mehr auf example.de"
	}
	if n < 60 && wireCodeRe.MatchString(l) {
		return true
	}
	if n < 100 && !endsSentence(l) && securityRe.MatchString(l) {
		return true
	}
	return isCounterLine(l)
}

// commentAuthor reports whether lines[i] names a reader and the time of
// the comment ("jdoe42 · 3 hours ago"), and whether a second such line
// follows: a comment section, where nothing after is the article.
func commentAuthor(lines []string, i int) (author, section bool) {
	if !isAgoAuthor(strings.TrimSpace(lines[i])) {
		return false, false
	}
	for _, m := range lines[i+1:] {
		if isAgoAuthor(strings.TrimSpace(m)) {
			return true, true
		}
	}
	return true, false
}

// isAgoAuthor reports whether l is a reader's name of one to four words
// and the time of the comment: "jdoe42 · 3 hours ago", "Marie L. il y a
// 2 jours". The name's words are capitalised or carry a digit, or a
// mark sets the time apart; "The war began 2 years ago" is no name.
func isAgoAuthor(l string) bool {
	if len(l) > 120 || !hasDigitWord(l) {
		return false
	}
	loc := agoRe.FindStringIndex(l)
	if loc == nil {
		return false
	}
	name := strings.TrimSpace(l[:loc[0]])
	sep := strings.TrimRight(name, " ,·|•-–—")
	marked := sep != name
	fs := strings.Fields(sep)
	if len(fs) == 0 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			return false
		}
		if !marked && !unicode.IsUpper(r) && !hasDigitWord(f) && !strings.ContainsAny(f, "_.") {
			return false
		}
	}
	return true
}

// dropBarCaptions drops the captions that name their picture's source
// after a bar ("A jet lands | Photo Credit: Navy"), and the same caption
// shown without its credit elsewhere on the page.
func dropBarCaptions(lines []string) []string {
	var captions map[string]bool
	for _, l := range lines {
		if !strings.Contains(l, "|") || len(l) > 600 {
			continue
		}
		if loc := barCreditRe.FindStringIndex(l); loc != nil {
			if captions == nil {
				captions = map[string]bool{}
			}
			captions[strings.TrimSpace(l)] = true
			if c := strings.TrimSpace(l[:loc[0]]); c != "" {
				captions[c] = true
			}
		}
	}
	if captions == nil {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if !captions[strings.TrimSpace(l)] {
			out = append(out, l)
		}
	}
	return out
}

// segmentsNoise reports whether every piece of a line cut at its bars is
// page furniture: "Kommentare (0) | Diesen Artikel teilen: Facebook
// Twitter", "Dieser Beitrag wurde automatisch übersetzt. | Kommentar
// schreiben".
func (w *noiseWords) segmentsNoise(l string) bool {
	parts := strings.Split(l, "|")
	seen := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		seen++
		low := strings.ToLower(p)
		key := lineKey(p)
		if w.lines[key] || w.comments[key] || isShareBar(p, low) || isCounterLine(p) || containsAny(low, w.notices) || w.isDateline(low) ||
			containsAny(low, w.phrases) || containsAny(low, w.consent) || isCommentPrompt(p) || isPostedBy(p) || w.send[key] || isTeaserHeading(p) {
			continue
		}
		return false
	}
	return seen >= 2
}

// isMasthead reports whether l is a site's name and a section: two or
// three short pieces between bars, no digit, no sentence ("LBCI | World
// News", "عكاظ | دوليات").
func isMasthead(l string) bool {
	if utf8.RuneCountInString(l) > 45 || hasDigitWord(l) || endsSentence(l) {
		return false
	}
	parts := strings.Split(l, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if k := len(strings.Fields(p)); k == 0 || k > 4 {
			return false
		}
	}
	return true
}

// isHashtagLine reports whether l is a row of hashtags ("#France
// #Emirats") or a short heading that carries one ("Beneficios de
// #ColombiaEnLaOCDE:").
func isHashtagLine(l string) bool {
	if !strings.Contains(l, "#") {
		return false
	}
	fs := strings.Fields(l)
	tags := 0
	for _, f := range fs {
		if isHashtag(f) {
			tags++
		}
	}
	if tags == 0 {
		return false
	}
	if tags == len(fs) {
		return true
	}
	return len(fs) <= 6 && utf8.RuneCountInString(l) < 80 && (strings.HasSuffix(l, ":") || !endsSentence(l))
}

func isHashtag(f string) bool {
	if !strings.HasPrefix(f, "#") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1:])
	return unicode.IsLetter(r)
}

// isArrowNav reports whether l is a link to the previous or next article:
// "← Previous: headline", "Next article →".
func isArrowNav(l string) bool {
	if utf8.RuneCountInString(l) > 160 || endsSentence(l) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	e, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune("←→⟵⟶‹", r) || strings.ContainsRune("→⟶›", e)
}

// isCounterLine reports whether l is nothing but numbers and the words
// of counters (the lexicon's noise-counter, and "k" for thousands): "0 |
// 32 vues", "12 comments", "Kommentare (0)".
func isCounterLine(l string) bool {
	if !hasDigitWord(l) || utf8.RuneCountInString(l) > 60 {
		return false
	}
	named := false
	for _, f := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}) {
		if f == "k" || words().counters[f] { // "k": the thousands of "1.2 k"
			named = true
			continue
		}
		if strings.IndexFunc(strings.TrimSuffix(f, "k"), func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			continue
		}
		return false
	}
	return named
}

// dropTeaserTail drops, below the last body paragraph, a heading over the
// headlines of other articles and the headlines under it: "Zum selben
// Thema" / "Frankreich liefert Haubitzen an Armenien". A heading is short,
// without a digit, and holds a word of the lexicon's noise-teaser-head;
// what follows it goes as long as it reads like a headline. A sentence
// stops the drop.
func dropTeaserTail(lines []string) []string {
	last := -1
	for i, l := range lines {
		if isBodyPara(l) {
			last = i
		}
	}
	if last < 0 {
		return lines
	}
	for i := last + 1; i < len(lines); i++ {
		if !isTeaserHeading(lines[i]) {
			continue
		}
		j := i + 1
		for j < len(lines) && (lines[j] == "" || headlineLike(lines[j]) && utf8.RuneCountInString(lines[j]) < 160 && !isTeaserHeading(lines[j])) {
			j++
		}
		out := append(lines[:i:i], lines[j:]...)
		return dropTeaserTail(out)
	}
	return lines
}

// isTeaserHeading reports whether l heads a list of other articles' headlines.
func isTeaserHeading(l string) bool {
	if l == "" || utf8.RuneCountInString(l) > 60 || hasDigitWord(l) || (endsSentence(l) && !strings.HasSuffix(strings.TrimSpace(l), ":") && !strings.HasSuffix(l, "..") && !strings.HasSuffix(l, "…") && !shortQuestion(l)) {
		return false
	}
	fs := letterWords(l)
	if len(fs) == 0 || len(fs) > 7 {
		return false
	}
	for _, f := range fs {
		if words().teaserHeads[f] || words().teaserHeads[withoutArticle(f)] {
			return true
		}
	}
	return false
}

// withoutArticle returns an Arabic word without its definite article
// ("المقالات" → "مقالات", "الأخبار" → "أخبار"), other words unchanged: a
// heading writes the lexicon's words with or without it.
func withoutArticle(f string) string {
	if rest, ok := strings.CutPrefix(f, "ال"); ok && utf8.RuneCountInString(rest) >= 3 {
		return rest
	}
	return f
}

// shortQuestion reports whether l is a question of three words at most: a
// teaser heading may ask one ("Schon gelesen?", "¿Te lo perdiste?").
func shortQuestion(l string) bool {
	l = strings.TrimSpace(l)
	return (strings.HasSuffix(l, "?") || strings.HasSuffix(l, "؟")) && len(strings.Fields(l)) <= 3
}
