package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Comment prompts and blog post footers: the lines a page puts around its
// reader comments and its share buttons, told by their words alone:
//
//	comment prompts   "قم بكتابة أول تعليق", "Alle Kommentare anzeigen",
//	                  "Plus de 300 commentaires", "Me gusta esto: Me gusta
//	                  Cargando...", "رد مع اقتباس" (a forum's buttons)
//	post footers      "Publicado por Lima Noticia a las 9:14", "Posted by
//	                  admin at 10:02 AM": the blog's signature of a post
//
// A line is a prompt when it holds a word of the lexicon's
// noise-prompt-word ("more than" or "like" alone is not one) and nothing is
// left of it once the phrases of its noise-comment-prompt (prompts,
// buttons, "like" widgets) are taken out, and its numbers: a body sentence
// always keeps words of its own.

// isCommentPrompt reports whether l is nothing but comment prompts,
// buttons and counters: "Alle Kommentare anzeigen", "تعليقات الزوار (0)".
func isCommentPrompt(l string) bool {
	if utf8.RuneCountInString(l) > 80 {
		return false
	}
	w := words()
	key := arabicFold(lineKey(l))
	if key == "" || !containsAny(key, w.promptWords) {
		return false
	}
	rest := " " + key + " "
	for _, p := range w.commentPrompts {
		rest = replaceWord(rest, p)
	}
	return strings.Trim(rest, " -–—•*·|:!?.,;()[]«»\"'“”„…/") == ""
}

// replaceWord blanks every whole-word occurrence of p in s (s starts and
// ends with a space).
func replaceWord(s, p string) string {
	for {
		i := indexWord(s, p)
		if i < 0 {
			return s
		}
		s = s[:i] + " " + s[i+len(p):]
	}
}

// indexWord is the index of p in s where p stands between non-letters.
func indexWord(s, p string) int {
	from := 0
	for {
		i := strings.Index(s[from:], p)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(p):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		from = i + 1
	}
}

// postedByRe matches a blog's signature under a post: "Publicado por Lima
// Noticia a las 9:14", "Posted by admin at 10:02 AM", "Publié par Jean à
// 9h14", "Veröffentlicht von Max um 9:14", "نشر بواسطة المحرر".
var postedByRe = regexp.MustCompile(`(?i)^(?:posted by|published by|publicado por|publicada por|publié par|publiée par|posté par|veröffentlicht von|gepostet von|eingestellt von|نشر بواسطة|نشرت بواسطة|أرسلت بواسطة)\s+\S`)

// isPostedBy reports whether l is a blog post's signature: the opener, a
// name and maybe a time, short and no sentence.
func isPostedBy(l string) bool {
	return utf8.RuneCountInString(l) <= 80 && len(strings.Fields(l)) <= 10 && !endsSentence(l) && postedByRe.MatchString(l)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
