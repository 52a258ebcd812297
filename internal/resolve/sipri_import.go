package resolve

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file reads SIPRI trade registers, the reference layer deals are
// compared with (MarkReference), in both layouts SIPRI publishes:
//
//   - the current CSV of the Arms Transfers Database: "SIPRI AT Database
//     ID", "Supplier", "Recipient", "Designation", "Description",
//     "Armament category", "Order date", "Order date is estimate",
//     "Numbers delivered", …, "TIV deal unit", "TIV delivery values";
//   - the classic trade register: "Recipient", "Supplier", "Year of
//     order", "", "Number ordered", "", "Weapon designation", "Weapon
//     description", "Number delivered", "", "Year(s) of delivery",
//     "status", "Comments", "SIPRI TIV per unit", "SIPRI TIV for total
//     order", "SIPRI TIV of delivered weapons", where an unnamed column
//     holds the estimate mark ("?") of the column before it.
//
// Title and note lines may come before the header and after the table;
// the separator may be a comma, a semicolon or a tab; the text may be
// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark
// (spreadsheet "Unicode text") or Windows-1252.

// Layouts of a SIPRI trade register.
const (
	SIPRICurrent = "current"
	SIPRIClassic = "classic"
)

// MaxSIPRIBytes bounds the size of a register ReadSIPRIRegister reads.
const MaxSIPRIBytes = 64 << 20

// sipriHeaderLines is how far down ReadSIPRIRegister looks for the header.
const sipriHeaderLines = 60

// SIPRIProblem is a row of a register that could not be read.
type SIPRIProblem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

func (p SIPRIProblem) String() string { return fmt.Sprintf("line %d: %s", p.Line, p.Reason) }

// SIPRIRegister is what ReadSIPRIRegister found in a register.
type SIPRIRegister struct {
	Layout string           `json:"layout"`
	Rows   []domain.RefDeal `json:"rows"`
	// Problems are the rows that could not be read, and why.
	Problems []SIPRIProblem `json:"problems,omitempty"`
	// UnknownColumns are header columns that mean nothing to armswatch
	// (they are ignored).
	UnknownColumns []string `json:"unknown_columns,omitempty"`
	// NonStates counts, by name, the suppliers and recipients that name no
	// state armswatch knows: non-state actors and organisations (SIPRI
	// marks them * and **) or names missing from the lexicon. Their rows
	// are kept, with the name.
	NonStates map[string]int `json:"non_states,omitempty"`
	// Notes counts the title, note and footer lines around the table.
	Notes int `json:"notes"`
}

// sipriFields maps the header cells of either layout (folded: lower case,
// single spaces) to the field they hold.
var sipriFields = func() map[string]string {
	m := map[string]string{}
	for f, names := range map[string][]string{
		"id":            {"sipri at database id", "deal id", "sipri id", "id"},
		"supplier":      {"supplier", "supplier (s)", "exporter"},
		"recipient":     {"recipient", "importer"},
		"designation":   {"designation", "weapon designation"},
		"description":   {"description", "weapon description"},
		"category":      {"armament category", "weapon category", "category"},
		"order":         {"order date", "year of order", "year(s) of order", "order year", "year of order/licence"},
		"order_est":     {"order date is estimate"},
		"ordered":       {"numbers ordered", "number ordered", "no. ordered", "no ordered"},
		"delivered":     {"numbers delivered", "number delivered", "no. delivered", "no delivered"},
		"delivered_est": {"numbers delivered is estimate"},
		"delivery":      {"delivery year", "year(s) of delivery", "year(s) of deliveries", "years of delivery", "delivery years"},
		"delivery_est":  {"delivery year is estimate"},
		"status":        {"status"},
		"comment":       {"comments", "comment"},
		"tiv_unit":      {"tiv deal unit", "sipri tiv per unit", "tiv per unit"},
		"tiv_total":     {"sipri tiv for total order", "tiv for total order", "tiv deal total"},
		"tiv_delivered": {"tiv delivery values", "sipri tiv of delivered weapons", "tiv of delivered weapons"},
		"ignore":        {"sipri estimate", "local production"},
	} {
		for _, n := range names {
			m[n] = f
		}
	}
	return m
}()

// estimateOf names the estimate mark that an unnamed column after a field
// holds in the classic layout.
var estimateOf = map[string]string{"order": "order_est", "ordered": "ordered_est", "delivered": "delivered_est", "delivery": "delivery_est"}

