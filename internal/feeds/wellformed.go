package feeds

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// checkXML reports why an XML document is not well-formed (nil when it
// is): a syntax error, a tag closed by another, an unclosed element, or
// anything but blanks, comments and processing instructions after the root
// element. HTML's named entities (&nbsp;) are accepted, as feeds use them.
// gofeed is lenient and reads such a document as a feed with no items; this
// tells "no items" from "not a feed".
func checkXML(body []byte) error {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if roots == 0 {
				return errors.New("no root element")
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if roots > 1 {
					line, _ := d.InputPos()
					return fmt.Errorf("line %d: a second root element <%s> after the first one ended", line, t.Name.Local)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && strings.TrimSpace(string(t)) != "" {
				line, _ := d.InputPos()
				return fmt.Errorf("line %d: text outside the root element", line)
			}
		}
	}
}

// looksXML reports whether a body is XML rather than JSON Feed.
func looksXML(body []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(b) > 0 && b[0] == '<'
}
