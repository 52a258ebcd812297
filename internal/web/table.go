package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	fx "github.com/armswatch/armswatch/internal/money"
	"github.com/armswatch/armswatch/internal/tablefmt"
)

// This file holds the partner-by-year table (/table, its CSV and XLSX
// downloads, /api/v1/table) and what the totals say they leave out.

// leftOut adds up the stated amounts a ranking's values leave out.
func leftOut(rows []rankRow) int {
	n := 0
	for _, r := range rows {
		n += r.LeftOut
	}
	return n
}

// LeftOut is the stated amounts the ranking's values leave out.
func (d rankingsData) LeftOut() int { return leftOut(d.Rows) }

// TableForm is the query string of the ranking's table by year.
func (d rankingsData) TableForm() string {
	by := d.Query.By
	if by == "" {
		by = "value"
	}
	return tableForm(domain.TableQuery{Supplier: d.Query.Supplier, Recipient: d.Query.Recipient, By: by,
		Since: d.Query.Since, Until: d.Query.Until, Constant: d.Query.Constant, MinConfidence: d.Query.MinConfidence})
}

// pairLeftOut counts the stated amounts of a pair's transfers and totals
// that have no dollar value (the pair's ranking row says it).
func (s *Server) pairLeftOut(ctx context.Context, sup, rec string) (int, error) {
	rows, err := cachedQuery(ctx, s, "rank", domain.RankQuery{Supplier: sup, Recipient: rec, By: "value", Limit: 1}, s.st.Rank)
	if err != nil || len(rows) == 0 {
		return 0, err
	}
	return rows[0].LeftOut, nil
}

// constantParam reads a base year of constant dollars (0 when absent): a
// year the CPI covers.
func constantParam(q url.Values) (int, error) {
	c := fx.DefaultCPI()
	y, err := intParam(q, "constant", 1900, 2100, 0)
	if err != nil || y == 0 {
		return y, err
	}
	if _, _, ok := c.Index(y); !ok {
		return 0, badParam("constant", "no US CPI for %d (covered: %d to %d)", y, c.First, c.Last)
	}
	return y, nil
}

// errNoTables is the answer of a register that cannot make tables.
var errNoTables = errors.New("this register cannot make tables")

type tableData struct {
	Form    url.Values
	Query   domain.TableQuery
	Meta    tablefmt.Meta
	Unit    string
	Note    string
	Table   *domain.Table
	Rows    []tableRowView
	Totals  []string
	Total   string
	CSV     string
	XLSX    string
	JSON    string
	Missing bool // the form has no supplier or recipient yet
}

type tableRowView struct {
	Name, Link string
	Cells      []string
	Total      string
}

func (s *Server) tableQuery(q url.Values) (domain.TableQuery, error) {
	var tq domain.TableQuery
	var err error
	if v := q.Get("supplier"); v != "" {
		if tq.Supplier, err = s.country("supplier", v); err != nil {
			return tq, err
		}
	}
	if v := q.Get("recipient"); v != "" {
		if tq.Recipient, err = s.country("recipient", v); err != nil {
			return tq, err
		}
	}
	if tq.By, err = oneOf(q, "by", []string{"value", "count"}); err != nil {
		return tq, err
	}
	if tq.By == "" {
		tq.By = "value"
	}
	if tq.Since, err = intParam(q, "since", 1900, 2100, 0); err != nil {
		return tq, err
	}
	if tq.Until, err = intParam(q, "until", 1900, 2100, 0); err != nil {
		return tq, err
	}
	if tq.Since > 0 && tq.Until > 0 && (tq.Until < tq.Since || tq.Until-tq.Since >= 100) {
		return tq, badParam("until", "want at most 100 years from since")
	}
	if tq.Constant, err = constantParam(q); err != nil {
		return tq, err
	}
	if tq.MinConfidence, err = confidenceParam(q, "min_confidence"); err != nil {
		return tq, err
	}
	return tq, nil
}

// table runs tq on the register.
func (s *Server) table(ctx context.Context, tq domain.TableQuery) (*domain.Table, error) {
	tb, ok := s.st.(domain.Tabler)
	if !ok {
		return nil, errNoTables
	}
	return cachedQuery(ctx, s, "table", tq, tb.Table)
}

var hostRE = regexp.MustCompile(`^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$`)

