package clean

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// The noise words live in the language files of the lexicon
// (internal/lexicon/data/lang_*.tsv), one kind per class of page noise:
//
//	noise-related   markers of related-article teasers: "Lire aussi",
//	                "Read more", "Mehr zum Thema", "اقرأ أيضا"
//	noise-line      whole lines of page furniture: "Drucken", "Reply",
//	                "Aucun article à afficher", "حجم الخط"
//	noise-phrase    phrases that make a short line a prompt: "min de
//	                lecture", "abonnieren", "newsletter", "síguenos"
//	noise-consent   cookie and privacy banners: "cookie", "política de
//	                privacidad"
//	noise-dateline  words that open a dateline: "Publié", "Aktualisiert"
//	noise-comments  headings that open the reader comments: "Commentaires",
//	                "Leave a reply"; the rest of the page is dropped
//	noise-comment-says
//	                the verb of a comment's author line: "Jean a dit :",
//	                "Max schrieb:" followed by the comment's time stamp
//	noise-credit    words that open an agency or author credit: "Reporting
//	                by", "Con información de", "Mit Material von"
//	noise-update-note
//	                the first word of a wire service's note on a new
//	                version, a line in parentheses: "(Adds details)",
//	                "(ajoute détails, ...)"
//	weekday, month, date-filler
//	                the words of a line that is nothing but a date or a
//	                time stamp ("Donnerstag, 6. November 2025 um 08:28")
//
// The document's language is not known yet when it is cleaned, so the
// words of every language apply to every document.
type noiseWords struct {
	related   map[string][]string // first word -> markers starting with it, longest first
	lines     map[string]bool
	phrases   []string
	consent   []string
	datelines map[string][]string // first word -> dateline openers, longest first
	credits   map[string][]string // first word -> credit openers, longest first
	updates   map[string][]string // first word -> openers of an update note, longest first
	comments  map[string]bool
	says      []string
	dateWords map[string]bool
}

var (
	noiseOnce sync.Once
	noise     *noiseWords
)

func words() *noiseWords {
	noiseOnce.Do(func() { noise = loadNoise(lexicon.Default()) })
	return noise
}

func loadNoise(lex *lexicon.Lexicon) *noiseWords {
	w := &noiseWords{
		related:   map[string][]string{},
		lines:     map[string]bool{},
		datelines: map[string][]string{},
		credits:   map[string][]string{},
		updates:   map[string][]string{},
		comments:  map[string]bool{},
		dateWords: map[string]bool{},
	}
	for _, code := range lex.Langs() {
		lg := lex.Lang(code)
		for _, t := range lg.Texts("noise-related") {
			t = strings.ToLower(t)
			f := firstWord(t)
			w.related[f] = append(w.related[f], t)
		}
		for _, t := range lg.Texts("noise-dateline") {
			t = strings.ToLower(t)
			f := firstWord(t)
			w.datelines[f] = append(w.datelines[f], t)
		}
		for _, t := range lg.Texts("noise-credit") {
			t = strings.ToLower(t)
			f := firstWord(t)
			w.credits[f] = append(w.credits[f], t)
		}
		for _, t := range lg.Texts("noise-update-note") {
			t = strings.ToLower(t)
			f := firstWord(t)
			w.updates[f] = append(w.updates[f], t)
		}
		for _, t := range lg.Texts("noise-line") {
			w.lines[lineKey(t)] = true
		}
		for _, t := range lg.Texts("noise-comments") {
			w.comments[lineKey(t)] = true
		}
		for _, t := range lg.Texts("noise-comment-says") {
			w.says = append(w.says, strings.ToLower(t))
		}
		for _, t := range lg.Texts("noise-phrase") {
			w.phrases = append(w.phrases, strings.ToLower(t))
		}
		for _, t := range lg.Texts("noise-consent") {
			w.consent = append(w.consent, strings.ToLower(t))
		}
		for _, k := range []string{"weekday", "month", "date-filler"} {
			for _, t := range lg.Texts(k) {
				for _, f := range letterWords(t) {
					w.dateWords[f] = true
				}
			}
		}
	}
	longestFirst := func(m map[string][]string) {
		for k, v := range m {
			sort.SliceStable(v, func(i, j int) bool { return len(v[i]) > len(v[j]) })
			m[k] = v
		}
	}
	longestFirst(w.related)
	longestFirst(w.datelines)
	longestFirst(w.credits)
	longestFirst(w.updates)
	return w
}

