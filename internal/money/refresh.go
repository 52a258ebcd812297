package money

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The published series a refresh reads.
const (
	WorldBankURL = "https://api.worldbank.org/v2/country/all/indicator/PA.NUS.FCRF?format=json&per_page=20000&date=1990:%d"
	// FREDCPIURL is BLS series CUUR0000SA0 as FRED republishes it
	// (CPIAUCNS, monthly, not seasonally adjusted); yearly averages are
	// taken over full years.
	FREDCPIURL = "https://fred.stlouisfed.org/graph/fredgraph.csv?id=CPIAUCNS"
)

// maxBody bounds what a refresh reads from one response.
const maxBody = 64 << 20

// ParseWorldBank reads a World Bank API v2 JSON answer for one indicator:
// [metadata, [observation…]]. It returns the values by country id (the
// API's two-letter id: "FR", "XC" for the euro area) and year; null values
// are left out. An API error message ([{"message": […]}]) is an error.
func ParseWorldBank(data []byte) (map[string]map[int]float64, error) {
	var parts []json.RawMessage
	if err := json.Unmarshal(data, &parts); err != nil {
		return nil, fmt.Errorf("world bank: not a JSON array: %w", err)
	}
	if len(parts) == 0 {
		return nil, errors.New("world bank: empty answer")
	}
	var meta struct {
		Message []struct {
			ID    string `json:"id"`
			Key   string `json:"key"`
			Value string `json:"value"`
		} `json:"message"`
	}
	if json.Unmarshal(parts[0], &meta) == nil && len(meta.Message) > 0 {
		m := meta.Message[0]
		return nil, fmt.Errorf("world bank: error %s: %s %s", m.ID, m.Key, strings.TrimSpace(m.Value))
	}
	if len(parts) < 2 {
		return nil, errors.New("world bank: no observations in the answer")
	}
	var obs []struct {
		Country struct {
			ID string `json:"id"`
		} `json:"country"`
		Date  string   `json:"date"`
		Value *float64 `json:"value"`
	}
	if err := json.Unmarshal(parts[1], &obs); err != nil {
		return nil, fmt.Errorf("world bank: observations: %w", err)
	}
	out := map[string]map[int]float64{}
	for i, o := range obs {
		if o.Value == nil {
			continue
		}
		y, err := parseYear(o.Date)
		if err != nil {
			return nil, fmt.Errorf("world bank: observation %d: date: %w", i, err)
		}
		v := *o.Value
		if !(v > 0) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("world bank: observation %d (%s %d): %v is not a positive rate", i, o.Country.ID, y, v)
		}
		id := strings.ToUpper(strings.TrimSpace(o.Country.ID))
		if id == "" {
			return nil, fmt.Errorf("world bank: observation %d: no country id", i)
		}
		if out[id] == nil {
			out[id] = map[int]float64{}
		}
		out[id][y] = v
	}
	if len(out) == 0 {
		return nil, errors.New("world bank: no values in the answer")
	}
	return out, nil
}

// ParseFREDMonthly reads a FRED graph CSV of a monthly series
// ("observation_date,SERIES" or "DATE,SERIES", then "YYYY-MM-DD,value";
// "." is a missing value) and returns the average of each year that has
// all twelve months.
func ParseFREDMonthly(data []byte) (map[int]float64, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.FieldsPerRecord = 2
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("fred: header: %w", err)
	}
	if h := strings.ToLower(head[0]); h != "observation_date" && h != "date" {
		return nil, fmt.Errorf("fred: header %q: want observation_date,SERIES", strings.Join(head, ","))
	}
	sum := map[int]float64{}
	months := map[int]map[int]bool{}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("fred: %w", err)
		}
		if line > 100000 {
			return nil, errors.New("fred: too many lines")
		}
		d, err := time.Parse("2006-01-02", strings.TrimSpace(rec[0]))
		if err != nil {
			return nil, fmt.Errorf("fred: line %d: date %q", line, rec[0])
		}
		s := strings.TrimSpace(rec[1])
		if s == "." || s == "" {
			continue
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || !(v > 0) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("fred: line %d: value %q is not a positive number", line, s)
		}
		y := d.Year()
		if months[y] == nil {
			months[y] = map[int]bool{}
		}
		if months[y][int(d.Month())] {
			return nil, fmt.Errorf("fred: line %d: %s twice", line, d.Format("2006-01"))
		}
		months[y][int(d.Month())] = true
		sum[y] += v
	}
	out := map[int]float64{}
	for y, m := range months {
		if len(m) == 12 {
			out[y] = math.Round(sum[y]/12*1000) / 1000
		}
	}
	if len(out) == 0 {
		return nil, errors.New("fred: no complete year")
	}
	return out, nil
}

