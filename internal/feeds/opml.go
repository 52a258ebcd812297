package feeds

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// Outline is one subscription of an OPML file.
type Outline struct {
	Title string
	URL   string
}

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

// ReadOPML returns the feeds of an OPML subscription list, folders
// flattened, in document order, each URL once. It reads at most 10 MiB.
func ReadOPML(r io.Reader) ([]Outline, error) {
	dec := xml.NewDecoder(io.LimitReader(r, 10<<20))
	dec.Strict = false
	var doc opmlDoc
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("OPML: %w", err)
	}
	var out []Outline
	seen := map[string]bool{}
	var walk func([]opmlOutline, int)
	walk = func(os []opmlOutline, depth int) {
		if depth > 32 {
			return
		}
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" && !seen[u] {
				seen[u] = true
				t := o.Title
				if t == "" {
					t = o.Text
				}
				out = append(out, Outline{Title: strings.TrimSpace(t), URL: u})
			}
			walk(o.Outlines, depth+1)
		}
	}
	walk(doc.Body, 0)
	return out, nil
}

// WriteOPML writes feeds as an OPML 2.0 subscription list.
func WriteOPML(w io.Writer, feeds []domain.Feed) error {
	doc := opmlDoc{Version: "2.0", Title: "armswatch feeds"}
	for _, f := range feeds {
		t := f.Title
		if t == "" {
			t = f.URL
		}
		doc.Body = append(doc.Body, opmlOutline{Text: t, Title: t, Type: "rss", XMLURL: f.URL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