// firstWord is the lower-cased first word of s, up to a space or a
// punctuation mark.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '\'' && r != '’' && r != '-')
	})
	if end < 0 {
		return s
	}
	return s[:end]
}

// letterWords splits s into its lower-cased runs of letters.
func letterWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
}

// lineKey is how whole noise lines compare: lower case, without digits
// (counters: "12 Kommentare"), bullets and the punctuation around them,
// single spaces.
func lineKey(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.Trim(s, " -–—•*·|:!?.,;()[]«»\"'“”„>/\\")
}

var (
	loneMarkRe  = regexp.MustCompile(`^[\p{Pd}•*·◆■▪►]+$`)
	listItemRe  = regexp.MustCompile(`^[\p{Pd}•*·◆■▪►]\s+\S`)
	bylineRe    = regexp.MustCompile(`(?i)^(?:by|par|por|von|بقلم|كتب)\s*[:：]?\s+\S`)
	shareWordRe = regexp.MustCompile(`(?i)\b(?:share|shares|partager|partagez|compartir|tweet|tweeter|email|e-mail|courriel|copier le lien|copy link|copiar enlace|facebook|twitter|linkedin|whatsapp|telegram|imprimer|print|drucken|teilen|imprimir|reddit|on|sur|en|via|le|lien|x|this|article|story|cet|ce|page|esta|noticia|artículo)\b|شارك|مشاركة|فيسبوك|تويتر|طباعة`)
	creditRe    = regexp.MustCompile(`(?i)^(?:\(?(?:photos?|images?|crédits?|credits?|fotos?|bild|bilder|quelle|fuente|source|صورة|الصورة)\s*[:：(]|©)`)
	// a caption that names its picture's source after the text:
	// "A frigate at sea. Photo: Navy"
	captionRe = regexp.MustCompile(`(?i)(?:^|[.()»"”]\s*)(?:photos?|fotos?|bild|crédit photo|crédits? ?photos?|credit|صورة)\s*[:：]\s*\S`)
	// a picture credit alone in parentheses: "(Reuters/Jane Doe)"
	parenCreditRe = regexp.MustCompile(`^\([^()]{2,60}/[^()]{2,60}\)$`)
	clockRe       = regexp.MustCompile(`\d[:h]\d\d|\d[./-]\d{1,2}[./-]\d`)
	digitRunRe    = regexp.MustCompile(`\d+`)
)

// spamWords are the words of the gambling and adult spam that hacked
// sites carry; a line with two of them is spam in any language.
var spamWords = []string{"1xbet", "casino", "bahis", "giriş", "viagra", "cialis", "escort bayan", "porno", "hikayeleri", "bonusu", "siteleri", "bet365", "canlı", "mostbet", "gacor", "togel", "judi online", "sex "}

// headlineLike reports whether a line reads like a headline: shortish and
// not ending a sentence.
func headlineLike(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n < 250 && !endsSentence(s)
}

