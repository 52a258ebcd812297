// Package clean turns a decoded document (HTML or plain text) into the body
// text that facts are read from, plus its metadata: title, site,
// publication date and language. HTML goes through go-trafilatura; HTML
// and text alike then lose the page's noise (noise.go): related-article
// teasers, menus and breadcrumbs, bylines and credits, share bars,
// newsletter, paywall and cookie prompts, reader comments, repeated
// captions and spam, while the body paragraphs stay. The cleaned text keeps
// one paragraph per line, with blank lines between paragraphs; evidence
// offsets point into it. Reading bytes is the source package's job;
// finding facts is extract's.
package clean

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Input is one decoded document.
type Input struct {
	Source string // path or URL, for error messages
	URL    string // the page's URL, when fetched
	Text   string // valid UTF-8
	Format string // "html" or "text"
}

// Options tune cleaning.
type Options struct {
	// MaxElements caps the number of HTML elements; a deeper or larger
	// tree is refused (default 200,000).
	MaxElements int
	// MaxDepth caps HTML nesting (default 2,000).
	MaxDepth int
}

// Result is a cleaned document.
type Result struct {
	Title     string
	Site      string
	Published time.Time // zero when unknown
	Language  string    // ISO 639-1, or "" when unknown
	Text      string    // paragraphs separated by blank lines
}

// ErrNoText means the document had no body text left after cleaning.
var ErrNoText = errors.New("no body text")

// ErrTooComplex means the HTML tree was too large or too deep to clean.
var ErrTooComplex = errors.New("html too large or too deeply nested")

// Document cleans one document.
func Document(in Input, opts Options) (*Result, error) {
	if opts.MaxElements == 0 {
		opts.MaxElements = 200000
	}
	if opts.MaxDepth == 0 {
		opts.MaxDepth = 2000
	}
	var r *Result
	var err error
	src := in.Source
	if in.Format == "html" {
		r, err = cleanHTML(in, opts)
	} else {
		// in is not used below: the input's text can be collected as
		// soon as cleanPlain has its normalised copy (on a long text,
		// body, copy and result are otherwise all live at once)
		text := in.Text
		in = Input{}
		r = cleanPlain(text)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if strings.TrimSpace(r.Text) == "" {
		return nil, fmt.Errorf("%s: %w", src, ErrNoText)
	}
	if r.Language == "" || !known[r.Language] {
		// the detector reads the first 3,000 bytes: join no more than
		// that, not a copy of the whole text
		r.Language = DetectLanguage(r.Title + "\n" + r.Text[:min(len(r.Text), detectBytes)])
	}
	return r, nil
}

func cleanHTML(in Input, opts Options) (*Result, error) {
	doc, err := parseHTML(in.Text)
	if err != nil {
		return nil, err
	}
	if n, d := treeSize(doc, opts.MaxDepth); n > opts.MaxElements || d >= opts.MaxDepth {
		return nil, fmt.Errorf("%w (%d elements, depth %d)", ErrTooComplex, n, d)
	}
	// Pre-formatted official documents (the Federal Register serves its
	// notices as one <pre>) are text already: trafilatura would reflow them.
	if pre := preformatted(doc); pre != "" {
		r := cleanPlain(unwrapPre(pre))
		if t := findTitle(doc); t != "" {
			r.Title = t
		}
		return r, nil
	}
	// The page's furniture goes before trafilatura sees the tree: every
	// copy trafilatura, htmldate and the fallbacks make of the tree (seven
	// or more per page) is then a copy of the article's part only.
	// trafilatura's PruneSelector would remove the same nodes (same
	// selector, same handling of the text that follows a removed node),
	// but only after copying the whole page twice and reading the
	// metadata from it. The publication date is read from the page
	// without its furniture: a date in a comment, a related-article list
	// or the footer is not the article's.
	pruneNoise(doc)
	topts := trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		// no Deduplicate: its cache is process-wide and would refuse the
		// same page met twice, which re-ingesting must allow
		HtmlDateMode: trafilatura.Fast,
		MaxTreeSize:  opts.MaxElements,
	}
	res, err := extract(doc, topts)
	if err != nil {
		return nil, fmt.Errorf("trafilatura: %w", err)
	}
	body := res.ContentText
	if res.ContentNode != nil {
		body = blockText(res.ContentNode)
	}
	r := cleanPlain(body)
	r.Title = strings.TrimSpace(res.Metadata.Title)
	r.Site = strings.TrimSpace(res.Metadata.Sitename)
	// trafilatura has classified the body's language already
	r.Language = res.Metadata.Language
	if !res.Metadata.Date.IsZero() {
		r.Published = res.Metadata.Date
	}
	return r, nil
}

// cutBufs hold the HTML with its furniture cut (precut) while it is
// parsed: the tree holds copies of its strings, not the buffer.
var cutBufs = sync.Pool{New: func() any { return new([]byte) }}

