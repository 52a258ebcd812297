package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// A news page is mostly furniture: menus, related lists, comments,
// sidebars and footers make nine tenths of its elements, and pruneNoise
// removes them right after html.Parse has built them (x/net/html copies
// every tag name, attribute and text, so they were most of a page's
// allocations). precut removes their contents from the HTML before it is
// parsed, where that is sure to give the tree pruneNoise would leave:
//
// An element is cut when pruneSelector matches its start tag, its name
// is one of cutNames (elements that close an open <p> and that no start
// tag inside them can close), and it is well nested: every element
// started inside it ends inside it, in order, with an explicit end tag,
// and none of them matches pruneSelector itself (pruneNoise would move
// such an element's tail out of its parent). Its start tag stays, with
// an end tag right after it, so the parser places the same element at
// the same place and pruneNoise removes it the same way (the text after
// it joined to the text before).
//
// The parser's state after the element must be the same with and
// without its contents, so an element is cut only outside tables,
// selects, templates, SVG and MathML, objects and marquees (no cuts
// after the first of those), with no formatting element (<a>, <b>, ...)
// left open before it, no <button> inside it while one is open outside,
// no <form> inside it while one is open outside, and no <html>, <head>
// or <body> tag inside it. A page with a <frameset>, <plaintext>,
// <pre> (see preformatted), a CDATA section or a NUL byte is not cut at
// all. TestPrecutSameTree and FuzzPrecut compare the pruned trees.

// cutNames are the elements precut may cut: x/net/html closes an open
// <p> before each of them (so their start tag alone decides where they
// go), and a start tag inside them closes none of them.
var cutNames = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true, "details": true,
	"dialog": true, "dir": true, "div": true, "dl": true, "fieldset": true, "figcaption": true, "figure": true,
	"footer": true, "header": true, "hgroup": true, "main": true, "menu": true, "nav": true, "ol": true,
	"section": true, "summary": true, "ul": true,
}