// ReadSIPRIRegister reads a SIPRI trade register in either layout. code
// turns a country name into the party code deals use and says whether it
// names a state (nil: every name is kept as it is). It fails, naming what
// it could not read, when the input is not text, has no header with
// Supplier and Recipient columns, or has no row it can read; rows it
// cannot read otherwise are reported in Problems.
func ReadSIPRIRegister(r io.Reader, code func(name string) (string, bool)) (*SIPRIRegister, error) {
	if code == nil {
		code = func(s string) (string, bool) { return s, true }
	}
	raw, err := io.ReadAll(io.LimitReader(r, MaxSIPRIBytes+1))
	if err != nil {
		return nil, fmt.Errorf("SIPRI register: %w", err)
	}
	if len(raw) > MaxSIPRIBytes {
		return nil, fmt.Errorf("SIPRI register: larger than %d MiB", MaxSIPRIBytes>>20)
	}
	text, err := sipriText(raw)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	hl, comma, header := findSIPRIHeader(lines)
	if hl < 0 {
		first := ""
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				first = clipRunes(strings.TrimSpace(l), 80)
				break
			}
		}
		return nil, fmt.Errorf("SIPRI register: no header line with Supplier and Recipient columns in the first %d lines (first line: %q)", sipriHeaderLines, first)
	}
	reg := &SIPRIRegister{Layout: SIPRIClassic, NonStates: map[string]int{}, Notes: hl}
	col := map[string]int{}
	prev := ""
	for i, h := range header {
		k := foldHeader(h)
		switch f, ok := sipriFields[k]; {
		case k == "" && estimateOf[prev] != "":
			col[estimateOf[prev]] = i
			prev = ""
		case k == "":
			prev = ""
		case ok:
			if _, dup := col[f]; !dup {
				col[f] = i
			}
			prev = f
		case isArmswatchColumn(h):
			prev = ""
		default:
			reg.UnknownColumns = append(reg.UnknownColumns, strings.TrimSpace(h))
			prev = ""
		}
	}
	if _, ok := col["id"]; ok {
		reg.Layout = SIPRICurrent
	} else if _, ok := col["category"]; ok {
		reg.Layout = SIPRICurrent
	}

	cr := csv.NewReader(strings.NewReader(strings.Join(lines[hl+1:], "\n")))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	// The classic register may name a recipient once for its group of
	// rows; the current one may give a deal one row per delivery year.
	recipient := ""
	byID := map[string]int{} // index in reg.Rows of each deal id
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		line += hl + 1
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				reg.Problems = append(reg.Problems, SIPRIProblem{Line: pe.StartLine + hl + 1, Reason: pe.Err.Error()})
				continue
			}
			return nil, fmt.Errorf("SIPRI register: line %d: %w", line, err)
		}
		ref, problem, note := sipriRow(rec, col, reg.Layout, &recipient)
		switch {
		case note:
			reg.Notes++
			continue
		case problem != "":
			reg.Problems = append(reg.Problems, SIPRIProblem{Line: line, Reason: problem})
			continue
		}
		if ref.ID == "" {
			ref.ID = "row-" + strconv.Itoa(line)
		} else if i, ok := byID[ref.ID]; ok {
			// The current layout may give a deal one row per year of
			// deliveries: they add up.
			mergeRef(&reg.Rows[i], ref)
			continue
		}
		if strings.Trim(ref.Supplier, "* ") == "" || strings.Trim(ref.Recipient, "* ") == "" {
			reg.Problems = append(reg.Problems, SIPRIProblem{Line: line, Reason: "a supplier or recipient without a name"})
			continue
		}
		for _, p := range []*string{&ref.Supplier, &ref.Recipient} {
			name := strings.TrimSpace(*p)
			if c, ok := code(name); ok && c != "" {
				*p = c
			} else {
				reg.NonStates[name]++
				*p = strings.TrimSpace(strings.TrimRight(name, "*"))
			}
		}
		if !strings.HasPrefix(ref.ID, "row-") {
			byID[ref.ID] = len(reg.Rows)
		}
		reg.Rows = append(reg.Rows, ref)
	}
	if len(reg.Rows) == 0 {
		msg := "no row of deals could be read"
		if len(reg.Problems) > 0 {
			msg += fmt.Sprintf(" (%d could not: %s)", len(reg.Problems), reg.Problems[0])
		}
		return reg, fmt.Errorf("SIPRI register (%s layout, header on line %d): %s", reg.Layout, hl+1, msg)
	}
	if len(reg.NonStates) > 0 {
		states := 0
		for _, r := range reg.Rows {
			if code2(r.Supplier) && code2(r.Recipient) {
				states++
			}
		}
		if states == 0 {
			return reg, fmt.Errorf("SIPRI register: no row names two states armswatch knows (unknown names: %s)", strings.Join(topNames(reg.NonStates, 5), ", "))
		}
	}
	return reg, nil
}

