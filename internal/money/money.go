// Package money owns armswatch's conversion of amounts to US dollars: the
// embedded yearly average exchange rates (units of currency per US dollar,
// World Bank WDI indicator PA.NUS.FCRF, the ECB for the euro) and the US
// consumer price index (BLS CPI-U, series CUUR0000SA0) that turns dollars of
// one year into constant dollars of another, the parsers of those tables
// and of the published series they are refreshed from, and the refresh
// itself (`armswatch rates refresh`). It knows nothing of facts or storage:
// the pipeline asks it for a rate, the reports for a deflator.
package money

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/rates.tsv
var ratesTSV string

//go:embed data/cpi.tsv
var cpiTSV string

// Rates is a table of yearly average exchange rates: units of each currency
// per US dollar, for every year of [First, Last].
type Rates struct {
	First, Last int
	Header      []string // the comment lines at the top, without "# "
	rows        map[string]*rateRow
}

type rateRow struct {
	series string // "WB:<country id>", "EUR*<factor>" or "none"
	vals   []cell // index: year - First
}

// cell is one yearly value; 0 means none.
type cell struct {
	v           float64
	provisional bool
}

// CPI is a table of US consumer price index annual averages.
type CPI struct {
	First, Last int
	Header      []string
	vals        []cell
}

var defaults = sync.OnceValues(func() (*Rates, *CPI) {
	r, err := ParseRates(strings.NewReader(ratesTSV))
	if err != nil {
		panic("money: embedded rates: " + err.Error())
	}
	c, err := ParseCPI(strings.NewReader(cpiTSV))
	if err != nil {
		panic("money: embedded CPI: " + err.Error())
	}
	return r, c
})

// Default is the embedded exchange-rate table.
func Default() *Rates { r, _ := defaults(); return r }

// DefaultCPI is the embedded CPI table.
func DefaultCPI() *CPI { _, c := defaults(); return c }

// ToUSD converts amount of currency (ISO 4217, any case) at the yearly
// average rate of year, with the embedded table. ok is false when the
// currency or the year is not covered; a US dollar amount is returned as
// it is for any year.
func ToUSD(amount float64, currency string, year int) (usd float64, ok bool) {
	return Default().ToUSD(amount, currency, year)
}

// Constant turns usd, dollars of fromYear, into constant dollars of
// baseYear through the embedded CPI. ok is false when either year is not
// covered.
func Constant(usd float64, fromYear, baseYear int) (float64, bool) {
	f, ok := DefaultCPI().Factor(fromYear, baseYear)
	if !ok {
		return 0, false
	}
	return usd * f, true
}

// Currencies are the currencies the embedded table covers, sorted.
func Currencies() []string { return Default().Currencies() }

// Years is the range of years the embedded exchange rates cover.
func Years() (first, last int) { r := Default(); return r.First, r.Last }

// ToUSD converts amount of currency at year's average rate.
func (r *Rates) ToUSD(amount float64, currency string, year int) (float64, bool) {
	cur := strings.ToUpper(strings.TrimSpace(currency))
	if cur == "USD" {
		return amount, true
	}
	rate, _, ok := r.Rate(cur, year)
	if !ok {
		return 0, false
	}
	return amount / rate, true
}

// Rate is the yearly average rate of currency (units per US dollar) in
// year, and whether that value is provisional.
func (r *Rates) Rate(currency string, year int) (rate float64, provisional, ok bool) {
	row := r.rows[strings.ToUpper(currency)]
	if row == nil || year < r.First || year > r.Last {
		return 0, false, false
	}
	c := row.vals[year-r.First]
	return c.v, c.provisional, c.v > 0
}

// Series is where currency's rates are refreshed from: "WB:<country id>",
// "EUR*<fixed conversion rate>" or "none".
func (r *Rates) Series(currency string) string {
	if row := r.rows[strings.ToUpper(currency)]; row != nil {
		return row.series
	}
	return ""
}

