package feeds

import (
	"strings"
	"testing"
)

// Broken XML that gofeed reads as a feed without items is an error that
// says why; a valid empty feed is not.
func TestParseFeedInvalidXML(t *testing.T) {
	item := `<item><title>a</title><link>https://a.example/1</link></item>`
	for _, tt := range []struct {
		name, body, err string
	}{
		{"mismatched tag before the items", `<rss version="2.0"><channel><title>x</foo>` + item + `</channel></rss>`, "closed by"},
		{"RSS 1.0 with a broken title", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>x</titl></channel>` + item + `</rdf:RDF>`, "closed by"},
		{"items after the root", `<rss version="2.0"><channel><title>x</title></channel></rss>` + item, "second root"},
		{"two roots", `<rss version="2.0"><channel><title>x</title></channel></rss><rss><channel>` + item + `</channel></rss>`, "second root"},
		{"text after the root", `<rss version="2.0"><channel><title>x</title></channel></rss> trailing junk`, "outside the root"},
		{"empty but valid", `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>caf` + "\xe9" + ` &amp; &nbsp;</title></channel></rss>`, ""},
		{"empty Atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>` + "\n<!-- end -->\n", ""},
	} {
		f, err := parseFeed([]byte(tt.body))
		switch {
		case tt.err == "" && (err != nil || f == nil || len(f.Items) != 0):
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err) || !strings.Contains(err.Error(), "not well-formed")):
			t.Errorf("%s: err = %v, want one about %q", tt.name, err, tt.err)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{
		`<rss version="2.0"><channel><title>x</title><item><title>a</title><link>https://a.example/1</link></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`,
		`<rss version="2.0"><channel><title>x</foo></channel></rss>`,
		`{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1","url":"https://a.example/1"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := parseFeed(body)
		if err != nil {
			return
		}
		if feed == nil {
			t.Fatal("nil feed without error")
		}
		if len(feed.Items) == 0 && looksXML(body) {
			if err := checkXML(body); err != nil {
				t.Fatalf("accepted a broken feed with no items: %v", err)
			}
		}
	})
}
