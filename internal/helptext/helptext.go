// Package helptext owns the help for readers of the register: what the
// fact types, stages, values and confidence mean and what to check before
// citing a figure. One embedded text (topics.md) serves both
// `armswatch help topics` and the web's /help page.
package helptext

import (
	_ "embed"
	"strings"
)

//go:embed topics.md
var topics string

// Text is the help as written: a small subset of Markdown (headings "#"
// and "##", paragraphs, "- " and "1. " lists, **bold** and `code`).
func Text() string { return topics }

// Block is a paragraph or a list item of a section.
type Block struct {
	Text string // with the inline marks (**, `) as written
	Item bool   // a list item
	Num  bool   // of a numbered list
}

// Section is a "##" heading and its blocks.
type Section struct {
	Title  string
	ID     string // the heading as an anchor: "fact-types"
	Blocks []Block
}

// Parse splits the help into its title (the "#" heading) and sections.
func Parse() (title string, sections []Section) {
	var cur *Section
	var para []string
	flush := func() {
		if len(para) > 0 && cur != nil {
			cur.Blocks = append(cur.Blocks, Block{Text: strings.Join(para, " ")})
		}
		para = nil
	}
	intro := &Section{}
	cur = intro
	for _, line := range strings.Split(topics, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "## "):
			flush()
			sections = append(sections, Section{Title: t[3:], ID: anchor(t[3:])})
			cur = &sections[len(sections)-1]
		case strings.HasPrefix(t, "# "):
			flush()
			title = t[2:]
		case t == "":
			flush()
		case strings.HasPrefix(t, "- "):
			flush()
			cur.Blocks = append(cur.Blocks, Block{Text: t[2:], Item: true})
		case len(t) > 3 && t[0] >= '1' && t[0] <= '9' && strings.HasPrefix(t[1:], ". "):
			flush()
			cur.Blocks = append(cur.Blocks, Block{Text: t[3:], Item: true, Num: true})
		default:
			para = append(para, t)
		}
	}
	flush()
	if len(intro.Blocks) > 0 {
		sections = append([]Section{*intro}, sections...)
	}
	return title, sections
}

func anchor(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-':
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// Span is a piece of a block's text: plain, bold or code.
type Span struct {
	Text       string
	Bold, Code bool
}

// Spans splits a block's text at its ** and ` marks.
func Spans(s string) []Span {
	var out []Span
	for s != "" {
		i := strings.IndexAny(s, "*`")
		if i < 0 {
			out = append(out, Span{Text: s})
			break
		}
		mark := "`"
		if s[i] == '*' {
			if !strings.HasPrefix(s[i:], "**") {
				out = append(out, Span{Text: s[:i+1]})
				s = s[i+1:]
				continue
			}
			mark = "**"
		}
		j := strings.Index(s[i+len(mark):], mark)
		if j < 0 {
			out = append(out, Span{Text: s})
			break
		}
		if i > 0 {
			out = append(out, Span{Text: s[:i]})
		}
		inner := s[i+len(mark) : i+len(mark)+j]
		out = append(out, Span{Text: inner, Bold: mark == "**", Code: mark == "`"})
		s = s[i+2*len(mark)+j:]
	}
	return out
}
