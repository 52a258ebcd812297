package money

import (
	"bytes"
	"context"
	"io"
	"math"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/extract"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// Published yearly averages (World Bank PA.NUS.FCRF / ECB), within 1%.
func TestPublishedRates(t *testing.T) {
	for _, tc := range []struct {
		cur  string
		year int
		want float64
	}{
		{"EUR", 2015, 0.9015},
		{"EUR", 2008, 0.6827},
		{"EUR", 2022, 0.9496},
		{"GBP", 2010, 0.647},
		{"GBP", 2016, 0.741},
		{"JPY", 2012, 79.8},
		{"INR", 2020, 74.1},
		{"CNY", 2015, 6.227},
		{"KRW", 1998, 1401.4},
		{"CHF", 2011, 0.888},
		{"FRF", 1995, 4.99},
		{"FRF", 2001, 1.1175 * 6.55957},
		{"DEM", 1990, 1.616},
		{"XOF", 2019, 0.8933 * 655.957},
		{"SAR", 2020, 3.75},
		{"AED", 2024, 3.6725},
		{"TRY", 2022, 16.55},
		{"EGP", 2017, 17.78},
	} {
		got, _, ok := Default().Rate(tc.cur, tc.year)
		if !ok || math.Abs(got-tc.want)/tc.want > 0.01 {
			t.Errorf("%s %d = %v (%v), want %v", tc.cur, tc.year, got, ok, tc.want)
		}
	}
}

// Every currency the extractor can emit has a rate for every year from
// 1990 to this year; a new currency without rates fails here.
func TestEveryExtractorCurrencyCovered(t *testing.T) {
	first, last := Years()
	if first > 1990 || last < time.Now().Year() {
		t.Fatalf("years %d..%d, want 1990..%d at least", first, last, time.Now().Year())
	}
	curs := extract.Currencies(lexicon.Default())
	if len(curs) < 30 {
		t.Fatalf("extractor currencies: %v, want the lexicon's too", curs)
	}
	for _, c := range append(curs, "FRF", "DEM") {
		for y := 1990; y <= time.Now().Year(); y++ {
			if _, ok := ToUSD(1, c, y); !ok {
				t.Errorf("%s %d: no rate", c, y)
			}
		}
	}
}

func TestToUSD(t *testing.T) {
	for _, tc := range []struct {
		amount float64
		cur    string
		year   int
		want   float64
		ok     bool
	}{
		{16e9, "EUR", 2021, 16e9 / 0.8455, true},
		{16e9, "eur", 2021, 16e9 / 0.8455, true},
		{5e8, "USD", 1850, 5e8, true},
		{1e6, "EUR", 1989, 0, false},
		{1e6, "EUR", 2200, 0, false},
		{1e6, "XYZ", 2020, 0, false},
		{1e6, "", 2020, 0, false},
	} {
		got, ok := ToUSD(tc.amount, tc.cur, tc.year)
		if ok != tc.ok || math.Abs(got-tc.want) > 1 {
			t.Errorf("ToUSD(%v, %q, %d) = %v, %v; want %v, %v", tc.amount, tc.cur, tc.year, got, ok, tc.want, tc.ok)
		}
	}
}

func TestConstant(t *testing.T) {
	got, ok := Constant(100, 2015, 2024)
	if want := 100 * 313.689 / 237.017; !ok || math.Abs(got-want) > 1e-9 {
		t.Errorf("Constant(100, 2015, 2024) = %v, %v; want %v", got, ok, want)
	}
	if got, ok := Constant(100, 2024, 2024); !ok || got != 100 {
		t.Errorf("same year: %v %v", got, ok)
	}
	if _, ok := Constant(100, 1950, 2024); ok {
		t.Error("1950 covered?")
	}
	if _, ok := Constant(100, 2020, 2300); ok {
		t.Error("base 2300 covered?")
	}
	// the index rises every year of the range but 2009
	c := DefaultCPI()
	for y := c.First + 1; y <= c.Last; y++ {
		a, _, _ := c.Index(y - 1)
		b, _, ok := c.Index(y)
		if !ok || (b < a && y != 2009) {
			t.Errorf("CPI %d = %v after %v", y, b, a)
		}
	}
}

// The embedded tables write back to what they were read from.
func TestRoundTrip(t *testing.T) {
	var b strings.Builder
	if _, err := Default().WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	again, err := ParseRates(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Default().Currencies() {
		for y := again.First; y <= again.Last; y++ {
			a, pa, _ := Default().Rate(c, y)
			b, pb, _ := again.Rate(c, y)
			if math.Abs(a-b)/a > 1e-5 || pa != pb {
				t.Errorf("%s %d: %v%v -> %v%v", c, y, a, pa, b, pb)
			}
		}
	}
	var cb strings.Builder
	if _, err := DefaultCPI().WriteTo(&cb); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseCPI(strings.NewReader(cb.String())); err != nil {
		t.Fatal(err)
	}
}

func TestParseRatesErrors(t *testing.T) {
	for name, in := range map[string]string{
		"no header":     "# only comments\n",
		"bad header":    "cur\tseries\t2020\n",
		"gap in years":  "currency\tseries\t2020\t2022\nEUR\tWB:XC\t1\t1\n",
		"bad code":      "currency\tseries\t2020\neur\tWB:XC\t1\n",
		"short row":     "currency\tseries\t2020\t2021\nEUR\tWB:XC\t1\n",
		"negative":      "currency\tseries\t2020\nEUR\tWB:XC\t-1\n",
		"not a number":  "currency\tseries\t2020\nEUR\tWB:XC\tabc\n",
		"twice":         "currency\tseries\t2020\nEUR\tWB:XC\t1\nEUR\tWB:XC\t1\n",
		"year too big":  "currency\tseries\t99999\nEUR\tWB:XC\t1\n",
		"infinite rate": "currency\tseries\t2020\nEUR\tWB:XC\tInf\n",
	} {
		if _, err := ParseRates(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	for name, in := range map[string]string{
		"no header": "2020\t1\n",
		"gap":       "year\tcpi\n2020\t1\n2022\t1\n",
		"bad value": "year\tcpi\n2020\tx\n",
		"empty":     "year\tcpi\n",
	} {
		if _, err := ParseCPI(strings.NewReader(in)); err == nil {
			t.Errorf("cpi %s: no error", name)
		}
	}
}

func TestParseWorldBank(t *testing.T) {
	data, err := os.ReadFile("testdata/wb.json")
	if err != nil {
		t.Fatal(err)
	}
	wb, err := ParseWorldBank(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := wb["XC"][2015]; got != 0.901658 {
		t.Errorf("XC 2015 = %v", got)
	}
	if _, ok := wb["XC"][2016]; ok {
		t.Error("a null value was kept")
	}
	r := Default().clone()
	notes := r.ApplyWorldBank(wb, 2027)
	if v, p, _ := r.Rate("EUR", 2015); v != 0.901658 || p {
		t.Errorf("EUR 2015 after refresh = %v %v", v, p)
	}
	if v, _, _ := r.Rate("FRF", 2015); math.Abs(v-0.901658*6.55957) > 1e-3 {
		t.Errorf("FRF 2015 after refresh = %v", v)
	}
	if v, p, _ := r.Rate("EUR", 2027); !p || v != 0.9239 {
		t.Errorf("EUR 2027 after refresh = %v %v, want 2024's value carried, provisional", v, p)
	}
	var sawTRY bool
	for _, n := range notes {
		sawTRY = sawTRY || strings.HasPrefix(n, "TRY 2010")
	}
	if !sawTRY {
		t.Errorf("no note on TRY's old-lira value: %v", notes)
	}
	for name, in := range map[string]string{
		"not json": "<html>",
		"empty":    "[]",
		"error":    `[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]`,
		"no obs":   `[{"page":1}]`,
		"no vals":  `[{"page":1},[]]`,
		"bad date": `[{"page":1},[{"country":{"id":"FR"},"date":"20x5","value":1}]]`,
		"negative": `[{"page":1},[{"country":{"id":"FR"},"date":"2015","value":-1}]]`,
	} {
		if _, err := ParseWorldBank([]byte(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestParseFREDMonthly(t *testing.T) {
	data, err := os.ReadFile("testdata/cpiaucns.csv")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseFREDMonthly(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := a[2023]; math.Abs(got-304.702) > 0.001 {
		t.Errorf("2023 = %v, want 304.702 (BLS annual average)", got)
	}
	if _, ok := a[2024]; ok {
		t.Error("an incomplete year was averaged")
	}
	c := DefaultCPI().clone()
	c.ApplyAnnual(map[int]float64{2025: 330}, 2027)
	if v, p, _ := c.Index(2027); v != 330 || !p {
		t.Errorf("2027 = %v %v, want 2025's value, provisional", v, p)
	}
	for name, in := range map[string]string{
		"header":   "a,b\n2020-01-01,1\n",
		"date":     "DATE,X\n2020-13-01,1\n",
		"value":    "DATE,X\n2020-01-01,abc\n",
		"twice":    "DATE,X\n2020-01-01,1\n2020-01-01,1\n",
		"no years": "DATE,X\n2020-01-01,1\n",
	} {
		if _, err := ParseFREDMonthly([]byte(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzParseRates(f *testing.F) {
	f.Add(ratesTSV)
	f.Add("currency\tseries\t2020\nEUR\tWB:XC\t0.9p\n")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRates(strings.NewReader(s))
		if err != nil {
			return
		}
		var b strings.Builder
		if _, err := r.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if _, err := ParseRates(strings.NewReader(b.String())); err != nil {
			t.Fatalf("written table does not parse: %v\n%s", err, b.String())
		}
	})
}

func FuzzParseCPI(f *testing.F) {
	f.Add(cpiTSV)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCPI(strings.NewReader(s))
		if err != nil {
			return
		}
		if f, ok := c.Factor(c.First, c.Last); ok && !(f > 0) {
			t.Fatalf("factor %v", f)
		}
	})
}

func FuzzParseWorldBank(f *testing.F) {
	data, _ := os.ReadFile("testdata/wb.json")
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		wb, err := ParseWorldBank(b)
		if err != nil {
			return
		}
		for id, ys := range wb {
			for y, v := range ys {
				if !(v > 0) || y < minYear || y > maxYear || id == "" {
					t.Fatalf("%s %d = %v", id, y, v)
				}
			}
		}
	})
}

func FuzzParseFREDMonthly(f *testing.F) {
	data, _ := os.ReadFile("testdata/cpiaucns.csv")
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseFREDMonthly(b)
		if err != nil {
			return
		}
		for y, v := range a {
			if !(v > 0) {
				t.Fatalf("%d = %v", y, v)
			}
		}
	})
}

// fixtures serves the refresh's two downloads from testdata.
type fixtures map[string]string

func (f fixtures) RoundTrip(r *http.Request) (*http.Response, error) {
	for prefix, file := range f {
		if strings.HasPrefix(r.URL.String(), prefix) {
			b, err := os.ReadFile(file)
			if err != nil {
				return nil, err
			}
			return &http.Response{StatusCode: 200, Status: "200 OK", Body: io.NopCloser(bytes.NewReader(b)), Header: http.Header{}, Request: r}, nil
		}
	}
	return &http.Response{StatusCode: 404, Status: "404 Not Found", Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}, Request: r}, nil
}

func TestRefresh(t *testing.T) {
	dir := t.TempDir()
	client := &http.Client{Transport: fixtures{
		"https://api.worldbank.org/":   "testdata/wb.json",
		"https://fred.stlouisfed.org/": "testdata/cpiaucns.csv",
	}}
	res, err := Refresh(context.Background(), client, dir, time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	rf, err := os.Open(res.RatesFile)
	if err != nil {
		t.Fatal(err)
	}
	defer rf.Close()
	r, err := ParseRates(rf)
	if err != nil {
		t.Fatal(err)
	}
	if v, _, _ := r.Rate("EUR", 2015); v != 0.901658 {
		t.Errorf("EUR 2015 = %v", v)
	}
	if r.Last != 2027 {
		t.Errorf("rates end in %d, want 2027", r.Last)
	}
	if !strings.Contains(strings.Join(r.Header, "\n"), "Downloaded on 2027-03-01") {
		t.Errorf("header does not date the download: %q", r.Header)
	}
	cf, err := os.ReadFile(res.CPIFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseCPI(bytes.NewReader(cf))
	if err != nil {
		t.Fatal(err)
	}
	if v, p, _ := c.Index(2027); !p || v != 313.689 {
		t.Errorf("CPI 2027 = %v %v, want 2024's value carried (the fixture has no later full year)", v, p)
	}
	// a failing download writes nothing
	bad := &http.Client{Transport: fixtures{}}
	dir2 := t.TempDir()
	if _, err := Refresh(context.Background(), bad, dir2, time.Now(), time.Second); err == nil {
		t.Error("refresh with a 404: no error")
	}
	if entries, _ := os.ReadDir(dir2); len(entries) != 0 {
		t.Errorf("a failed refresh wrote %v", entries)
	}
}