// dropNoise removes related-article blocks, bylines, share bars,
// newsletter and subscription prompts, cookie banners, reader comments,
// picture credits and repeated lines from a document's lines.
func dropNoise(lines []string) []string {
	w := words()
	out := make([]string, 0, len(lines))
	skipList := false // inside the headline list that follows a marker
	body := 0         // runes of body paragraphs kept so far
	seen := map[string]bool{}
	twice := map[string]bool{} // short lines met twice: captions, labels, titles
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			out = append(out, "")
			continue
		}
		if skipList {
			if n := utf8.RuneCountInString(l); n < 160 && body >= 150 && w.comments[lineKey(l)] {
				break // the reader comments under the list
			}
			if listItemRe.MatchString(l) || (headlineLike(l) && utf8.RuneCountInString(l) < 160) {
				continue
			}
			skipList = false
		}
		// body paragraphs are long: the noise patterns below only fit
		// short lines, and skipping them keeps cleaning cheap
		if len(l) > 600 {
			body += utf8.RuneCountInString(l)
			out = append(out, l)
			continue
		}
		n := utf8.RuneCountInString(l)
		low := strings.ToLower(l)
		if isSpam(low) {
			continue
		}
		if m, list := w.relatedMarker(l, body >= 150); m {
			skipList = list
			continue
		}
		if startsWithMark(l) && loneMarkRe.MatchString(l) {
			// a headline set off by lone dashes: drop the dash and the
			// headline line after it
			// and every headline (or further dash) that follows it
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			for j < len(lines) {
				n := strings.TrimSpace(lines[j])
				if n == "" || !(loneMarkRe.MatchString(n) || headlineLike(n)) {
					break
				}
				i = j
				j++
			}
			continue
		}
		if !hasLetterOrDigit(l) || isBareURL(low) || isCounters(l) || isPostSignature(l, n) {
			continue
		}
		// an exact repeat of a short line is a caption or a title shown
		// twice
		if n < 300 {
			if seen[l] {
				if n < 120 && !endsSentence(l) {
					twice[l] = true
				}
				continue
			}
			seen[l] = true
		}
		if n < 160 {
			key := lineKey(l)
			if body >= 150 && (w.comments[key] || w.isCommentAuthor(l, nextLine(lines, i))) {
				// the reader comments: nothing after them is the article
				break
			}
			if w.lines[key] {
				continue
			}
		}
		if isShareBar(l, low) || isByline(l) || isCredit(l, low, n) || isBreadcrumb(l, n) {
			continue
		}
		if n < 120 && w.isDateline(low) || n < 250 && (startsWith(w.credits, strings.TrimLeft(low, " -–—•*·|([")) || w.isUpdateNote(low)) {
			continue
		}
		if containsAny(low, w.consent) {
			continue
		}
		if n < 160 && containsAny(low, w.phrases) && !(hasDigitWord(l) && strings.HasSuffix(l, ".")) {
			continue
		}
		if body >= 200 && n < 60 && w.isDateOnly(l) && (clockRe.MatchString(l) || len(digitRunRe.FindAllString(l, 3)) >= 2) {
			// a time stamp of a comment or of an update; a month and a
			// year alone ("March 2022") may head a part of the story
			continue
		}
		if n >= 200 || n >= 80 && endsSentence(l) {
			body += n
		}
		out = append(out, l)
	}
	out = dropLeadRepeats(dropRepeatedBelow(out, twice))
	if looksWrapped(out) {
		// a hard-wrapped text: its lines are pieces of paragraphs, and
		// a short one may hold the end of a sentence
		return out
	}
	return dropOuterFurniture(dropCommentTail(out))
}

