package web

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestHealthAndReady(t *testing.T) {
	srv, st := newTest(t, Options{})
	tests := []struct {
		path string
		code int
		body string
	}{
		{"/healthz", 200, "ok"},
		{"/readyz", 200, "ready"},
		{"/metrics", 404, "not served on this address"},
		{"/healthz?x=1", 400, "unknown parameter"},
	}
	for _, tt := range tests {
		rec := get(t, srv, tt.path)
		if rec.Code != tt.code || !strings.Contains(rec.Body.String(), tt.body) {
			t.Errorf("GET %s = %d %q, want %d containing %q", tt.path, rec.Code, rec.Body.String(), tt.code, tt.body)
		}
	}
	// The database goes away: still alive, no longer ready.
	st.Close()
	if rec := get(t, srv, "/healthz"); rec.Code != 200 {
		t.Errorf("healthz on a closed database: %d", rec.Code)
	}
	rec := get(t, srv, "/readyz")
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "not ready: the database") {
		t.Errorf("readyz on a closed database = %d %q, want 503 with the reason", rec.Code, rec.Body.String())
	}
	if rec.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
}

func TestMetricsAndRouteLabels(t *testing.T) {
	type obs struct {
		route, method string
		code          int
	}
	var (
		mu  sync.Mutex
		got []obs
	)
	metricsHandler := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("armswatch_x 1\n")) })
	srv, _ := newTest(t, Options{Metrics: metricsHandler, ObserveRequest: func(route, method string, status int, d time.Duration) {
		if d < 0 {
			t.Errorf("negative duration %v", d)
		}
		mu.Lock()
		got = append(got, obs{route, method, status})
		mu.Unlock()
	}})
	if rec := get(t, srv, "/metrics"); rec.Code != 200 || rec.Body.String() != "armswatch_x 1\n" {
		t.Errorf("/metrics = %d %q", rec.Code, rec.Body.String())
	}
	srv.Warm(t.Context()) // not observed: no client's requests
	for _, p := range []string{"/documents/abc", "/documents/def", "/api/v1/facts/123456", "/api/v1/nothing-here", "/no/such/page"} {
		get(t, srv, p)
	}
	want := []obs{
		{"GET /metrics", "GET", 200},
		{"GET /documents/{id}", "GET", 404},
		{"GET /documents/{id}", "GET", 404},
		{"GET /api/v1/facts/{id}", "GET", 404},
		{"", "GET", 404},
		{"", "GET", 404},
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != len(want) {
		t.Fatalf("observed %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("request %d observed as %+v, want %+v", i, got[i], want[i])
		}
	}
}