// parseHTML parses a page, the contents of its furniture cut first where
// that gives the same tree after pruneNoise (precut).
func parseHTML(s string) (*html.Node, error) {
	bp := cutBufs.Get().(*[]byte)
	defer func() {
		if cap(*bp) > maxPooledCut { // a rare huge page's buffer is not kept
			*bp = nil
		}
		cutBufs.Put(bp)
	}()
	b, ok := precut(s, (*bp)[:0])
	if !ok {
		return html.Parse(strings.NewReader(s))
	}
	*bp = b
	return html.Parse(bytes.NewReader(b))
}

// maxPooledCut is the largest buffer cutBufs keeps.
const maxPooledCut = 1 << 20

// pruneSelectorMatch matches the page's furniture (pruneSelector).
var pruneSelectorMatch = cascadia.MustCompile(pruneSelector).Match

// pruneWords are the words of pruneSelector's class and id conditions:
// an element whose class and id hold none of them (most of a page's) and
// that is no aside, nav or footer cannot match it.
var pruneWords = []string{"related", "read-more", "share", "sharing", "newsletter", "cookie", "consent", "paywall",
	"comments", "respond", "disqus", "onetrust", "gdpr", "outbrain", "OUTBRAIN", "taboola"}

// pruneMatch is pruneSelectorMatch behind a cheap check of the element's
// name, class and id: the selector is tried only where it may match.
func pruneMatch(n *html.Node) bool {
	switch n.Data {
	case "aside", "nav", "footer":
		return pruneSelectorMatch(n)
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range pruneWords {
			if strings.Contains(a.Val, w) {
				return pruneSelectorMatch(n)
			}
		}
	}
	return false
}

