package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func getFrom(t testing.TB, h http.Handler, addr, path string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.RemoteAddr = addr
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// Every route is limited with the default budgets: 2,000 requests on an
// HTML page at once get 429s after the burst, and so do the API and the
// static files; another client is not affected.
func TestRateLimitEveryRoute(t *testing.T) {
	now := time.Unix(1e9, 0)
	srv, _ := newTest(t, Options{RatePerSecond: DefaultRatePerSecond, Burst: DefaultBurst, Now: func() time.Time { return now }})
	ok, limited := 0, 0
	for range 2000 {
		rec := getFrom(t, srv, "198.51.100.7:4000", "/register")
		switch rec.Code {
		case 200:
			ok++
		case 429:
			limited++
			if rec.Header().Get("Retry-After") == "" {
				t.Fatal("429 without Retry-After")
			}
		default:
			t.Fatalf("code %d", rec.Code)
		}
	}
	if ok != DefaultBurst || limited != 2000-DefaultBurst {
		t.Errorf("ok=%d limited=%d, want %d and %d", ok, limited, DefaultBurst, 2000-DefaultBurst)
	}
	for _, p := range []string{"/", "/api/v1/stats", "/static/style.css", "/feeds/x.atom", "/no-such-page"} {
		if c := getFrom(t, srv, "198.51.100.7:4001", p).Code; c != 429 {
			t.Errorf("%s: %d, want 429", p, c)
		}
	}
	if c := getFrom(t, srv, "198.51.100.8:4000", "/register").Code; c != 200 {
		t.Errorf("another client: %d", c)
	}
	now = now.Add(time.Second)
	if c := getFrom(t, srv, "198.51.100.7:4000", "/register").Code; c != 200 {
		t.Errorf("after a second: %d", c)
	}
}

// Exports and search have a smaller budget of their own; pages stay
// available when it is spent.
func TestRateLimitHeavy(t *testing.T) {
	now := time.Unix(1e9, 0)
	srv, _ := newTest(t, Options{HeavyRatePerSecond: 1, HeavyBurst: 3, Now: func() time.Time { return now }})
	for _, p := range []string{"/register.csv", "/register.json", "/search?q=Rafale", "/api/v1/search?q=Rafale", "/deals.csv"} {
		addr := "203.0.113.9:1"
		var codes []int
		for range 5 {
			codes = append(codes, getFrom(t, srv, addr, p).Code)
		}
		if fmt.Sprint(codes) != "[200 200 200 429 429]" {
			t.Errorf("%s: %v", p, codes)
		}
		if c := getFrom(t, srv, addr, "/register").Code; c != 200 {
			t.Errorf("page after %s: %d", p, c)
		}
		now = now.Add(time.Minute)
	}
}

// The limiter remembers at most MaxClients clients, and one IPv6 /64 is
// one client.
func TestRateLimitBounded(t *testing.T) {
	l := newIPLimiter(1, 2, 100, time.Now)
	for i := range 1000 {
		l.allow(fmt.Sprintf("10.0.%d.%d", i/256, i%256))
	}
	if n := l.len(); n != 100 {
		t.Errorf("%d clients remembered, want 100", n)
	}
	now := time.Unix(1e9, 0)
	srv, _ := newTest(t, Options{RatePerSecond: 1, Burst: 2, Now: func() time.Time { return now }})
	var codes []int
	for _, a := range []string{"[2001:db8::1]:1", "[2001:db8::2]:1", "[2001:db8::3]:1", "[2001:db8:0:1::1]:1"} {
		codes = append(codes, getFrom(t, srv, a, "/").Code)
	}
	if fmt.Sprint(codes) != "[200 200 429 200]" {
		t.Errorf("IPv6 /64: %v", codes)
	}
}
