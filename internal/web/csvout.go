package web

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/resolve"
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

// dealsLinkColumn is the column the web's SIPRI-layout CSV adds: the
// register filtered to each deal's facts (resolve's import skips it).
const dealsLinkColumn = "armswatch facts"

// writeSIPRILinked writes the transfer deals in SIPRI's layout
// (resolve.WriteSIPRI), after a byte order mark, with a last column
// linking each deal's facts in the register.
func (s *Server) writeSIPRILinked(w io.Writer, r *http.Request, deals []domain.Deal) error {
	var buf bytes.Buffer
	if err := resolve.WriteSIPRI(&buf, deals, s.countryName); err != nil {
		return err
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		return err
	}
	base := s.linkBase(r)
	var transfers []domain.Deal
	for _, d := range deals {
		if d.Type == domain.TypeTransfer { // the rows WriteSIPRI writes
			transfers = append(transfers, d)
		}
	}
	if len(rows) != len(transfers)+1 {
		return fmt.Errorf("deals CSV: %d rows for %d transfer deals", len(rows)-1, len(transfers))
	}
	writeBOM(w)
	cw := csv.NewWriter(w) // the cells are defused already (csvsafe)
	for i, row := range rows {
		link := dealsLinkColumn
		if i > 0 {
			link = base + s.dealFactsLink(transfers[i-1])
		}
		if err := cw.Write(append(row, link)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