// pruneNoise removes the elements pruneSelector matches, the way
// trafilatura's PruneSelector does: in reverse document order, the text
// that follows a removed element joined to the text after its previous
// element sibling (or its parent).
func pruneNoise(doc *html.Node) {
	var matches []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && pruneMatch(n) {
			matches = append(matches, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	for i := len(matches) - 1; i >= 0; i-- {
		sub := matches[i]
		if t := tailText(sub); t != "" {
			prev := dom.PreviousElementSibling(sub)
			if prev == nil {
				prev = sub.Parent
			}
			if prev != nil {
				if pt := tailText(prev); pt != "" {
					setTail(prev, pt+" "+t)
				} else {
					setTail(prev, t)
				}
			}
		}
		if sub.Parent == nil {
			continue
		}
		for _, t := range tailNodes(sub) {
			t.Parent.RemoveChild(t)
		}
		sub.Parent.RemoveChild(sub)
	}
}

// tailNodes are the text nodes between n and its next element sibling.
func tailNodes(n *html.Node) []*html.Node {
	var out []*html.Node
	for next := n.NextSibling; next != nil; next = next.NextSibling {
		if next.Type == html.ElementNode {
			break
		} else if next.Type == html.TextNode {
			out = append(out, next)
		}
	}
	return out
}

func tailText(n *html.Node) string {
	var b strings.Builder
	for _, t := range tailNodes(n) {
		b.WriteString(t.Data)
	}
	return b.String()
}

func setTail(n *html.Node, tail string) {
	if n.Parent == nil || dom.IsVoidElement(n.Parent) {
		return
	}
	for _, t := range tailNodes(n) {
		n.Parent.RemoveChild(t)
	}
	if tail == "" {
		return
	}
	t := dom.CreateTextNode(tail)
	if n.NextSibling != nil {
		n.Parent.InsertBefore(t, n.NextSibling)
	} else {
		n.Parent.AppendChild(t)
	}
}

// pruneSelector removes blocks that trafilatura sometimes keeps: related
// links, share bars, newsletter boxes, cookie and consent banners,
// paywall prompts and reader comments.
const pruneSelector = `aside, nav, footer, .related, .related-articles, .read-more, .share, .sharing, .social-share, .newsletter, [class*="related"], [class*="newsletter"], [class*="share-"], [id*="related"], [class*="cookie"], [id*="cookie"], [class*="consent"], [id*="consent"], [class*="paywall"], [class*="comments"], [id*="comments"], [id*="respond"], [id*="disqus"], [id*="onetrust"], [class*="gdpr"], [class*="outbrain"], [class*="OUTBRAIN"], [class*="taboola"]`

func treeSize(n *html.Node, maxDepth int) (count, depth int) {
	type item struct {
		n *html.Node
		d int
	}
	stack := []item{{n, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.n.Type == html.ElementNode {
			count++
		}
		if it.d > depth {
			depth = it.d
		}
		if it.d >= maxDepth {
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return count, depth
}

func preformatted(doc *html.Node) string {
	var pres []*html.Node
	var textLen, preLen int
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inPre bool) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.ElementNode && n.Data == "pre" && !inPre {
			pres = append(pres, n)
			inPre = true
		}
		if n.Type == html.TextNode {
			l := len(strings.TrimSpace(n.Data))
			textLen += l
			if inPre {
				preLen += l
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inPre)
		}
	}
	walk(doc, false)
	if len(pres) == 0 || preLen < 200 || preLen*10 < textLen*8 {
		return ""
	}
	var b strings.Builder
	for _, p := range pres {
		b.WriteString(textOf(p))
		b.WriteString("\n\n")
	}
	return b.String()
}

var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true, "pre": true,
	"blockquote": true, "section": true, "article": true, "header": true, "footer": true,
	"dt": true, "dd": true, "figcaption": true, "head": true, "hr": true, "title": true,
}

// blockText renders an HTML tree as text with a line break after each
// block element, so that paragraphs stay paragraphs.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" || n.Data == "noscript" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			b.WriteString("\n")
		}
	}
	walk(n)
	return b.String()
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func findTitle(doc *html.Node) string {
	var t string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if t != "" {
			return
		}
		if n.Type == html.ElementNode && n.Data == "title" {
			t = strings.TrimSpace(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return t
}

var indentRe = regexp.MustCompile(`^\s{2,}\S`)

// unwrapPre joins the hard-wrapped lines of a pre-formatted notice into
// paragraphs: a paragraph ends at a blank line, before an indented line,
// before a line that looks like a heading or a list entry, or after a line
// that ends a sentence and is short.
func unwrapPre(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for i, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		trim := strings.TrimSpace(line)
		if trim == "" {
			flush()
			out = append(out, "")
			continue
		}
		startsPara := indentRe.MatchString(line) || isHeadingLine(trim) || strings.HasPrefix(trim, "[")
		if startsPara {
			flush()
		}
		if cur.Len() > 0 {
			prev := cur.String()
			switch {
			case strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -") && !strings.HasSuffix(prev, "--"):
				// a word or designation broken at its hyphen: "104-" + "164"
			case strings.HasSuffix(prev, "/"):
			default:
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(trim)
		// a line that is a heading, a rule, a bracketed note or a table row
		// stands alone
		if isHeadingLine(trim) || strings.HasPrefix(trim, "[") || strings.Contains(trim, "....") || strings.Trim(trim, "-=_ ") == "" {
			flush()
		}
		_ = i
	}
	flush()
	return strings.Join(out, "\n")
}

func isHeadingLine(s string) bool {
	if len(s) > 90 {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 4 && upper*10 >= letters*9
}

// cleanPlain cleans text: one paragraph per line, noise removed.
func cleanPlain(s string) *Result {
	s = normaliseSpace(s)
	lines := unwrapLines(strings.Split(s, "\n"))
	r := &Result{}
	keep := dropNoise(lines)
	// title: the first line, when short and followed by a blank line or
	// when it does not end a sentence
	var paras []string
	for _, l := range keep {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		paras = append(paras, l)
	}
	// the result is a copy: s may share the bytes of the input's body
	// (source.Decode), which its owner may reuse once processing ends
	if len(paras) > 1 && utf8.RuneCountInString(paras[0]) < 200 && !endsSentence(paras[0]) {
		r.Title = strings.Clone(paras[0])
	}
	if len(paras) == 1 {
		r.Text = strings.Clone(paras[0])
	} else {
		r.Text = strings.Join(paras, "\n\n")
	}
	return r
}

var emailRe = regexp.MustCompile(`\[email(?:\s|&#160;|\x{00a0})*protected\]|\S+/cdn-cgi/\S+`)

func normaliseSpace(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			return -1
		case r == '\u2028' || r == '\u2029':
			return '\n'
		case r == '\t':
			return ' '
		case r < 32 && r != '\n':
			return -1
		}
		return r
	}, s)
	if strings.Contains(s, "[email") || strings.Contains(s, "/cdn-cgi/") {
		s = emailRe.ReplaceAllString(s, "")
	}
	// a menu whose entries only spaces separate must be found before the
	// spaces are collapsed (menus.go)
	s = dropSpacedMenus(s)
	s = collapseSpace(s)
	s = strings.ReplaceAll(s, " ,", ",")
	return s
}

// isSpace reports whether r is a space collapseSpace collapses: ASCII
// space, tab, form feed, vertical tab, no-break space, U+2000–U+200A,
// narrow no-break, medium mathematical and ideographic space.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' || r == '\u202f' || r == '\u205f' || r == '\u3000':
		return true
	case r >= '\u2000' && r <= '\u200a':
		return true
	}
	return false
}

// collapseSpace replaces each run of spaces (isSpace) with one ASCII
// space, in one pass; a text with nothing to replace is returned as is.
func collapseSpace(s string) string {
	// find the first place that changes: a run of two, or a space that is
	// not ' '
	first := -1
	prevSpace := false
	for i, r := range s {
		sp := isSpace(r)
		if sp && (prevSpace || r != ' ') {
			first = i
			if prevSpace {
				first = i - 1 // the ' ' before it starts the run
			}
			break
		}
		prevSpace = sp
	}
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	inRun := false
	for i := first; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			if !inRun {
				b.WriteByte(' ')
				inRun = true
			}
		} else {
			inRun = false
			b.WriteString(s[i : i+size]) // as written, invalid bytes too
		}
		i += size
	}
	return b.String()
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'»”’)")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;؟。", r)
}

// Bytes is a convenience for tests: it cleans plain text given as bytes.
func Bytes(b []byte) string { return cleanPlain(string(bytes.ToValidUTF8(b, []byte("\uFFFD")))).Text }
