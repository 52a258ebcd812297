package web

import (
	"io"
	"net/http"
)

// Every CSV the server sends starts with a UTF-8 byte order mark (so that
// spreadsheets read Arabic, accents and "€" as UTF-8, not as the locale's
// code page) and its links are absolute (a CSV has no page to be relative
// to): under --base-url when the server has one, else the address the
// client asked for this download with (a link in a file the client itself
// downloads, never in a feed or webhook others read).

// utf8BOM is U+FEFF in UTF-8.
const utf8BOM = "\uFEFF"

// writeBOM starts a CSV body.
func writeBOM(w io.Writer) { _, _ = io.WriteString(w, utf8BOM) }

// linkBase is what a download's local links start with.
func (s *Server) linkBase(r *http.Request) string {
	if s.opts.BaseURL != "" {
		return s.opts.BaseURL
	}
	return baseURL(r)
}