// startsLower reports whether l starts with a word in lower case that is
// not the particle of a name ("von der Leyen", "de Gaulle", "al-Sisi") or
// a brand ("iPhone").
func startsLower(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsLower(r) {
		return false
	}
	fs := strings.Fields(l)
	if strings.IndexFunc(fs[0], unicode.IsUpper) >= 0 {
		return false // "iPhone", "al-Assad", "d'Estaing"
	}
	if namePrefix[fs[0]] {
		for k := 1; k < len(fs) && k < 3; k++ {
			if r, _ := utf8.DecodeRuneInString(fs[k]); unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// namePrefix are the particles that start a name in lower case.
var namePrefix = map[string]bool{"von": true, "van": true, "de": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "du": true, "le": true, "la": true, "al": true, "el": true, "bin": true, "ibn": true, "ben": true, "der": true, "ter": true}

// looksWrapped reports whether a text is hard-wrapped: several of its
// lines start in lower case.
func looksWrapped(lines []string) bool {
	n, lower := 0, 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		n++
		if startsLower(l) {
			lower++
		}
	}
	return lower >= 3 && lower*5 >= n
}

// dropRepeatedBelow drops the lines that a page showed twice (a caption
// under its picture and in a gallery, a source line, a label) once the
// body has started; above the body such a line is the title, which stays
// once.
func dropRepeatedBelow(lines []string, twice map[string]bool) []string {
	if len(twice) == 0 {
		return lines
	}
	out := lines[:0:0]
	inBody := false
	for _, l := range lines {
		inBody = inBody || isBodyPara(l)
		if inBody && twice[l] {
			continue
		}
		out = append(out, l)
	}
	return out
}

// nextLine is the next non-blank line after lines[i], or "".
func nextLine(lines []string, i int) string {
	for j := i + 1; j < len(lines); j++ {
		if l := strings.TrimSpace(lines[j]); l != "" {
			return l
		}
	}
	return ""
}

// isCommentAuthor reports whether l opens a reader's comment: a name of
// at most four words and a verb of saying ("Jean a dit :", "Max
// schrieb:"), with the comment's time stamp on the line or on the next.
// A body line that introduces a quote has no time stamp.
func (w *noiseWords) isCommentAuthor(l, next string) bool {
	if !strings.ContainsAny(l, ":") && !hasDigitWord(l) {
		return false
	}
	low := strings.ToLower(l)
	for _, v := range w.says {
		i := strings.Index(low, " "+v)
		if i <= 0 {
			continue
		}
		if len(strings.Fields(low[:i])) > 4 {
			continue
		}
		after := low[i+1+len(v):]
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
			continue // a longer word
		}
		// the time stamp follows the verb ("schrieb am 4. März um
		// 11:20") or stands on the next line
		stamp := strings.TrimSpace(strings.TrimLeft(after, " :"))
		if stamp != "" && w.isDateOnly(stamp) || stamp == "" && next != "" && w.isDateOnly(next) {
			return true
		}
	}
	return false
}

// dropLeadRepeats drops a short line that the next paragraph repeats and
// continues: a lede or a caption shown above the paragraph that holds it.
func dropLeadRepeats(lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if l != "" && len(l) < 600 {
			j := i + 1
			for j < len(lines) && lines[j] == "" {
				j++
			}
			if j < len(lines) && len(lines[j]) > len(l) && strings.HasPrefix(lines[j], l) {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// dropOuterFurniture drops the section labels, site names and widget
// titles of one or two words ("Wirtschaft", "SNA Radio", "Nacionales")
// that stand above the first body paragraph or below the last one. Such a
// line carries no fact. Below the body, a line that ends with a colon
// opens a list, which stays.
func dropOuterFurniture(lines []string) []string {
	first, last := -1, -1
	for i, l := range lines {
		if isBodyPara(l) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return lines
	}
	// a menu: three or more short entries in a row
	menu := make([]bool, len(lines))
	markRuns(lines, 0, isMenuEntry, false, menu)
	// under the body, three or more headlines in a row are teasers of
	// other articles (a line ending with ":" announces a list: stop there)
	markRuns(lines, last+1, isTeaser, true, menu)
	out := lines[:0:0]
	listOpen := false
	for i, l := range lines {
		outer := i < first || i > last
		if i > last && strings.HasSuffix(l, ":") {
			listOpen = true
		}
		if outer && !listOpen && l != "" && (isLabel(l) || menu[i]) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isTeaser reports whether l reads like the headline of another article:
// three words or more, short, no sentence, no list entry, a letter first
// ("(vii) Date ..." and "[FR Doc. ...]" are the end matter of a notice) and
// not all in capitals (a code or a heading).
func isTeaser(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return headlineLike(l) && utf8.RuneCountInString(l) < 160 && len(strings.Fields(l)) >= 3 && !listItemRe.MatchString(l) &&
		(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"«“„'", r)) && (strings.IndexFunc(l, unicode.IsLower) >= 0 || strings.IndexFunc(l, unicode.IsUpper) < 0)
}

// isMenuEntry reports whether l could be an entry of a menu: three words
// at most, no digit, no sentence.
func isMenuEntry(l string) bool {
	return len(l) <= 40 && !hasDigitWord(l) && !endsSentence(l) && !listItemRe.MatchString(l) && len(strings.Fields(l)) <= 3
}

// isBreadcrumb reports whether l is a trail of section names:
// "Accueil > International > Afrique", "Home | World | Asia".
func isBreadcrumb(l string, n int) bool {
	if n > 120 || hasDigitWord(l) || endsSentence(l) || !strings.ContainsAny(l, ">›»|/") {
		return false
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(l, " / ", "|"), func(r rune) bool { return strings.ContainsRune(">›»|", r) })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if w := len(strings.Fields(p)); w == 0 || w > 4 {
			return false
		}
	}
	return true
}

func isBodyPara(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 150 || n >= 60 && endsSentence(l)
}

// isLabel reports whether l is one or two words without a digit that do
// not end a sentence and open no list.
func isLabel(l string) bool {
	if l == "" || len(l) > 60 || hasDigitWord(l) || endsSentence(l) || listItemRe.MatchString(l) {
		return false
	}
	return len(strings.Fields(l)) <= 2
}

// dropCommentTail drops reader comments left at the end of a page
// without their heading: lines that start in lower case after the last
// paragraph that ends a sentence. Article paragraphs start with a capital,
// a digit or a quote.
func dropCommentTail(lines []string) []string {
	end := len(lines)
	for end > 0 && lines[end-1] == "" {
		end--
	}
	i := end
	for i > 0 {
		l := lines[i-1]
		if l == "" {
			i--
			continue
		}
		if !startsLower(l) {
			break
		}
		i--
	}
	if i == end {
		return lines
	}
	// the paragraph before the run must end a sentence: a hard-wrapped
	// text continues in lower case after a line that does not
	j := i
	for j > 0 && lines[j-1] == "" {
		j--
	}
	if j == 0 || !endsSentence(lines[j-1]) {
		return lines
	}
	return lines[:i]
}

// relatedMarker reports whether l is a related-article teaser (a marker
// with its headline: "Lire aussi : ...", "Lire aussi  Titre", "Mehr
// «International»"), and whether it is a marker alone that heads a list
// of headlines.
func (w *noiseWords) relatedMarker(l string, bodyStarted bool) (marker, list bool) {
	head := strings.TrimLeft(l, " -–—•*>»·")
	low := strings.ToLower(head)
	cands := w.related[firstWord(low)]
	if len(cands) == 0 {
		return false, false
	}
	for _, m := range cands {
		if !strings.HasPrefix(low, m) {
			continue
		}
		after := low[len(m):]
		if len(low) == len(head) {
			after = head[len(m):]
		}
		if strings.TrimSpace(after) == "" {
			// a marker of one word ("Mehr", "Related") heads a list only
			// once the body has started: above it, a menu entry must not
			// take the title with it
			return true, strings.Contains(m, " ") || bodyStarted
		}
		r, _ := utf8.DecodeRuneInString(after)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue // a longer word: "relatedly", "Mehrheit"
		}
		rest := strings.TrimSpace(after)
		if p := strings.TrimLeft(rest, ":：-–—|»>"); p != rest {
			// "Read more: headline" or "Read more:" heading a list
			return true, strings.TrimSpace(p) == "" && (strings.Contains(m, " ") || bodyStarted)
		}
		if quoted(rest) {
			// "Mehr «International»": a section's name in quotes
			return true, false
		}
		// "Lire aussi  Titre de l'article": a marker of two words or more
		// followed by a capitalised headline
		if strings.Contains(m, " ") && headlineLike(l) {
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"«“„'", r) {
				return true, false
			}
		}
	}
	return false, false
}

// quoted reports whether s is a short phrase in quotes.
func quoted(s string) bool {
	if len(strings.Fields(s)) > 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	e, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("\"«“„'", r) && strings.ContainsRune("\"»”“'", e)
}

// isDateline reports whether low (a lower-cased short line) is a dateline:
// "Publié le 3 mars 2021", "Aktualisiert: gestern", "Updated 3 hours
// ago". After the opener comes a colon, nothing, or a date: "Stand der
// Dinge" and "نشر في الخليج" (deployed in the Gulf) are not datelines.
func (w *noiseWords) isDateline(low string) bool {
	head := strings.TrimLeft(low, " -–—•*·|")
	for _, m := range w.datelines[firstWord(head)] {
		if !strings.HasPrefix(head, m) {
			continue
		}
		after := head[len(m):]
		r, _ := utf8.DecodeRuneInString(after)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue
		}
		rest := strings.TrimSpace(after)
		if rest == "" || strings.HasPrefix(rest, ":") || w.isDateOnly(rest) {
			return true
		}
	}
	return false
}

// isUpdateNote reports whether low (a lower-cased line) is a wire
// service's note on a new version: "(adds details, quotes)".
func (w *noiseWords) isUpdateNote(low string) bool {
	return strings.HasPrefix(low, "(") && strings.HasSuffix(low, ")") && startsWith(w.updates, low[1:])
}

// startsWith reports whether head opens with one of the phrases of byFirst
// (indexed by their first word), followed by no letter: "(Reporting by
// ...)", "Con información de EFE".
func startsWith(byFirst map[string][]string, head string) bool {
	for _, m := range byFirst[firstWord(head)] {
		if !strings.HasPrefix(head, m) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(head[len(m):])
		if !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isDateOnly reports whether l is nothing but a date or a time: every
// word names a weekday or a month or is a filler ("at", "um", "à"), and a
// number is there.
func (w *noiseWords) isDateOnly(l string) bool {
	if !hasDigitWord(l) {
		return false
	}
	named := clockRe.MatchString(l)
	for _, f := range letterWords(l) {
		if w.dateWords[f] {
			named = true
			continue
		}
		if utf8.RuneCountInString(f) == 1 {
			continue
		}
		return false
	}
	return named
}

// captionWords are the words that name a picture's source; a line
// without one is not tested against creditRe and captionRe.
var captionWords = []string{"photo", "image", "crédit", "credit", "foto", "bild", "quelle", "fuente", "source", "صورة", "©"}

func isCredit(l, low string, n int) bool {
	if n < 250 && containsAny(low, captionWords) && (n < 100 && creditRe.MatchString(l) || strings.Contains(l, "©") || captionRe.MatchString(l)) {
		return true
	}
	// "Jane Doe/Agency", "Reuters/John Roe"
	if n < 50 && strings.Count(l, "/") == 1 && !hasDigitWord(l) && !endsSentence(l) && len(strings.Fields(l)) <= 4 && !strings.Contains(l, "://") {
		return true
	}
	if n < 80 && strings.HasPrefix(l, "(") && parenCreditRe.MatchString(l) {
		return true
	}
	// a caption that ends with its source's web address: "A jet in
	// flight. www.example.com"
	if n < 200 && strings.Contains(l, " ") {
		last := l[strings.LastIndexByte(l, ' ')+1:]
		return strings.Contains(last, ".") && (strings.HasPrefix(last, "www.") || strings.HasSuffix(last, "/")) && !strings.Contains(last, "..")
	}
	return false
}

// isCounters reports whether l is nothing but small numbers: the counts
// of a share bar ("0 0 0") or a comment counter.
func isCounters(l string) bool {
	for _, f := range strings.Fields(l) {
		if len(f) > 3 {
			return false
		}
		for _, r := range f {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// isPostSignature reports whether l is the signature under an embedded
// social-media post: "— Jane Roe (@janeroe) March 4, 2024".
func isPostSignature(l string, n int) bool {
	return n < 120 && strings.Contains(l, "(@") && startsWithMark(l)
}

// isBareURL reports whether low is a web address alone: an embedded
// video or post.
func isBareURL(low string) bool {
	return !strings.ContainsAny(low, " \t") && (strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www."))
}

// startsWithMark reports whether l starts with a dash or a bullet.
func startsWithMark(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.Is(unicode.Pd, r) || strings.ContainsRune("•*·◆■▪►", r)
}

// isSpam reports whether low (a lower-cased line) holds two spam words.
func isSpam(low string) bool {
	hits := 0
	for _, s := range spamWords {
		if strings.Contains(low, s) {
			hits++
			if hits >= 2 {
				return true
			}
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func hasLetterOrDigit(l string) bool {
	for _, r := range l {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// shareHints are the words of share bars; a line without one is not
// tested against shareWordRe.
var shareHints = []string{"share", "partag", "compart", "tweet", "facebook", "linkedin", "whatsapp", "copier le lien", "copy link", "teilen", "شارك"}

func isShareBar(l, low string) bool {
	if utf8.RuneCountInString(l) > 120 || !containsAny(low, shareHints) {
		return false
	}
	rest := shareWordRe.ReplaceAllString(l, "")
	rest = strings.Trim(rest, " |·•-–—/:")
	return utf8.RuneCountInString(rest) <= 3
}

// bylineStarts are the first words of bylines; bylineRe tests only lines
// that start with one.
var bylineStarts = map[string]bool{"by": true, "par": true, "por": true, "von": true, "بقلم": true, "كتب": true}

func isByline(l string) bool {
	if !bylineStarts[strings.ToLower(firstWord(l))] || !bylineRe.MatchString(l) {
		return false
	}
	if utf8.RuneCountInString(l) > 120 || endsSentence(l) && !strings.Contains(l, "|") {
		return false
	}
	return len(strings.Fields(l)) <= 14
}

func hasDigitWord(l string) bool {
	for _, r := range l {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// markRuns marks, from line from on, every run of three or more lines that
// is() accepts (blank lines inside a run allowed). With stopAtColon, a line
// ending with ":" that is not itself accepted ends the search.
func markRuns(lines []string, from int, is func(string) bool, stopAtColon bool, mark []bool) {
	for i := from; i < len(lines); {
		if lines[i] == "" || !is(lines[i]) {
			if stopAtColon && strings.HasSuffix(lines[i], ":") {
				return
			}
			i++
			continue
		}
		j, n := i, 0
		for j < len(lines) && (lines[j] == "" || is(lines[j])) {
			if lines[j] != "" {
				n++
			}
			j++
		}
		for k := i; k < j && n >= 3; k++ {
			mark[k] = true
		}
		i = j
	}
}