// clone copies r.
func (r *Rates) clone() *Rates {
	c := &Rates{First: r.First, Last: r.Last, Header: append([]string(nil), r.Header...), rows: map[string]*rateRow{}}
	for k, row := range r.rows {
		c.rows[k] = &rateRow{series: row.series, vals: append([]cell(nil), row.vals...)}
	}
	return c
}

// extend makes the table cover years up to last.
func (r *Rates) extend(last int) {
	for ; r.Last < last; r.Last++ {
		for _, row := range r.rows {
			row.vals = append(row.vals, cell{})
		}
	}
}

// carry fills the years after the last firm value of vals (up to the
// table's end) with that value, provisional.
func carry(vals []cell) {
	last := -1
	for i, c := range vals {
		if c.v > 0 && !c.provisional {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(vals); i++ {
		vals[i] = cell{v: vals[last].v, provisional: true}
	}
}

// ApplyWorldBank puts the World Bank values wb (ParseWorldBank) into the
// rows whose series is "WB:<id>", recomputes the "EUR*k" rows from 1999 and
// carries the last published value into later years as provisional. It
// returns notes on what looks wrong: a value that moves by more than a
// factor of three from the one it replaces (a redenomination the table
// does not follow), a country the answer lacks.
func (r *Rates) ApplyWorldBank(wb map[string]map[int]float64, through int) (notes []string) {
	r.extend(through)
	for _, cur := range r.Currencies() {
		row := r.rows[cur]
		id, ok := strings.CutPrefix(row.series, "WB:")
		if !ok {
			continue
		}
		vals := wb[id]
		if len(vals) == 0 {
			notes = append(notes, fmt.Sprintf("%s: no values for country %s; kept", cur, id))
			continue
		}
		for y, v := range vals {
			if y < r.First || y > r.Last {
				continue
			}
			old := row.vals[y-r.First].v
			if old > 0 && (v/old > 3 || old/v > 3) {
				notes = append(notes, fmt.Sprintf("%s %d: %g replaces %g (check the currency unit)", cur, y, v, old))
			}
			row.vals[y-r.First] = cell{v: v}
		}
		carry(row.vals)
	}
	if eur := r.rows["EUR"]; eur != nil {
		for _, cur := range r.Currencies() {
			row := r.rows[cur]
			f, ok := strings.CutPrefix(row.series, "EUR*")
			if !ok {
				continue
			}
			k, err := strconv.ParseFloat(f, 64)
			if err != nil || !(k > 0) {
				notes = append(notes, fmt.Sprintf("%s: series %q: not a factor; kept", cur, row.series))
				continue
			}
			for y := max(1999, r.First); y <= r.Last; y++ {
				e := eur.vals[y-r.First]
				if e.v > 0 {
					row.vals[y-r.First] = cell{v: math.Round(e.v*k*1e4) / 1e4, provisional: e.provisional}
				}
			}
		}
	}
	return notes
}

// clone copies c.
func (c *CPI) clone() *CPI {
	return &CPI{First: c.First, Last: c.Last, Header: append([]string(nil), c.Header...), vals: append([]cell(nil), c.vals...)}
}

// ApplyAnnual puts yearly averages into the table, extends it through
// year through and carries the last value into later years, provisional.
func (c *CPI) ApplyAnnual(annual map[int]float64, through int) {
	for ; c.Last < through; c.Last++ {
		c.vals = append(c.vals, cell{})
	}
	for y, v := range annual {
		if y >= c.First && y <= c.Last {
			c.vals[y-c.First] = cell{v: v}
		}
	}
	carry(c.vals)
}

// RefreshResult says what a refresh wrote.
type RefreshResult struct {
	RatesFile, CPIFile string
	Countries, Years   int // World Bank countries and CPI years read
	Notes              []string
}

// Refresh downloads the World Bank exchange rates and the CPI, applies them
// to the embedded tables and writes rates.tsv and cpi.tsv into dir (each
// written to a temporary file and renamed). Each download has timeout.
func Refresh(ctx context.Context, client *http.Client, dir string, now time.Time, timeout time.Duration) (*RefreshResult, error) {
	year := now.Year()
	wbData, err := get(ctx, client, fmt.Sprintf(WorldBankURL, year), timeout)
	if err != nil {
		return nil, err
	}
	wb, err := ParseWorldBank(wbData)
	if err != nil {
		return nil, err
	}
	cpiData, err := get(ctx, client, FREDCPIURL, timeout)
	if err != nil {
		return nil, err
	}
	annual, err := ParseFREDMonthly(cpiData)
	if err != nil {
		return nil, err
	}
	date := now.UTC().Format("2006-01-02")
	rates := Default().clone()
	notes := rates.ApplyWorldBank(wb, year)
	rates.Header = []string{
		"Yearly average exchange rates: units of currency per US dollar.",
		"Source: World Bank, World Development Indicators, indicator PA.NUS.FCRF",
		"(\"Official exchange rate (LCU per US$, period average)\"), by country (the",
		"series column: WB:<World Bank country id>; XC is the euro area).",
		"Downloaded on " + date + " from " + fmt.Sprintf(WorldBankURL, year) + " by `armswatch rates refresh`.",
		"series \"EUR*k\": from 1999 the euro rate times the fixed conversion rate k.",
		"series \"none\": kept as they were (TWD: Central Bank of the Republic of China",
		"(Taiwan); VES: rescaled official rates, orders of magnitude; USD).",
		"A value ending in \"p\" is provisional: the last published value carried forward.",
	}
	cpi := DefaultCPI().clone()
	cpi.ApplyAnnual(annual, year)
	cpi.Header = []string{
		"US consumer price index for all urban consumers (CPI-U), U.S. city average,",
		"all items, not seasonally adjusted, 1982-84=100: annual averages of full years.",
		"Source: U.S. Bureau of Labor Statistics, series CUUR0000SA0, as FRED publishes it (CPIAUCNS).",
		"Downloaded on " + date + " from " + FREDCPIURL + " by `armswatch rates refresh`.",
		"A value ending in \"p\" is provisional: the last full year's value carried forward.",
	}
	res := &RefreshResult{RatesFile: filepath.Join(dir, "rates.tsv"), CPIFile: filepath.Join(dir, "cpi.tsv"),
		Countries: len(wb), Years: len(annual), Notes: notes}
	if err := writeFile(res.RatesFile, rates); err != nil {
		return nil, err
	}
	if err := writeFile(res.CPIFile, cpi); err != nil {
		return nil, err
	}
	return res, nil
}

func get(ctx context.Context, client *http.Client, url string, timeout time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "armswatch (rates refresh)")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get %s: %s", url, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", url, err)
	}
	if len(b) > maxBody {
		return nil, fmt.Errorf("get %s: answer larger than %d bytes", url, maxBody)
	}
	return b, nil
}

func writeFile(path string, t io.WriterTo) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := t.WriteTo(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
