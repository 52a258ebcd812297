package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A news page is mostly furniture: menus, related lists, comments,
// sidebars and footers make nine tenths of its elements, and pruneNoise
// removes them right after html.Parse has built them (x/net/html copies
// every tag name, attribute and text, so they were most of a page's
// allocations). precut removes their contents from the HTML before it is
// parsed, where that is sure to give the tree pruneNoise would leave:
//
// An element is cut when pruneSelector matches its start tag, its name
// is of class cutTag (elements that close an open <p> and that no start
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
// <pre> (see preformatted), <listing>, <isindex> or a NUL byte is not cut
// at all. TestPrecutSameTree and FuzzPrecut compare the pruned trees.

// tag classes
const (
	cutTag  = 1 << iota // an element precut may cut: x/net/html closes an open <p> before it (so its start tag alone decides where it goes) and no start tag inside it closes it
	voidTag             // an element without end tag
	stopTag             // cutting ends: after it the parser's insertion mode or its list of formatting elements may no longer be what precut assumes
	fmtTag              // an element the parser keeps in its list of active formatting elements
)

// classOf is the class of an element (0 for most) and, for formatting
// elements, their index in precut's counts.
func classOf(a atom.Atom) (class, fmtIndex int) {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.Section, atom.Summary, atom.Ul:
		return cutTag, 0
	case atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Br, atom.Embed, atom.Hr, atom.Image, atom.Img,
		atom.Input, atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return voidTag, 0
	case atom.Table, atom.Caption, atom.Colgroup, atom.Col, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td,
		atom.Th, atom.Select, atom.Template, atom.Math, atom.Object, atom.Applet, atom.Marquee,
		atom.Frameset, atom.Frame, atom.Plaintext, atom.Noframes:
		return stopTag, 0
	case atom.A:
		return fmtTag, 0
	case atom.B:
		return fmtTag, 1
	case atom.Big:
		return fmtTag, 2
	case atom.Code:
		return fmtTag, 3
	case atom.Em:
		return fmtTag, 4
	case atom.Font:
		return fmtTag, 5
	case atom.I:
		return fmtTag, 6
	case atom.Nobr:
		return fmtTag, 7
	case atom.S:
		return fmtTag, 8
	case atom.Small:
		return fmtTag, 9
	case atom.Strike:
		return fmtTag, 10
	case atom.Strong:
		return fmtTag, 11
	case atom.Tt:
		return fmtTag, 12
	case atom.U:
		return fmtTag, 13
	}
	return 0, 0
}

// refused reports whether precut leaves a page alone: it holds a NUL
// byte, or a tag starting with one of refusedTags (a <frameset> or
// <plaintext>, a <pre> or <listing> (see preformatted), or <isindex>),
// in any case. A CDATA section is a bogus comment for the parser as for
// the scanner outside SVG and MathML, where precut stops.
func refused(s string) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	for i := strings.IndexByte(s, '<'); i >= 0; {
		rest := s[i+1:]
		for _, t := range refusedTags {
			if hasPrefixFold(rest, t) {
				return true
			}
		}
		j := strings.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

var refusedTags = []string{"frameset", "plaintext", "pre", "listing", "isindex"}

// hasPrefixFold is strings.HasPrefix ignoring the ASCII case of s
// (prefix is lower case).
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// precut returns s with the contents of the furniture cut out, appended
// to dst, and whether it cut anything; when it did not, dst is returned
// as it was.
func precut(s string, dst []byte) ([]byte, bool) {
	if refused(s) {
		return dst, false
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
	count := func(class, fi int, a atom.Atom) { // a start tag
		switch {
		case class == fmtTag:
			formatting[fi]++
		case a == atom.Button:
			button++
		case a == atom.Form:
			form++
		}
	}
	svg := 0          // depth of <svg> elements the scanner is in
	svgTitle := false // the scanner read an SVG <title> as raw text
	for !stopped {
		tt := z.next()
		if tt == scanError {
			break
		}
		raw := s[z.rawStart:z.rawEnd]
		off = z.rawEnd
		if svg > 0 {
			stopped = !inSVG(z, tt, raw, &svg, &svgTitle)
			continue
		}
		if tt != scanStartTag && tt != scanEndTag {
			continue
		}
		name := z.name()
		nb := lower(lname[:0], name)
		a := atom.Lookup(nb)
		if a == atom.Svg {
			// an icon: skipped whole where the scanner reads it as the
			// parser does
			stopped = strings.HasSuffix(raw, "/>")
			svg = 1
			continue
		}
		class, fi := classOf(a)
		if tt == scanEndTag {
			switch {
			case class == fmtTag:
				if formatting[fi] == 0 {
					stopped = true // a stray end tag: the counts may be wrong
				}
				formatting[fi]--
			case a == atom.Button:
				if button == 0 {
					stopped = true
				}
				button--
			case a == atom.Form:
				if form == 0 {
					stopped = true
				}
				form--
			case class == stopTag:
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
		if class == stopTag {
			stopped = true
			continue
		}
		count(class, fi, a)
		if !region {
			if class != cutTag || !mayMatch(a, raw) || formatting != [14]int{} || !pruneMatch(tagNode(raw)) {
				continue
			}
			region, regionStart, regionName = true, off, name
			stack = append(stack[:0], name)
			outerButton, outerForm = button, form
			continue
		}
		// a start tag inside a candidate element
		switch {
		case a == atom.Html || a == atom.Head || a == atom.Body,
			a == atom.Button && outerButton > 0,
			a == atom.Form && outerForm > 0,
			mayMatch(a, raw) && pruneMatch(tagNode(raw)):
			abandon()
		case class != voidTag:
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
func mayMatch(a atom.Atom, raw string) bool {
	switch a {
	case atom.Aside, atom.Nav, atom.Footer:
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

// svgNames are the SVG elements precut reads inside an <svg>: drawing
// elements, none that the parser reads as HTML (an HTML integration
// point other than <title>, or a tag that ends the SVG element) or whose
// contents the scanner could read otherwise (raw text).
var svgNames = map[string]bool{
	"g": true, "path": true, "circle": true, "rect": true, "line": true, "polyline": true, "polygon": true,
	"ellipse": true, "defs": true, "use": true, "symbol": true, "lineargradient": true, "radialgradient": true,
	"stop": true, "clippath": true, "mask": true, "pattern": true, "text": true, "tspan": true,
}

// inSVG reads one token inside an <svg> element, as the parser reads it,
// and reports whether the scanner and the parser agree on it: SVG
// elements of svgNames, text, comments other than CDATA sections (which
// the parser reads in SVG only), and a <title> with text and no tag
// (the scanner reads it as raw text, the parser as SVG, the same tokens
// then). *depth counts the open <svg> elements.
func inSVG(z *scanner, tt int, raw string, depth *int, title *bool) bool {
	if *title {
		*title = false
		if tt == scanText {
			return !strings.Contains(raw, "<")
		}
	}
	var lname [16]byte
	switch tt {
	case scanText:
		return true
	case scanComment:
		return !strings.HasPrefix(raw, "<![")
	case scanStartTag, scanEndTag:
		nb := lower(lname[:0], z.name())
		switch {
		case string(nb) == "svg":
			if tt == scanStartTag {
				if strings.HasSuffix(raw, "/>") {
					return false
				}
				*depth++
			} else {
				*depth--
			}
			return true
		case string(nb) == "title":
			*title = tt == scanStartTag
			return true
		}
		return svgNames[string(nb)]
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

// lower is b in ASCII lower case in buf, or nil when longer than buf
// (atom.Lookup finds no element then).
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
