package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// benchStore generates a register of ARMSWATCH_BENCH_FACTS facts (default
// 100000), five per document, and benchLongDocs documents of several
// megabytes, in a temporary file, or in ARMSWATCH_BENCH_DB, which is kept
// and reused when it exists. It is loaded in one transaction (BulkLoad) and
// reports how long that took.
func benchStore(b *testing.B) *sqlite.Store {
	b.Helper()
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("ARMSWATCH_BENCH_FACTS")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	path := os.Getenv("ARMSWATCH_BENCH_DB")
	reuse := false
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	} else if _, err := os.Stat(path); err == nil {
		reuse = true
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if reuse {
		return st
	}
	rng := rand.New(rand.NewPCG(1, 2))
	// Suppliers and recipients are drawn with a skew, as in the real trade:
	// a few large suppliers, a long tail of recipients.
	sup := []string{"US", "RU", "FR", "CN", "DE", "IT", "GB", "ES", "IL", "KR", "TR", "NL", "SE", "UA", "CH", "CA", "AU", "BR", "ZA", "IN", "NO", "PL", "CZ", "BY", "JP"}
	var rec []string
	for _, c := range []string{"IN", "SA", "EG", "AU", "CN", "DZ", "KR", "QA", "PK", "AE", "JP", "IQ", "TR", "ID", "IL", "GB", "SG", "VN", "MA", "NG", "BR", "PL", "TW", "GR", "TH", "MY", "PH", "BD", "KZ", "AZ", "OM", "KW", "JO", "CL", "CO", "PE", "MX", "AR", "VE", "EC", "KE", "ET", "TZ", "UG", "AO", "ZM", "SN", "CI", "GH", "CM", "ML", "BF", "NE", "TD", "SD", "LY", "TN", "RO", "BG", "HU", "SK", "FI", "EE", "LV", "LT", "HR", "RS", "PT", "BE", "DK", "IE", "NZ", "LK", "MM", "NP", "AF", "UZ", "TM", "KG", "TJ", "GE", "AM", "BH", "YE", "LB", "SY", "IR", "RW", "MZ", "BW", "NA", "ZW", "CD", "CG", "GA", "MR"} {
		rec = append(rec, c)
	}
	systems := []string{"f-16", "rafale", "m142-himars", "caesar", "s-400", "ah-64", "t-90", "leopard-2"}
	stagesB := []string{"requested", "approved", "ordered", "delivered"}
	zipf := func(n int) int { return int(float64(n) * rng.Float64() * rng.Float64() * rng.Float64()) }
	t0 := time.Now()
	err = st.BulkLoad(ctx, func(save sqlite.BulkSave) error {
		for d := 0; d < n/5; d++ {
			text := "Generated document " + strconv.Itoa(d) + " about arms transfers."
			facts := make([]domain.Fact, 5)
			for i := range facts {
				sys := systems[rng.IntN(len(systems))]
				facts[i] = domain.Fact{Type: domain.TypeTransfer, Supplier: code(sup[zipf(len(sup))]), Recipient: code(rec[zipf(len(rec))]),
					System:   &domain.System{ID: sys, Name: sys, Category: domain.Categories[rng.IntN(len(domain.Categories))]},
					Quantity: 1 + rng.IntN(50), ValueUSD: float64(rng.IntN(2000)) * 1e6, Stage: stagesB[rng.IntN(4)], Year: 2000 + rng.IntN(26),
					Evidence: domain.Evidence{Start: 0, End: 9, Text: "Generated"}, Confidence: 0.8}
			}
			doc := &domain.Document{ID: fmt.Sprintf("bench-%d", d), Source: "bench.txt", Language: "en",
				Published: fmt.Sprintf("%d-01-01", 2000+rng.IntN(26)), Text: text}
			if _, err := save(doc, facts); err != nil {
				return err
			}
		}
		for i := range benchLongDocs {
			doc := &domain.Document{ID: fmt.Sprintf("bench-long-%d", i), Source: "long.txt", Language: "en",
				Published: "2024-01-01", Text: storetest.ProseText(4<<20, i)}
			if _, err := save(doc, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("bench register: %d facts built in %s", n, time.Since(t0).Round(time.Millisecond))
	return st
}

// benchLongDocs is how many 4 MB documents the bench register holds.
const benchLongDocs = 3

// benchPaths measures each path in a sub-benchmark and reports its p50
// and p99 latency.
func benchPaths(b *testing.B, h http.Handler, paths []string) {
	b.Helper()
	for _, p := range paths {
		b.Run(strings.TrimPrefix(p, "/"), func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
				lat = append(lat, time.Since(t0))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", p, rec.Code)
				}
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

func BenchmarkRegisterAPI(b *testing.B) {
	srv, err := NewServer(benchStore(b), Options{RatePerSecond: 1e9, Burst: 1 << 30, HeavyRatePerSecond: 1e9, HeavyBurst: 1 << 30})
	if err != nil {
		b.Fatal(err)
	}
	benchPaths(b, srv, []string{
		"/api/v1/facts?limit=50",
		"/api/v1/facts?supplier=US&recipient=IN&limit=50",
		"/api/v1/facts?supplier=FR&recipient=MA&stage=delivered&since=2010&until=2020&limit=50",
		"/api/v1/facts?recipient=NG&category=aircraft&sort=value&limit=50",
		"/api/v1/facts?system=rafale&recipient=EG&limit=50&offset=50",
		"/api/v1/facts?supplier=RU&region=africa&sort=year&limit=50",
	})
}

func BenchmarkPairPage(b *testing.B) {
	srv, err := NewServer(benchStore(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	// US→IN is the largest pair of the generated register.
	benchPaths(b, srv, []string{"/pairs/US/IN", "/pairs/FR/MA", "/pairs/RU/NG"})
}

// BenchmarkPages measures the pages and API endpoints that aggregate the
// register (overview, country, map, rankings, deals, stats, flows) and
// search, with several multi-megabyte documents stored. Aggregates are
// cached per register version: the first request of each path (made
// before the timed ones, by the benchmark's first run) computes it, the
// others read it; BenchmarkPagesCold measures the computation.
func BenchmarkPages(b *testing.B) {
	srv, err := NewServer(benchStore(b), Options{RatePerSecond: 1e9, Burst: 1 << 30, HeavyRatePerSecond: 1e9, HeavyBurst: 1 << 30})
	if err != nil {
		b.Fatal(err)
	}
	benchPaths(b, srv, benchPagePaths)
}

var benchPagePaths = []string{
	"/",
	"/countries/US",
	"/countries/IN",
	"/map",
	"/rankings?supplier=US",
	"/rankings",
	"/deals?recipient=IN",
	"/api/v1/deals?recipient=IN",
	"/api/v1/stats",
	"/api/v1/flows",
	"/api/v1/countries/US",
	"/api/v1/pairs/US/IN",
	"/register",
	"/search?q=rafale",
	"/api/v1/search?q=rafale",
	"/api/v1/search?q=frigate+programme",
	"/api/v1/search?q=arms", // in every document
}

// BenchmarkPagesAfterWrite is BenchmarkPages with the register changed
// before every request (a review, as from another process): what a
// visitor waits for while the register is being written (an ingest, a
// review). Every aggregate was computed once before (as Warm does when a
// server starts); each request finds it stale, starts its refresh in the
// background and is served the previous answer unless the refresh ends
// within Options.StaleAfter.
func BenchmarkPagesAfterWrite(b *testing.B) {
	benchAfterWrite(b, 0)
}

// BenchmarkPagesCold is BenchmarkPagesAfterWrite with every request
// waiting for its aggregates recomputed (Options.StaleAfter < 0): the
// cost of a recomputation over the whole register, which
// BenchmarkPagesAfterWrite moves to the background. It takes seconds per
// request on a large register, so it runs only with ARMSWATCH_BENCH_COLD=1
// (and a small -benchtime).
func BenchmarkPagesCold(b *testing.B) {
	if os.Getenv("ARMSWATCH_BENCH_COLD") == "" {
		b.Skip("set ARMSWATCH_BENCH_COLD=1 to measure the aggregates computed afresh")
	}
	benchAfterWrite(b, -1)
}

func benchAfterWrite(b *testing.B, staleAfter time.Duration) {
	st := benchStore(b)
	srv, err := NewServer(st, Options{RatePerSecond: 1e9, Burst: 1 << 30, StaleAfter: staleAfter})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	review := func() {
		if _, err := st.ReviewFact(ctx, domain.ReviewInput{FactID: 1, Action: domain.ReviewConfirmed, Who: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
	if staleAfter >= 0 {
		review()
		t0 := time.Now()
		for _, p := range benchPagePaths {
			srv.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, p, nil))
		}
		b.Logf("first computation of every path: %s", time.Since(t0).Round(time.Millisecond))
	}
	for _, p := range benchPagePaths {
		b.Run(strings.TrimPrefix(p, "/"), func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				review()
				t0 := time.Now()
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
				lat = append(lat, time.Since(t0))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", p, rec.Code)
				}
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}
