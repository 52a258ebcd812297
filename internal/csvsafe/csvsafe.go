// Package csvsafe writes CSV that spreadsheets open without running any
// of it: a cell that starts with =, +, -, @, a tab or a carriage return
// (and is not a plain number) is prefixed with an apostrophe, so that
// evidence sentences, system names and sources taken from the web cannot
// become formulas. Every CSV export of armswatch, CLI and web alike, goes
// through it.
package csvsafe

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// Cell defuses one cell.
func Cell(c string) string {
	if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return c
	}
	if _, err := strconv.ParseFloat(c, 64); err == nil {
		return c // "-12.5" is a number, not a formula
	}
	return "'" + c
}

// Row defuses every cell of a row, in place, and returns it.
func Row(row []string) []string {
	for i, c := range row {
		row[i] = Cell(c)
	}
	return row
}

// Writer is a csv.Writer whose rows are defused.
type Writer struct{ *csv.Writer }

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{csv.NewWriter(w)} }

// Write defuses and writes one row.
func (w *Writer) Write(row []string) error { return w.Writer.Write(Row(row)) }
