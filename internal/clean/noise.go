package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Related-article markers in the languages armswatch reads: "Lire aussi :",
// "Read more:", "Relacionado:", "اقرأ أيضا:" ... A marker line is dropped
// with its headline; a marker alone on its line also takes the list of
// headlines that follows it.
var relatedRe = regexp.MustCompile(`(?i)^[\s\p{Pd}•*>»]*(?:lire aussi|à lire aussi|a lire aussi|à lire également|lire également|voir aussi|à voir aussi|sur le même sujet|dans la même rubrique|read more|read also|also read|see also|related(?: articles?| stories| content| coverage| news)?|more on this(?: story)?|more from|recommended(?: for you)?|you may also like|you might also like|further reading|relacionado|relacionados|noticias relacionadas|lea también|lee también|leer más|le puede interesar|te puede interesar|ver también|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|إقرأ أيضاً|اقرأ كذلك|مواضيع ذات صلة|أخبار ذات صلة|شاهد أيضا|لمزيد من|lesen sie auch|auch interessant|mehr zum thema|leia também|leia mais|veja também|saiba mais|most read|most popular|lo más leído|lo mas leido|les plus lus|الأكثر قراءة|الأكثر مشاهدة|meistgelesen)\s*(?:[:：\-–—|»>]|$)`)

var (
	loneMarkRe  = regexp.MustCompile(`^[\p{Pd}•*·◆■▪►]+$`)
	listItemRe  = regexp.MustCompile(`^[\p{Pd}•*·◆■▪►]\s+\S`)
	bylineRe    = regexp.MustCompile(`(?i)^(?:by|par|por|von|بقلم|كتب)\s*[:：]?\s+\S`)
	datelineRe  = regexp.MustCompile(`(?i)^(?:published|updated|posted|publié|mis à jour|actualisé|publicado|actualizado|veröffentlicht|نشر|تاريخ النشر)\b`)
	shareWordRe = regexp.MustCompile(`(?i)\b(?:share|shares|partager|partagez|compartir|tweet|tweeter|email|e-mail|courriel|copier le lien|copy link|copiar enlace|facebook|twitter|linkedin|whatsapp|telegram|imprimer|print|reddit|on|sur|en|via|le|lien|x|this|article|story|cet|ce|page|esta|noticia|artículo)\b|شارك|مشاركة|فيسبوك|تويتر`)
	newsRe      = regexp.MustCompile(`(?i)(?:most read|most popular|listen to this article|watch:|follow us|lo más leído|lo mas leido|síguenos|siguenos|compartir en|les plus lus|écouter cet article|suivez-nous|الأكثر قراءة|الأكثر مشاهدة|تابعونا|شارك:|meistgelesen|folgen sie uns|sign up|subscribe|newsletter|abonnez-vous|inscrivez-vous|suscríbete|suscribete|boletín|اشترك|النشرة البريدية|cookies?|all rights reserved|tous droits réservés|todos los derechos|جميع الحقوق محفوظة|advertisement|publicité|publicidad)`)
	shareHintRe = regexp.MustCompile(`(?i)share|partag|compart|tweet|facebook|linkedin|whatsapp|copier le lien|copy link|شارك`)
	creditRe    = regexp.MustCompile(`(?i)^(?:\(?(?:photo|image|crédit|credit|foto|صورة)\s*[:：(]|©)`)
)

// headlineLike reports whether a line reads like a headline: shortish and
// not ending a sentence.
func headlineLike(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n < 250 && !endsSentence(s)
}

// dropNoise removes related-article blocks, bylines, share bars and
// newsletter prompts from a document's lines.
func dropNoise(lines []string) []string {
	out := make([]string, 0, len(lines))
	skipList := false // inside the headline list that follows a marker
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			out = append(out, "")
			continue
		}
		if skipList {
			if listItemRe.MatchString(l) || (headlineLike(l) && utf8.RuneCountInString(l) < 160) {
				continue
			}
			skipList = false
		}
		// body paragraphs are long: the noise patterns below only fit
		// short lines, and skipping the regexps keeps cleaning cheap
		if len(l) > 600 {
			out = append(out, l)
			continue
		}
		if m := relatedMarker(l); m != "" {
			rest := strings.TrimSpace(l[len(m):])
			if rest == "" {
				skipList = true
			}
			continue
		}
		if loneMarkRe.MatchString(l) {
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
		if isShareBar(l) || isByline(l) || creditRe.MatchString(l) {
			continue
		}
		if datelineRe.MatchString(l) && utf8.RuneCountInString(l) < 120 {
			continue
		}
		if newsRe.MatchString(l) && utf8.RuneCountInString(l) < 160 && !hasDigitWord(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

func isShareBar(l string) bool {
	if utf8.RuneCountInString(l) > 120 {
		return false
	}
	if !shareHintRe.MatchString(l) {
		return false
	}
	rest := shareWordRe.ReplaceAllString(l, "")
	rest = strings.Trim(rest, " |·•-–—/:")
	return utf8.RuneCountInString(rest) <= 3
}

func isByline(l string) bool {
	if !bylineRe.MatchString(l) {
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

// relatedStarts are the first words of the related-article markers; a line
// that starts with none of them is not tested against relatedRe.
var relatedStarts = []string{"most read", "most popular", "lo más leído", "les plus lus", "الأكثر", "lire", "à lire", "a lire", "voir", "sur le", "dans la", "read", "also", "see", "related", "more", "recommended", "you ", "further", "relacionad", "noticias", "lea ", "lee ", "leer", "le puede", "te puede", "ver ", "اقرأ", "إقرأ", "مواضيع", "أخبار", "شاهد", "لمزيد", "lesen", "auch", "mehr", "leia", "veja", "saiba"}

// relatedMarker returns the related-article marker that starts l, or "".
func relatedMarker(l string) string {
	head := strings.TrimLeft(l, " -–—•*>»")
	if len(head) > 40 {
		head = head[:40]
	}
	head = strings.ToLower(head)
	for _, p := range relatedStarts {
		if strings.HasPrefix(head, p) {
			return relatedRe.FindString(l)
		}
	}
	return ""
}
