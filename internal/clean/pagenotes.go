package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Notes on the page itself, which the lexicon's noise-notice words do not
// name: where and when the piece was broadcast, a disclaimer, an audio
// player, a link to the original source, a call to follow the coverage
// elsewhere, a gate before the rest of the article. Each class is told by
// its opening words in the five languages:
//
//	broadcast notes  "Diese Nachricht wurde am 15.10.2025 im Programm
//	                 Deutschlandfunk gesendet.", "Sendung: BR24 Nachrichten,
//	                 01.04.2022 14:45 Uhr", "This report was aired on ..."
//	disclaimers      "Disclaimer: This story was published automatically ..."
//	audio players    "Getting your audio player ready...", "Escucha la
//	                 noticia | 4 min", "Écouter l'article"
//	source links     "Texto en la fuente original", "(Puede haber
//	                 caducado)", "Voir l'article original"
//	follow-on links  "Follow our coverage of the war at https://..."
//	read gates       "Login to read the full article", "Inicia sesión para
//	                 leer la noticia completa"

var (
	// a note that the piece was broadcast, translated, generated or
	// published by a machine: "This story was aired on ...", "Diese
	// Nachricht wurde am ... gesendet", "Cet article a été diffusé ..."
	pageNoteRe = regexp.MustCompile(`(?i)^(?:this|cet|cette|ce|diese|dieser|dieses|este|esta|هذا|هذه)\s+(?:story|article|report|piece|content|text|programme|program|interview|nachricht|beitrag|artikel|text|sendung|meldung|inhalt|interview|noticia|nota|artículo|texto|contenido|reportaje|programa|entrevista|reportage|contenu|texte|émission|dépêche|entretien|المقال|الخبر|التقرير|المحتوى|البرنامج)\s+(?:was|has been|is|wurde|ist|a été|est|fue|ha sido|es|تم)\s+(?:.*\s)?(?:broadcast|aired|gesendet|ausgestrahlt|diffusée?|emitid[oa]|transmitid[oa]|published automatically|automatically|automatisch|automatiquement|automáticamente|بثه|بث)(?:$|[\s.,;:!?])`)
	// the programme's line of a broadcaster's page: "Sendung: BR24
	// Nachrichten, 01.04.2022 14:45 Uhr"
	broadcastRe = regexp.MustCompile(`(?i)^(?:sendung|sendetermin|ausgestrahlt|émission|diffusion|diffusé le|emisión|emitido|broadcast|aired|on air|البث|بث)\s*[:：]\s*\S`)
	// a disclaimer of the page
	disclaimerRe = regexp.MustCompile(`(?i)^(?:disclaimer|haftungsausschluss|hinweis der redaktion|avertissement|clause de non-responsabilité|aviso legal|descargo de responsabilidad|إخلاء المسؤولية|إخلاء مسؤولية)\s*[:：]`)
	// a call to follow the coverage or read on at a web address
	followURLRe = regexp.MustCompile(`(?i)^(?:follow|read|see|visit|find|get|suivez|lisez|retrouvez|voir|consultez|sigue|siga|lee|lea|visita|consulta|encuentra|folgen sie|lesen sie|besuchen sie|mehr unter|تابعوا|تابع|اقرأ|زوروا|شاهد)\s.{0,150}(?:https?://|www\.)\S+$`)
	// a gate before the rest of the article
	// an audio player's label: "Getting your Example Audio player
	// ready..."
	audioPlayerRe = regexp.MustCompile(`(?i)\b(?:audio ?player|lecteur audio|reproductor de audio|audioplayer|مشغل الصوت)\b`)
	readGateRe    = regexp.MustCompile(`(?i)^(?:log ?in|sign ?in|register|subscribe|connectez-vous|abonnez-vous|inscrivez-vous|inicia sesión|inicie sesión|regístrate|suscríbete|melden sie sich an|registrieren sie sich|jetzt anmelden|سجل الدخول|سجّل الدخول|اشترك)\s+(?:to|pour|para|um|und|لقراءة|ل)\s*.{0,60}$`)
)

// The pieces of audio players and of links to an original source are the
// lexicon's noise-page-note: a line that is nothing else (but numbers and
// minutes) is such a note, if it holds a word of its noise-page-note-word
// ("10 min" alone is not a note).

// isPageNote reports whether l (n runes) is one of the notes on the page
// listed above.
func isPageNote(l string, n int) bool {
	if n >= 300 {
		return false
	}
	if disclaimerRe.MatchString(l) || pageNoteRe.MatchString(l) {
		return true
	}
	if n >= 200 {
		return false
	}
	if broadcastRe.MatchString(l) && n < 100 && !endsSentence(l) || followURLRe.MatchString(l) || n < 80 && readGateRe.MatchString(l) {
		return true
	}
	if n > 80 {
		return false
	}
	if audioPlayerRe.MatchString(l) {
		return true
	}
	w := words()
	low := strings.ToLower(l)
	if !containsAny(low, w.pageNoteWords) {
		return false
	}
	rest := " " + strings.ReplaceAll(lineKey(l), "’", "'") + " "
	rest = strings.Map(func(r rune) rune {
		if strings.ContainsRune("|()[]:.…", r) {
			return ' '
		}
		return r
	}, rest)
	for _, p := range w.pageNotes { // written with ' for ’ (loadNoise)
		rest = replaceWord(rest, p)
	}
	return strings.TrimSpace(rest) == "" && utf8.RuneCountInString(l) > 0
}