// code2 reports whether a party of a read row is a state's code.
func code2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// topNames are the most frequent names of m, at most n.
func topNames(m map[string]int, n int) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if m[names[i]] != m[names[j]] {
			return m[names[i]] > m[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > n {
		names = names[:n]
	}
	for i, k := range names {
		names[i] = strconv.Quote(k)
	}
	return names
}

// sipriText decodes a register's bytes into text.
func sipriText(raw []byte) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("SIPRI register: bad UTF-16: %w", err)
		}
		raw = b
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	}
	if !utf8.Valid(raw) {
		b, err := charmap.Windows1252.NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("SIPRI register: neither UTF-8 nor Windows-1252 text: %w", err)
		}
		raw = b
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", errors.New("SIPRI register: not a text file (it holds NUL bytes; a spreadsheet must be saved as CSV)")
	}
	return strings.TrimPrefix(string(raw), "\ufeff"), nil
}

// findSIPRIHeader finds the header line among the first lines: the first
// that, split by a comma, a semicolon or a tab, has both a supplier and a
// recipient column. It returns its index (-1: none), separator and cells.
func findSIPRIHeader(lines []string) (int, rune, []string) {
	for i, l := range lines {
		if i >= sipriHeaderLines {
			break
		}
		for _, comma := range []rune{',', ';', '\t'} {
			if !strings.ContainsRune(l, comma) {
				continue
			}
			cr := csv.NewReader(strings.NewReader(l))
			cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = comma, true, -1
			cells, err := cr.Read()
			if err != nil {
				continue
			}
			var s, r bool
			for _, c := range cells {
				switch sipriFields[foldHeader(c)] {
				case "supplier":
					s = true
				case "recipient":
					r = true
				}
			}
			if s && r {
				return i, comma, cells
			}
		}
	}
	return -1, 0, nil
}

// foldHeader is a header cell as sipriFields names it.
func foldHeader(h string) string {
	h = strings.TrimPrefix(h, "\ufeff")
	return strings.ToLower(strings.Join(strings.Fields(h), " "))
}

// isArmswatchColumn reports whether h is a column WriteSIPRI adds after
// SIPRI's, so that an export reads back without complaint.
func isArmswatchColumn(h string) bool {
	// "armswatch facts" is the web's extra column: each deal's facts.
	for _, c := range append(SIPRIExtraColumns[:len(SIPRIExtraColumns):len(SIPRIExtraColumns)], "armswatch facts") {
		if strings.EqualFold(strings.TrimSpace(h), c) {
			return true
		}
	}
	return false
}

// sipriRow reads one row. recipient carries the classic layout's group
// recipient from row to row. A note is a title, note or footer line; a
// problem says why the row cannot be read.
func sipriRow(rec []string, col map[string]int, layout string, recipient *string) (ref domain.RefDeal, problem string, note bool) {
	get := func(f string) string {
		if i, ok := col[f]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	filled := 0
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			filled++
		}
	}
	if filled == 0 {
		return ref, "", true
	}
	sup, rcp := get("supplier"), get("recipient")
	if filled == 1 {
		// A title, a note, a footer; in the classic layout a recipient
		// alone on its line heads its group of rows.
		if layout == SIPRIClassic && rcp != "" {
			*recipient = rcp
		}
		return ref, "", true
	}
	desig, desc := get("designation"), get("description")
	if layout == SIPRIClassic {
		if rcp == "" && sup != "" && (desig != "" || desc != "") {
			rcp = *recipient
		} else if rcp != "" {
			*recipient = rcp
		}
	}
	if sup == "" && rcp == "" {
		if filled <= 2 {
			return ref, "", true // a title, a note, a footer
		}
		return ref, "no supplier and no recipient", false
	}
	switch {
	case sup == "":
		return ref, "no supplier", false
	case rcp == "":
		return ref, "no recipient", false
	case desig == "" && desc == "":
		return ref, "no weapon designation or description", false
	}
	ref = domain.RefDeal{ID: get("id"), Supplier: sup, Recipient: rcp, Designation: desig, Description: desc,
		Category: categoryFromSIPRI(get("category")), Status: get("status"), Comment: get("comment"),
		DeliveryYears: get("delivery")}
	var est bool
	if ref.OrderYear, est, problem = sipriYear(get("order")); problem != "" {
		return ref, "order year: " + problem, false
	}
	ref.OrderEstimate = est || sipriYes(get("order_est"))
	if ref.Ordered, est, problem = sipriInt(get("ordered")); problem != "" {
		return ref, "number ordered: " + problem, false
	}
	ref.OrderedEst = est || sipriYes(get("ordered_est"))
	if ref.Delivered, est, problem = sipriInt(get("delivered")); problem != "" {
		return ref, "number delivered: " + problem, false
	}
	ref.DeliveredEst = est || sipriYes(get("delivered_est"))
	ref.DeliveryYearEs = sipriYes(get("delivery_est")) || strings.ContainsAny(ref.DeliveryYears, "()?")
	for _, t := range []struct {
		f   string
		dst *float64
	}{{"tiv_unit", &ref.TIVUnit}, {"tiv_total", &ref.TIVTotal}, {"tiv_delivered", &ref.TIVDelivered}} {
		if *t.dst, problem = sipriFloat(get(t.f)); problem != "" {
			return ref, strings.ReplaceAll(t.f, "_", " ") + ": " + problem, false
		}
	}
	return ref, "", false
}

