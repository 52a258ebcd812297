package domain

import (
	"cmp"
	"slices"
)

// TableCell is one partner's value and fact count in one year, as a store
// aggregates them for a Table.
type TableCell struct {
	Party   string
	Year    int
	Value   float64
	Facts   int
	LeftOut int
}

// MakeTable lays out cells as q asks: a column per year from q.Since (else
// the first year of the cells) to q.Until (else the last), cells outside
// left out; a row per partner, largest total first (by q.By), then by
// code; column totals and the grand total.
func MakeTable(q TableQuery, cells []TableCell) *Table {
	t := &Table{By: q.By, Rows: []TableRow{}, Years: []int{}, Totals: []float64{}}
	if t.By == "" {
		t.By = "value"
	}
	first, last := q.Since, q.Until
	for _, c := range cells {
		if q.Since <= 0 && (first <= 0 || c.Year < first) {
			first = c.Year
		}
		if q.Until <= 0 && c.Year > last {
			last = c.Year
		}
	}
	if first <= 0 || last < first {
		return t
	}
	for y := first; y <= last; y++ {
		t.Years = append(t.Years, y)
	}
	t.Totals = make([]float64, len(t.Years))
	idx := map[string]int{}
	for _, c := range cells {
		if c.Year < first || c.Year > last {
			continue
		}
		i, ok := idx[c.Party]
		if !ok {
			i = len(t.Rows)
			idx[c.Party] = i
			t.Rows = append(t.Rows, TableRow{Party: c.Party, Cells: make([]float64, len(t.Years))})
		}
		v := c.Value
		if t.By == "count" {
			v = float64(c.Facts)
		}
		r := &t.Rows[i]
		r.Cells[c.Year-first] += v
		r.Total += v
		r.LeftOut += c.LeftOut
		t.Totals[c.Year-first] += v
		t.Total += v
		t.LeftOut += c.LeftOut
	}
	slices.SortFunc(t.Rows, func(a, b TableRow) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		return cmp.Compare(a.Party, b.Party)
	})
	return t
}