// Currencies are the table's currencies, sorted.
func (r *Rates) Currencies() []string {
	out := make([]string, 0, len(r.rows))
	for c := range r.rows {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// Index is the CPI of year.
func (c *CPI) Index(year int) (v float64, provisional, ok bool) {
	if year < c.First || year > c.Last {
		return 0, false, false
	}
	x := c.vals[year-c.First]
	return x.v, x.provisional, x.v > 0
}

// Factor is what dollars of fromYear are multiplied by to be dollars of
// baseYear.
func (c *CPI) Factor(fromYear, baseYear int) (float64, bool) {
	from, _, ok1 := c.Index(fromYear)
	base, _, ok2 := c.Index(baseYear)
	if !ok1 || !ok2 {
		return 0, false
	}
	return base / from, true
}

// Factors are the CPI factors to baseYear of every covered year, by year.
// ok is false when baseYear is not covered.
func (c *CPI) Factors(baseYear int) (map[int]float64, bool) {
	if _, _, ok := c.Index(baseYear); !ok {
		return nil, false
	}
	out := make(map[int]float64, c.Last-c.First+1)
	for y := c.First; y <= c.Last; y++ {
		if f, ok := c.Factor(y, baseYear); ok {
			out[y] = f
		}
	}
	return out, true
}

// Limits of what the parsers accept.
const (
	minYear  = 1900
	maxYear  = 2200
	maxLines = 10000
)

// ParseRates reads a rates table: "#" comment lines, a header line
// "currency<TAB>series<TAB>year…" with consecutive years, then one line per
// currency. A value is a positive number, optionally ending in "p"
// (provisional); "" or "-" is no value. Errors name the line.
func ParseRates(rd io.Reader) (*Rates, error) {
	r := &Rates{rows: map[string]*rateRow{}}
	var years []int
	n := 0
	err := scanTSV(rd, func(line int, comment string, f []string) error {
		if f == nil {
			if years == nil {
				r.Header = append(r.Header, comment)
			}
			return nil
		}
		if n++; n > maxLines {
			return fmt.Errorf("line %d: more than %d lines", line, maxLines)
		}
		if years == nil {
			if len(f) < 3 || f[0] != "currency" || f[1] != "series" {
				return fmt.Errorf("line %d: want a header \"currency<TAB>series<TAB>years…\"", line)
			}
			ys, err := parseYears(f[2:])
			if err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			years, r.First, r.Last = ys, ys[0], ys[len(ys)-1]
			return nil
		}
		cur := f[0]
		if !isCode(cur) {
			return fmt.Errorf("line %d: %q is not a currency code (three capital letters)", line, cur)
		}
		if r.rows[cur] != nil {
			return fmt.Errorf("line %d: currency %s twice", line, cur)
		}
		if len(f) != len(years)+2 {
			return fmt.Errorf("line %d: %s: %d values for %d years", line, cur, len(f)-2, len(years))
		}
		row := &rateRow{series: f[1], vals: make([]cell, len(years))}
		for i, s := range f[2:] {
			c, err := parseCell(s)
			if err != nil {
				return fmt.Errorf("line %d: %s %d: %w", line, cur, years[i], err)
			}
			row.vals[i] = c
		}
		r.rows[cur] = row
		return nil
	})
	if err != nil {
		return nil, err
	}
	if years == nil {
		return nil, fmt.Errorf("no header line")
	}
	return r, nil
}

// ParseCPI reads a CPI table: "#" comment lines, a header "year<TAB>cpi",
// then "YEAR<TAB>VALUE" lines for consecutive years.
func ParseCPI(rd io.Reader) (*CPI, error) {
	c := &CPI{}
	header := false
	n := 0
	err := scanTSV(rd, func(line int, comment string, f []string) error {
		if f == nil {
			if !header {
				c.Header = append(c.Header, comment)
			}
			return nil
		}
		if n++; n > maxLines {
			return fmt.Errorf("line %d: more than %d lines", line, maxLines)
		}
		if !header {
			if len(f) != 2 || f[0] != "year" || f[1] != "cpi" {
				return fmt.Errorf("line %d: want a header \"year<TAB>cpi\"", line)
			}
			header = true
			return nil
		}
		if len(f) != 2 {
			return fmt.Errorf("line %d: want YEAR<TAB>VALUE", line)
		}
		y, err := parseYear(f[0])
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		if c.vals == nil {
			c.First = y
		} else if y != c.Last+1 {
			return fmt.Errorf("line %d: year %d after %d", line, y, c.Last)
		}
		v, err := parseCell(f[1])
		if err != nil {
			return fmt.Errorf("line %d: %d: %w", line, y, err)
		}
		c.vals = append(c.vals, v)
		c.Last = y
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(c.vals) == 0 {
		return nil, fmt.Errorf("no CPI values")
	}
	return c, nil
}

// scanTSV calls fn for each non-empty line: with the comment text (f nil)
// for a "#" line, else with the tab-separated fields.
func scanTSV(rd io.Reader, fn func(line int, comment string, f []string) error) error {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(s) == "":
			continue
		case strings.HasPrefix(s, "#"):
			if err := fn(line, strings.TrimPrefix(strings.TrimPrefix(s, "#"), " "), nil); err != nil {
				return err
			}
			continue
		}
		f := strings.Split(s, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(line, "", f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	return nil
}

func parseYears(f []string) ([]int, error) {
	out := make([]int, len(f))
	for i, s := range f {
		y, err := parseYear(s)
		if err != nil {
			return nil, err
		}
		if i > 0 && y != out[i-1]+1 {
			return nil, fmt.Errorf("year %d after %d (years must be consecutive)", y, out[i-1])
		}
		out[i] = y
	}
	return out, nil
}

func parseYear(s string) (int, error) {
	y, err := strconv.Atoi(s)
	if err != nil || y < minYear || y > maxYear {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	return y, nil
}

func parseCell(s string) (cell, error) {
	if s == "" || s == "-" {
		return cell{}, nil
	}
	var c cell
	if t, ok := strings.CutSuffix(s, "p"); ok {
		s, c.provisional = t, true
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !(v > 0) || math.IsInf(v, 0) {
		return cell{}, fmt.Errorf("%q is not a positive number", s)
	}
	c.v = v
	return c, nil
}

func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, c := range []byte(s) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// formatCell writes a value as the tables hold it.
func formatCell(c cell) string {
	if c.v <= 0 {
		return "-"
	}
	s := strconv.FormatFloat(c.v, 'g', 6, 64)
	if strings.ContainsAny(s, "e") {
		s = strconv.FormatFloat(c.v, 'f', -1, 64)
	}
	if c.provisional {
		s += "p"
	}
	return s
}

// WriteTo writes the table in the format ParseRates reads.
func (r *Rates) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	for _, h := range r.Header {
		b.WriteString(strings.TrimRight("# "+h, " ") + "\n")
	}
	b.WriteString("currency\tseries")
	for y := r.First; y <= r.Last; y++ {
		fmt.Fprintf(&b, "\t%d", y)
	}
	b.WriteString("\n")
	for _, c := range r.Currencies() {
		row := r.rows[c]
		b.WriteString(c + "\t" + row.series)
		for _, v := range row.vals {
			b.WriteString("\t" + formatCell(v))
		}
		b.WriteString("\n")
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// WriteTo writes the table in the format ParseCPI reads.
func (c *CPI) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	for _, h := range c.Header {
		b.WriteString(strings.TrimRight("# "+h, " ") + "\n")
	}
	b.WriteString("year\tcpi\n")
	for i, v := range c.vals {
		fmt.Fprintf(&b, "%d\t%s\n", c.First+i, formatCell(v))
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// ToUSDOrLatest is ToUSD for a year that may be unknown (0) or beyond the
// table: such amounts are converted at the latest year's rate. Reviewers'
// corrections use it, where the fact may carry no year of its own.
func ToUSDOrLatest(amount float64, currency string, year int) (usd float64, ok bool) {
	if _, last := Years(); year <= 0 || year > last {
		year = last
	}
	return ToUSD(amount, currency, year)
}
