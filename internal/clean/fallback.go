package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Trafilatura compares its extraction with two others, go-readability's
// and go-domdistiller's, and takes theirs when its own looks poor; on a
// news page readability alone costs more allocations than trafilatura's
// own extraction. The comparison (trafilatura's compareExternalExtraction
// and candidateIsUsable) takes readability's text only when
//
//   - trafilatura found nothing, or
//   - readability's text is more than twice as long, or
//   - they are within a factor 2 of each other, readability's is longer
//     than 500 characters and trafilatura's has no text in paragraphs or
//     more tables than paragraphs;
//
// and it tries go-domdistiller only when the text is still shorter than
// 250 characters. extract runs trafilatura first with both fallbacks
// given as empty candidates (so neither runs, and the comparison and its
// final clean-up of the tree are the same), and runs it again with the
// real fallbacks when the result is one where they could have been taken:
// readability's text is never longer than the text of the page it reads
// (textBound), so a page whose extraction holds more than half of it
// cannot have been won by readability.

// emptyCandidate is a fallback candidate without text: trafilatura never
// takes it and only reads it.
var emptyCandidate = &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}

// noFallbacks makes trafilatura compare its extraction with empty
// candidates instead of running go-readability and go-domdistiller.
var noFallbacks = &trafilatura.FallbackCandidates{Readability: emptyCandidate, Distiller: emptyCandidate}

// minExtractedSize is trafilatura's default Config.MinExtractedSize: under
// it the fallbacks and the rescue are tried.
const minExtractedSize = 250

// extract runs trafilatura over doc (which it does not modify) with the
// fallbacks of opts (EnableFallback) run only when their result could be
// taken; the result is the one trafilatura gives with them.
func extract(doc *html.Node, opts trafilatura.Options) (*trafilatura.ExtractResult, error) {
	if !opts.EnableFallback || opts.FallbackCandidates != nil || opts.Focus != trafilatura.Balanced {
		return trafilatura.ExtractDocument(doc, opts)
	}
	head := firstElement(doc, atom.Head)
	bound, inP := textBound(doc)
	if head == nil || 2*inP < bound {
		// Where less than half of the page's text is in paragraphs,
		// the first run would often have to be done again (2 pages in 5
		// of go-trafilatura's test pages, 1 in 6 of those with their
		// text in paragraphs).
		return trafilatura.ExtractDocument(doc, opts)
	}
	fast := opts
	fast.FallbackCandidates = noFallbacks
	sentinel := rescueSentinel()
	head.AppendChild(sentinel)
	res, err := trafilatura.ExtractDocument(doc, fast)
	head.RemoveChild(sentinel)
	if err == nil && !strings.Contains(res.ContentText, sentinelWord) && !fallbackMayWin(doc, res, bound) {
		return res, nil
	}
	return trafilatura.ExtractDocument(doc, opts)
}

// When the text trafilatura keeps is too short it takes a cruder rescue
// (its baseline) instead, whose length says nothing of the extraction the
// fallbacks were compared with. The rescue takes first the articleBody of
// the page's JSON-LD scripts: the first run gets one more, whose text
// shows in the result when the rescue was taken. The script has no
// @type, so trafilatura's metadata does not read it, and no date; its
// extraction removes scripts.
const sentinelWord = "armswatchrescuesentinel"

func rescueSentinel() *html.Node {
	s := &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script,
		Attr: []html.Attribute{{Key: "type", Val: "application/ld+json"}}}
	s.AppendChild(&html.Node{Type: html.TextNode, Data: sentinelJSON})
	return s
}

var sentinelJSON = `{"articleBody":"` + strings.Repeat(sentinelWord+" ", 8) + `"}`

// fallbackMayWin reports whether trafilatura, run with its fallbacks,
// could have taken one of theirs instead of res (run without them);
// bound is doc's textBound.
func fallbackMayWin(doc *html.Node, res *trafilatura.ExtractResult, bound int) bool {
	n := utf8.RuneCountInString(res.ContentText)
	if n < minExtractedSize {
		return true
	}
	if bound > 2*n {
		return true
	}
	if bound <= 2*minExtractedSize {
		return false
	}
	// The borderline rule reads trafilatura's tree before its last
	// clean-up; the clean-up removes text and elements but adds none, so
	// no paragraph text after it means none before, and the tables it
	// had are among the page's.
	pText, paras := paragraphs(res.ContentNode)
	return pText == 0 || countTag(doc, atom.Table) > paras
}

// textBound is an upper bound of the length, in runes, of the text
// go-readability can find in doc: the text of every text node of the
// body (where it looks) outside scripts and styles (which it removes
// first), whitespace collapsed, with a space between nodes; inP is the
// part of it inside <p> elements.
func textBound(doc *html.Node) (bound, inP int) {
	if body := firstElement(doc, atom.Body); body != nil {
		doc = body
	}
	var walk func(*html.Node, bool)
	walk = func(x *html.Node, p bool) {
		switch x.Type {
		case html.TextNode:
			n := fieldsLen(x.Data) + 1
			bound += n
			if p {
				inP += n
			}
			return
		case html.ElementNode:
			if x.DataAtom == atom.Script || x.DataAtom == atom.Style {
				return
			}
			p = p || x.DataAtom == atom.P
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, p)
		}
	}
	walk(doc, false)
	return bound, inP
}

// fieldsLen is the length in runes of strings.Join(strings.Fields(s), " ").
func fieldsLen(s string) int {
	n, words, in := 0, 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			words++
			in = true
		}
		n++
	}
	if words > 1 {
		n += words - 1
	}
	return n
}

// paragraphs counts the <p> elements under n and the length of their
// text, as trafilatura's candidateIsUsable does (zero or not is what
// matters).
func paragraphs(n *html.Node) (text, count int) {
	if n == nil {
		return 0, 0
	}
	var walk func(*html.Node, bool)
	walk = func(x *html.Node, inP bool) {
		if x.Type == html.ElementNode && x.Data == "p" { // trafilatura renames elements without their atom
			count++
			inP = true
		}
		if inP && x.Type == html.TextNode {
			text += len(strings.TrimSpace(x.Data))
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP)
		}
	}
	walk(n, false)
	return text, count
}

func countTag(n *html.Node, a atom.Atom) int {
	c := 0
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && x.DataAtom == a {
			c++
		}
		for ch := x.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return c
}

// firstElement is the first element named a in document order, or nil.
func firstElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElement(c, a); f != nil {
			return f
		}
	}
	return nil
}
