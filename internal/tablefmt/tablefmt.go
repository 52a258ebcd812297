// Package tablefmt owns how a partner-by-year table (domain.Table) is laid
// out for people and spreadsheets: the heading, the cells as text, the
// CSV export (UTF-8 with a byte-order mark, cells defused by
// internal/csvsafe, absolute links) and the XLSX export (excelize, cells
// written as values, never as formulas). The CLI's `armswatch table` and
// the web's /table page both use it.
package tablefmt

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/armswatch/armswatch/internal/csvsafe"
	"github.com/armswatch/armswatch/internal/domain"
)

// Meta is what a table's export says about it besides its cells.
type Meta struct {
	Title    string              // "Recipients of United States arms by year"
	Side     string              // heading of the partner column: "Recipient" or "Supplier"
	Name     func(string) string // a partner's name, from its code (nil: the code)
	Link     func(string) string // an absolute link for a partner's row (nil: none)
	Constant int                 // base year of constant dollars, 0: current dollars
	Source   string              // where the table came from (an absolute URL or a command)
}

// Unit says what the cells count.
func Unit(t *domain.Table, constant int) string {
	switch {
	case t.By == "count":
		return "facts (count)"
	case constant > 0:
		return fmt.Sprintf("US dollars of %d (constant, US CPI)", constant)
	}
	return "US dollars (current, converted at each year's average rate)"
}

// LeftOutNote is the sentence that says what the totals leave out, or "".
func LeftOutNote(t *domain.Table) string {
	if t.By == "count" || t.LeftOut == 0 {
		return ""
	}
	return fmt.Sprintf("Left out of the values: %d stated amount(s) with no US dollar value (no exchange rate or CPI for their currency or year).", t.LeftOut)
}

// Header is the table's heading row.
func Header(t *domain.Table, m Meta) []string {
	side := m.Side
	if side == "" {
		side = "Partner"
	}
	h := []string{side, "Code"}
	for _, y := range t.Years {
		h = append(h, strconv.Itoa(y))
	}
	return append(h, "Total")
}

// Cell formats one value for text: a count, or dollars in full.
func Cell(t *domain.Table, v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(math.Round(v), 'f', 0, 64)
}

func name(m Meta, code string) string {
	if m.Name != nil {
		if n := m.Name(code); n != "" {
			return n
		}
	}
	return code
}

// Records are the table's rows as text: the heading, a row per partner and
// the totals row.
func Records(t *domain.Table, m Meta) [][]string {
	out := [][]string{Header(t, m)}
	for _, r := range t.Rows {
		row := []string{name(m, r.Party), r.Party}
		for _, v := range r.Cells {
			row = append(row, Cell(t, v))
		}
		out = append(out, append(row, Cell(t, r.Total)))
	}
	total := []string{"Total", ""}
	for _, v := range t.Totals {
		total = append(total, Cell(t, v))
	}
	return append(out, append(total, Cell(t, t.Total)))
}

// WriteCSV writes the table as CSV: a byte-order mark (spreadsheets then
// read UTF-8), the records, a link column when m.Link is set, then a
// blank line and lines saying the unit, what was left out and the source.
// Every cell goes through csvsafe.
func WriteCSV(w io.Writer, t *domain.Table, m Meta) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csvsafe.NewWriter(w)
	recs := Records(t, m)
	for i, rec := range recs {
		if m.Link != nil {
			switch {
			case i == 0:
				rec = append(rec, "Link")
			case i <= len(t.Rows):
				rec = append(rec, m.Link(t.Rows[i-1].Party))
			default:
				rec = append(rec, "")
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	var notes [][]string
	notes = append(notes, nil, []string{"Unit", Unit(t, m.Constant)})
	if m.Title != "" {
		notes = append(notes, []string{"Table", m.Title})
	}
	if n := LeftOutNote(t); n != "" {
		notes = append(notes, []string{"Left out", n})
	}
	if m.Source != "" {
		notes = append(notes, []string{"Source", m.Source})
	}
	for _, n := range notes {
		if n == nil {
			n = []string{""}
		}
		if err := cw.Write(n); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteXLSX writes the table as an XLSX workbook of one sheet: numbers as
// numbers, text as text (defused, and written as values: excelize never
// makes a formula of a value), links as hyperlinks, then the notes.
func WriteXLSX(w io.Writer, t *domain.Table, m Meta) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Table"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	set := func(col, row int, v any) error {
		cell, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			return err
		}
		if s, ok := v.(string); ok {
			return f.SetCellStr(sheet, cell, csvsafe.Cell(s))
		}
		return f.SetCellValue(sheet, cell, v)
	}
	row := 1
	for i, h := range Header(t, m) {
		if err := set(i+1, row, h); err != nil {
			return err
		}
	}
	if m.Link != nil {
		if err := set(len(t.Years)+4, row, "Link"); err != nil {
			return err
		}
	}
	num := func(v float64) any {
		if v == 0 {
			return ""
		}
		return math.Round(v)
	}
	for _, r := range t.Rows {
		row++
		vals := []any{name(m, r.Party), r.Party}
		for _, v := range r.Cells {
			vals = append(vals, num(v))
		}
		vals = append(vals, num(r.Total))
		for i, v := range vals {
			if err := set(i+1, row, v); err != nil {
				return err
			}
		}
		if m.Link != nil {
			link := m.Link(r.Party)
			col := len(vals) + 1
			if err := set(col, row, link); err != nil {
				return err
			}
			if strings.HasPrefix(link, "https://") || strings.HasPrefix(link, "http://") {
				cell, _ := excelize.CoordinatesToCellName(col, row)
				if err := f.SetCellHyperLink(sheet, cell, link, "External"); err != nil {
					return err
				}
			}
		}
	}
	row++
	vals := []any{"Total", ""}
	for _, v := range t.Totals {
		vals = append(vals, num(v))
	}
	vals = append(vals, num(t.Total))
	for i, v := range vals {
		if err := set(i+1, row, v); err != nil {
			return err
		}
	}
	row++
	for _, n := range [][2]string{{"Unit", Unit(t, m.Constant)}, {"Table", m.Title}, {"Left out", LeftOutNote(t)}, {"Source", m.Source}} {
		if n[1] == "" {
			continue
		}
		row++
		if err := set(1, row, n[0]); err != nil {
			return err
		}
		if err := set(2, row, n[1]); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
