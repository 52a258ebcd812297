package clean

import (
	"strings"
	"unicode/utf8"
)

// unwrapLines joins the lines of a hard-wrapped text (wire copy cut at
// about 60 characters: "The administration of President Barack" /
// "Obama on Wednesday gave Congress formal notice of a" / "$1.83 billion
// package …") into its paragraphs, which the rest of the cleaner, like
// most plain text, has one to a line. A text is hard-wrapped when no line
// is longer than wrapWidth and at least two lines in five run on into the
// next (at least wrapMin of them: 30 characters or more, no sentence end);
// within it a paragraph ends at a blank line or at a short line that ends
// a sentence. Other texts are returned as they are.
func unwrapLines(lines []string) []string {
	width, nonEmpty, runOn := 0, 0, 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		nonEmpty++
		n := utf8.RuneCountInString(l)
		width = max(width, n)
		if n >= 30 && !endsSentence(l) && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			runOn++
		}
	}
	if width > wrapWidth || runOn < wrapMin || runOn*5 < nonEmpty*2 {
		return lines
	}
	var out []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, strings.Join(para, " "))
			para = para[:0]
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			out = append(out, "")
			continue
		}
		para = append(para, t)
		if endsSentence(t) && utf8.RuneCountInString(t)*5 < width*4 {
			flush() // a paragraph's short last line
		}
	}
	flush()
	return out
}

// A hard-wrapped text's lines are at most wrapWidth runes long, and at
// least wrapMin of them run on into the next.
const (
	wrapWidth = 100
	wrapMin   = 4
)
