package clean

import (
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

var fallbackPages = []struct {
	name, page string
	fast       bool // whether extract keeps its first run
}{
	{"article", `<html><head><title>Poland orders tanks</title><meta property="article:published_time" content="2022-07-27"></head><body>
<header><a href="/">Daily</a></header><article><h1>Poland orders tanks</h1>
<p>Poland signed a framework agreement with South Korea for 1,000 K2 tanks, the defence ministry said on Wednesday in Warsaw after months of talks.</p>
<p>The first batch of 180 tanks is worth about $3.37 billion and deliveries are due to start this year, officials added in a statement to reporters.</p>
<p>The deal also covers 648 K9 howitzers and 48 FA-50 light combat aircraft, a package that makes Seoul one of Warsaw's main suppliers.</p>
</article></body></html>`, true},
	{"short", `<html><head><title>Brief</title></head><body><p>Egypt received two Rafale jets.</p></body></html>`, false},
	{"rescued", `<html><head><title>Notice</title><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The ministry announced the delivery of four patrol boats to the navy of Senegal, built in France, and the training of their crews over two years."}</script></head><body><div>Menu</div></body></html>`, false},
	{"text in divs", `<html><head><title>Report</title></head><body><div class="menu"><a href="/a">World</a> <a href="/b">Politics</a> <a href="/c">Business</a></div>
<div id="main"><div>The government of Chile approved the purchase of ten F-16 fighter jets from the Netherlands on Monday.<br><br>The aircraft, which served with the Dutch air force, will be delivered over three years.<br><br>Officials said the contract is worth about 250 million euros including spare parts, training and support.<br><br>The opposition criticised the deal as too expensive for a country without external threats.</div></div>
<div class="links"><a href="/1">One</a> <a href="/2">Two</a></div></body></html>`, false}, // no paragraphs: one run, with the fallbacks
}

// TestExtractAsWithFallbacks: extract gives what trafilatura gives with its
// fallbacks, running them only where they could win.
func TestExtractAsWithFallbacks(t *testing.T) {
	opts := trafilatura.Options{ExcludeComments: true, EnableFallback: true, HtmlDateMode: trafilatura.Fast}
	for _, tc := range fallbackPages {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			want, werr := trafilatura.ExtractDocument(doc, opts)
			got, gerr := extract(doc, opts)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("errors %v, want %v", gerr, werr)
			}
			if werr != nil {
				return
			}
			if got.ContentText != want.ContentText || blockText(got.ContentNode) != blockText(want.ContentNode) ||
				got.Metadata.Title != want.Metadata.Title || !got.Metadata.Date.Equal(want.Metadata.Date) || got.Metadata.Language != want.Metadata.Language {
				t.Errorf("got %q (%s, %v, %s)\nwant %q (%s, %v, %s)", got.ContentText, got.Metadata.Title, got.Metadata.Date, got.Metadata.Language,
					want.ContentText, want.Metadata.Title, want.Metadata.Date, want.Metadata.Language)
			}
			// the first run alone, as extract makes it
			fast := opts
			fast.FallbackCandidates = noFallbacks
			s := rescueSentinel()
			firstElementNamed(doc, "head").AppendChild(s)
			first, err := trafilatura.ExtractDocument(doc, fast)
			s.Parent.RemoveChild(s)
			bound, inP := textBound(doc)
			kept := 2*inP >= bound && err == nil && !strings.Contains(first.ContentText, sentinelWord) && !fallbackMayWin(doc, first, bound)
			if kept != tc.fast {
				t.Errorf("first run kept: %v, want %v", kept, tc.fast)
			}
		})
	}
}

func firstElementNamed(n *html.Node, name string) *html.Node {
	if n.Type == html.ElementNode && n.Data == name {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElementNamed(c, name); f != nil {
			return f
		}
	}
	return nil
}