// voidNames are the elements that have no end tag.
var voidNames = map[string]bool{
	"area": true, "base": true, "basefont": true, "bgsound": true, "br": true, "col": true, "embed": true,
	"frame": true, "hr": true, "image": true, "img": true, "input": true, "keygen": true, "link": true,
	"meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// stopNames end cutting: after one of them the parser's insertion mode
// or its list of formatting elements may no longer be what precut
// assumes.
var stopNames = map[string]bool{
	"table": true, "caption": true, "colgroup": true, "col": true, "tbody": true, "thead": true, "tfoot": true,
	"tr": true, "td": true, "th": true, "select": true, "template": true, "svg": true, "math": true,
	"object": true, "applet": true, "marquee": true, "frameset": true, "frame": true, "plaintext": true,
	"isindex": true, "noframes": true,
}

// formattingNames are the elements the parser keeps in its list of
// active formatting elements.
var formattingNames = map[string]int{
	"a": 0, "b": 1, "big": 2, "code": 3, "em": 4, "font": 5, "i": 6, "nobr": 7, "s": 8, "small": 9,
	"strike": 10, "strong": 11, "tt": 12, "u": 13,
}

// precutRefused are byte sequences (lower case) that make precut leave a
// page alone.
var precutRefused = []string{"<frameset", "<plaintext", "<pre", "<listing", "<![cdata[", "\x00"}

// precut returns s with the contents of the furniture cut out, appended
// to dst, and whether it cut anything; when it did not, dst is returned
// as it was.
func precut(s string, dst []byte) ([]byte, bool) {
	for _, r := range precutRefused {
		if indexFold(s, r) >= 0 {
			return dst, false
		}
	}
	start := len(dst)
	z := &scanner{s: s}
	var (
		off, last   int
		cut         bool
		formatting  [14]int
		button      int
		form        int
		region      bool // inside a candidate element
		regionStart int  // offset after its start tag
		regionName  string
		stack       []string
		outerButton int
		outerForm   int
		stopped     bool
		lname       [16]byte
	)
	abandon := func() { region, stack = false, stack[:0] }
	count := func(nb []byte) { // a start tag
		if i, ok := formattingNames[string(nb)]; ok {
			formatting[i]++
		}
		switch string(nb) {
		case "button":
			button++
		case "form":
			form++
		}
	}
	for !stopped {
		tt := z.next()
		if tt == scanError {
			break
		}
		raw := s[z.rawStart:z.rawEnd]
		off = z.rawEnd
		if tt != scanStartTag && tt != scanEndTag {
			continue
		}
		name := z.name()
		nb := lower(lname[:0], name)
		if tt == scanEndTag {
			switch i, ok := formattingNames[string(nb)]; {
			case ok:
				if formatting[i] == 0 {
					stopped = true // a stray end tag: the counts may be wrong
				}
				formatting[i]--
			case string(nb) == "button":
				if button == 0 {
					stopped = true
				}
				button--
			case string(nb) == "form":
				if form == 0 {
					stopped = true
				}
				form--
			case stopNames[string(nb)]:
				stopped = true
			}
			if !region || stopped {
				continue
			}
			if top := stack[len(stack)-1]; !strings.EqualFold(top, name) {
				abandon()
				continue
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 { // the element ends: cut its contents
				dst = append(dst, s[last:regionStart]...)
				dst = append(dst, "</"...)
				dst = append(dst, regionName...)
				dst = append(dst, '>')
				last, cut, region = off, true, false
			}
			continue
		}
		// a start tag
		if stopNames[string(nb)] {
			stopped = true
			continue
		}
		if !region {
			count(nb)
			if !cutNames[string(nb)] || !mayMatch(nb, raw) || formatting != [14]int{} {
				continue
			}
			if !pruneMatch(tagNode(raw)) {
				continue
			}
			region, regionStart, regionName = true, off, name
			stack = append(stack[:0], name)
			outerButton, outerForm = button, form
			continue
		}
		// a start tag inside a candidate element
		count(nb)
		switch {
		case string(nb) == "html" || string(nb) == "head" || string(nb) == "body",
			string(nb) == "button" && outerButton > 0,
			string(nb) == "form" && outerForm > 0,
			mayMatch(nb, raw) && pruneMatch(tagNode(raw)):
			abandon()
		case !voidNames[string(nb)]:
			stack = append(stack, name)
		}
	}
	if !cut {
		return dst[:start], false
	}
	if !stopped && off != len(s) {
		return dst[:start], false
	}
	return append(dst, s[last:]...), true
}

// mayMatch is pruneMatch's cheap check on the raw start tag: the
// element's name is aside, nav or footer, or the tag holds one of
// pruneWords or a character reference (which may spell one).
func mayMatch(name []byte, raw string) bool {
	switch string(name) {
	case "aside", "nav", "footer":
		return true
	}
	if strings.IndexByte(raw, '&') >= 0 {
		return true
	}
	for _, w := range pruneWords {
		if strings.Contains(raw, w) {
			return true
		}
	}
	return false
}

// tagNode is the element of a start tag, as the parser makes it (its
// name and attributes; no parent).
func tagNode(raw string) *html.Node {
	z := html.NewTokenizer(strings.NewReader(raw))
	z.Next()
	t := z.Token()
	return &html.Node{Type: html.ElementNode, Data: t.Data, DataAtom: t.DataAtom, Attr: t.Attr}
}

// lower is b in ASCII lower case in buf, or nil when longer than buf.
func lower(buf []byte, b string) []byte {
	if len(b) > cap(buf) {
		return nil
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// indexFold is strings.Index of lower-case ASCII sub in s, ignoring the
// case of s.
func indexFold(s, sub string) int {
	if sub == "" {
		return 0
	}
	first := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		k := 1
		for ; k < len(sub); k++ {
			d := s[i+k]
			if 'A' <= d && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != sub[k] {
				break
			}
		}
		if k == len(sub) {
			return i
		}
	}
	return -1
}