// mergeRef adds another row of the same deal (a later year of deliveries)
// to r.
func mergeRef(r *domain.RefDeal, o domain.RefDeal) {
	r.Delivered += o.Delivered
	r.DeliveredEst = r.DeliveredEst || o.DeliveredEst
	r.TIVDelivered += o.TIVDelivered
	if o.DeliveryYears != "" && !strings.Contains(r.DeliveryYears, o.DeliveryYears) {
		if r.DeliveryYears != "" {
			r.DeliveryYears += "; "
		}
		r.DeliveryYears += o.DeliveryYears
	}
	r.Ordered = max(r.Ordered, o.Ordered)
	r.TIVUnit = max(r.TIVUnit, o.TIVUnit)
	r.TIVTotal = max(r.TIVTotal, o.TIVTotal)
	if r.OrderYear == 0 {
		r.OrderYear, r.OrderEstimate = o.OrderYear, o.OrderEstimate
	}
	if o.Status != "" {
		r.Status = o.Status
	}
}

// sipriYes reads an estimate mark: "Yes", "?", "(", "*".
func sipriYes(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "yes" || s == "y" || s == "true" || s == "?" || s == "(" || s == ")" || s == "*" || s == "est" || s == "est."
}

// sipriNone reports whether a cell states no figure.
func sipriNone(s string) bool {
	switch strings.ToLower(s) {
	case "", "n.a.", "na", "n/a", "-", "..", "unknown":
		return true
	}
	return false
}

// sipriInt reads a number: "18", "(18)" or "18?" (estimates), "1,200".
func sipriInt(s string) (n int, est bool, problem string) {
	if sipriNone(s) {
		return 0, false, ""
	}
	t := strings.Trim(s, "()? ")
	est = t != s
	t = strings.ReplaceAll(strings.ReplaceAll(t, ",", ""), "\u00a0", "")
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 || n > 10_000_000 {
		return 0, false, fmt.Sprintf("%q is not a number", clipRunes(s, 40))
	}
	return n, est, ""
}

// sipriYear reads a year: "2021", "(2021)" or "2021?" (estimates), or the
// year of a date ("2021-03-05").
func sipriYear(s string) (y int, est bool, problem string) {
	if sipriNone(s) {
		return 0, false, ""
	}
	t := strings.Trim(s, "()? ")
	est = t != s
	if len(t) > 4 && (t[4] == '-' || t[4] == '/') {
		t = t[:4]
	}
	y, err := strconv.Atoi(t)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false, fmt.Sprintf("%q is not a year", clipRunes(s, 40))
	}
	return y, est, ""
}

// sipriFloat reads a TIV: "28", "1,234.5", "0.5".
func sipriFloat(s string) (float64, string) {
	if sipriNone(s) {
		return 0, ""
	}
	t := strings.ReplaceAll(strings.Trim(s, "()? "), ",", "")
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || v > 1e9 || v != v {
		return 0, fmt.Sprintf("%q is not a number", clipRunes(s, 40))
	}
	return v, ""
}

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// ReadSIPRI reads a SIPRI trade register (either layout, see
// ReadSIPRIRegister) and returns its rows. code turns a country name into
// the party code deals use (nil: names as they are); a row whose supplier
// or recipient it cannot name (code returns the name itself) is kept with
// the name.
func ReadSIPRI(r io.Reader, code func(string) string) ([]domain.RefDeal, error) {
	var c func(string) (string, bool)
	if code != nil {
		c = func(n string) (string, bool) {
			v := code(n)
			return v, v != "" && v != strings.TrimSpace(n)
		}
	}
	reg, err := ReadSIPRIRegister(r, c)
	if err != nil {
		return nil, err
	}
	return reg.Rows, nil
}
