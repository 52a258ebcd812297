package clean

import (
	"regexp"
	"sort"
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
// A line is a prompt when nothing is left of it once the phrases below are
// taken out (and its numbers): a body sentence always keeps words of its
// own.

// commentPromptPhrases are the pieces of comment prompts, buttons and
// "like" widgets in the five languages, lower case, Arabic folded
// (arabicFold).
var commentPromptPhrases = []string{
	// en
	"leave a comment", "leave a reply", "add a comment", "add comment", "post a comment", "write a comment", "be the first to comment",
	"show all comments", "view all comments", "see all comments", "show comments", "view comments", "latest comments", "recent comments",
	"more comments", "more than", "comments", "comment", "like this", "like", "loading", "reply with quote", "reply", "quote",
	// fr
	"laisser un commentaire", "laissez un commentaire", "ajouter un commentaire", "écrire un commentaire", "écrivez un commentaire",
	"voir tous les commentaires", "voir les commentaires", "afficher les commentaires", "soyez le premier à commenter",
	"derniers commentaires", "plus de", "commentaires", "commentaire", "j'aime ceci", "j’aime ceci", "j'aime", "j’aime", "chargement",
	"répondre avec citation", "répondre", "citer",
	// es
	"deja un comentario", "dejar un comentario", "deja tu comentario", "añadir comentario", "agregar comentario", "escribe un comentario",
	"ver todos los comentarios", "ver comentarios", "últimos comentarios", "más de", "comentarios", "comentario", "me gusta esto",
	"me gusta", "cargando", "sé el primero en comentar", "responder con cita", "responder", "citar",
	// de
	"kommentar schreiben", "kommentar verfassen", "kommentar hinzufügen", "alle kommentare anzeigen", "kommentare anzeigen",
	"alle kommentare", "letzte kommentare", "neueste kommentare", "neuste kommentare", "weitere kommentare", "mehr als", "über",
	"kommentare", "kommentar", "gefällt mir", "wird geladen", "schreiben sie den ersten kommentar", "mit zitat antworten", "antworten", "zitieren",
	// ar
	"اضف تعليقك", "اضف تعليقا", "اضف تعليق", "اضافة تعليق جديد", "اضافة تعليق", "اكتب تعليقك", "اكتب تعليقا", "اكتب تعليق",
	"قم بكتابة اول تعليق", "ارسل تعليقك", "اترك تعليقا", "اترك تعليق", "تعليقات الزوار", "تعليقات القراء", "عرض كل التعليقات",
	"عرض التعليقات", "رد مع اقتباس", "كن اول من يعلق", "التعليقات", "تعليقات", "تعليق", "اكثر من", "جار التحميل", "اعجبني",
}

// promptWords are the words that must be in a prompt: "more than" or
// "like" alone is not one.
var promptWords = []string{"comment", "reply", "quote", "like", "loading", "commentaire", "répondre", "citer", "j'aime", "j’aime", "chargement",
	"comentar", "responder", "citar", "me gusta", "cargando", "kommentar", "antworten", "zitieren", "gefällt", "geladen",
	"تعليق", "اقتباس", "يعلق", "اعجبني", "التحميل"}

func init() {
	sort.SliceStable(commentPromptPhrases, func(i, j int) bool { return len(commentPromptPhrases[i]) > len(commentPromptPhrases[j]) })
}

// isCommentPrompt reports whether l is nothing but comment prompts,
// buttons and counters: "Alle Kommentare anzeigen", "تعليقات الزوار (0)".
func isCommentPrompt(l string) bool {
	if utf8.RuneCountInString(l) > 80 {
		return false
	}
	key := arabicFold(lineKey(l))
	if key == "" || !containsAny(key, promptWords) {
		return false
	}
	rest := " " + key + " "
	for _, p := range commentPromptPhrases {
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

// sendWords are the buttons that send an article on, one word alone in a
// bar of buttons: "Comentarios (3) | Imprimir | Enviar".
var sendWords = map[string]bool{"send": true, "email": true, "e-mail": true, "envoyer": true, "enviar": true, "senden": true, "versenden": true, "ارسال": true, "إرسال": true}