// baseURL is the scheme and host the request came to, for the absolute
// links of downloads; "" when the Host header is not a plain host.
func baseURL(r *http.Request) string {
	if !hostRE.MatchString(r.Host) {
		return ""
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (s *Server) tableMeta(tq domain.TableQuery, base string) tablefmt.Meta {
	m := tablefmt.Meta{Name: s.countryName, Constant: tq.Constant, Side: "Recipient"}
	switch {
	case tq.Supplier != "" && tq.Recipient != "":
		m.Title = "Transfers from " + s.countryName(tq.Supplier) + " to " + s.countryName(tq.Recipient) + " by year"
	case tq.Supplier != "":
		m.Title = "Recipients of arms from " + s.countryName(tq.Supplier) + " by year"
	default:
		m.Side = "Supplier"
		m.Title = "Suppliers of arms to " + s.countryName(tq.Recipient) + " by year"
	}
	if tq.By == "count" {
		m.Title += " (facts)"
	}
	m.Link = func(code string) string {
		sup, rec := tq.Supplier, code
		if tq.Supplier == "" {
			sup, rec = code, tq.Recipient
		}
		return base + "/pairs/" + url.PathEscape(sup) + "/" + url.PathEscape(rec)
	}
	return m
}

// tableForm is the query string of tq, for the download links.
func tableForm(tq domain.TableQuery) string {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	set("supplier", tq.Supplier)
	set("recipient", tq.Recipient)
	set("by", tq.By)
	set("since", num(tq.Since))
	set("until", num(tq.Until))
	set("constant", num(tq.Constant))
	if tq.MinConfidence > 0 {
		set("min_confidence", strconv.FormatFloat(tq.MinConfidence, 'f', -1, 64))
	}
	return v.Encode()
}

func (s *Server) tablePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	tq, err := s.tableQuery(q)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	d := tableData{Form: q, Query: tq}
	if tq.Supplier == "" && tq.Recipient == "" {
		d.Missing = true
		s.render(w, r, http.StatusOK, "table", view{Title: "Table by year", Nav: "rankings", D: d})
		return
	}
	t, err := s.table(r.Context(), tq)
	if err != nil {
		s.handleErr(w, r, err, false)
		return
	}
	d.Table, d.Meta = t, s.tableMeta(tq, "")
	d.Unit, d.Note = tablefmt.Unit(t, tq.Constant), tablefmt.LeftOutNote(t)
	cell := func(v float64) string {
		switch {
		case v == 0:
			return ""
		case t.By == "count":
			return strconv.FormatFloat(v, 'f', 0, 64)
		}
		return money(v)
	}
	for _, row := range t.Rows {
		rv := tableRowView{Name: s.countryName(row.Party), Link: d.Meta.Link(row.Party), Total: cell(row.Total)}
		for _, v := range row.Cells {
			rv.Cells = append(rv.Cells, cell(v))
		}
		d.Rows = append(d.Rows, rv)
	}
	for _, v := range t.Totals {
		d.Totals = append(d.Totals, cell(v))
	}
	d.Total = cell(t.Total)
	form := tableForm(tq)
	d.CSV, d.XLSX, d.JSON = "/table.csv?"+form, "/table.xlsx?"+form, "/api/v1/table?"+form
	s.render(w, r, http.StatusOK, "table", view{Title: "Table by year", Nav: "rankings", D: d})
}

// tableDownload answers /table.csv and /table.xlsx.
func (s *Server) tableDownload(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tq, err := s.tableQuery(r.URL.Query())
		if err == nil && tq.Supplier == "" && tq.Recipient == "" {
			err = badParam("supplier", "a supplier or a recipient is needed")
		}
		if err != nil {
			s.handleErr(w, r, err, true)
			return
		}
		t, err := s.table(r.Context(), tq)
		if err != nil {
			s.handleErr(w, r, err, true)
			return
		}
		base := s.linkBase(r)
		m := s.tableMeta(tq, base)
		m.Source = base + "/table?" + tableForm(tq)
		name := "armswatch-table-" + strings.ToLower(tq.Supplier+tq.Recipient) + "-" + tq.By
		var buf bytes.Buffer
		switch format {
		case "xlsx":
			err = tablefmt.WriteXLSX(&buf, t, m)
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		default:
			err = tablefmt.WriteCSV(&buf, t, m)
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		}
		if err != nil {
			s.handleErr(w, r, fmt.Errorf("table %s: %w", format, err), true)
			return
		}
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.`+format+`"`)
		_, _ = w.Write(buf.Bytes())
	}
}

func (s *Server) apiTable(w http.ResponseWriter, r *http.Request) {
	tq, err := s.tableQuery(r.URL.Query())
	if err == nil && tq.Supplier == "" && tq.Recipient == "" {
		err = badParam("supplier", "a supplier or a recipient is needed")
	}
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	t, err := s.table(r.Context(), tq)
	if err != nil {
		s.handleErr(w, r, err, true)
		return
	}
	names := map[string]string{}
	for _, row := range t.Rows {
		names[row.Party] = s.countryName(row.Party)
	}
	writeJSON(w, http.StatusOK, map[string]any{"title": s.tableMeta(tq, "").Title, "unit": tablefmt.Unit(t, tq.Constant),
		"constant": tq.Constant, "table": t, "names": names})
}
