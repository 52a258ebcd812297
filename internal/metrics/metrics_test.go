package metrics

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("/metrics: %d", rec.Code)
	}
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestExposition(t *testing.T) {
	m := New()
	m.Stored(true, 3)
	m.Stored(true, 2)
	m.Stored(false, 0)
	m.FetchFailed("Example.org:443")
	m.FetchFailed("example.org")
	m.FetchFailed("[::1]:8443")
	m.FetchFailed("::1")
	m.ObserveRequest("GET /documents/{id}", "GET", 200, 30*time.Millisecond)
	m.ObserveRequest("", "BREW", 404, time.Millisecond)
	out := scrape(t, m)
	for _, want := range []string{
		"armswatch_documents_ingested_total 2\n",
		"armswatch_documents_unchanged_total 1\n",
		"armswatch_facts_ingested_total 5\n",
		`armswatch_fetch_errors_total{host="example.org"} 2` + "\n",
		`armswatch_fetch_errors_total{host="::1"} 2` + "\n",
		`armswatch_http_request_duration_seconds_bucket{code="200",method="GET",route="GET /documents/{id}",le="0.05"} 1` + "\n",
		`armswatch_http_request_duration_seconds_count{code="404",method="other",route="unmatched"} 1` + "\n",
		"go_goroutines ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the exposition lacks %q", want)
		}
	}
	var nilM *Metrics // a nil *Metrics ignores calls
	nilM.Stored(true, 1)
	nilM.FetchFailed("x")
	nilM.ObserveRequest("r", "GET", 200, 0)
}

// Host labels stay bounded however many hosts fail.
func TestHostLabelsBounded(t *testing.T) {
	m := New()
	for i := range 3 * MaxHosts {
		m.FetchFailed(fmt.Sprintf("host%d.example", i))
	}
	m.FetchFailed("host0.example") // a known host keeps its label
	out := scrape(t, m)
	if n := strings.Count(out, "armswatch_fetch_errors_total{"); n != MaxHosts+1 {
		t.Errorf("%d host labels, want %d (MaxHosts and %q)", n, MaxHosts+1, OtherHost)
	}
	if !strings.Contains(out, `armswatch_fetch_errors_total{host="other"} 200`) {
		t.Errorf("the hosts beyond MaxHosts are not counted as other")
	}
	if !strings.Contains(out, `armswatch_fetch_errors_total{host="host0.example"} 2`) {
		t.Errorf("a known host lost its label")
	}
}

func TestJobsCollector(t *testing.T) {
	m := New()
	fail := false
	m.WatchJobs(func(ctx context.Context) (map[string]int, error) {
		if fail {
			return nil, errors.New("down")
		}
		return map[string]int{"available": 4, "completed": 9}, nil
	})
	out := scrape(t, m)
	for _, want := range []string{`armswatch_jobs{state="available"} 4`, `armswatch_jobs{state="completed"} 9`, "armswatch_jobs_up 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("the exposition lacks %q", want)
		}
	}
	fail = true
	if out := scrape(t, m); !strings.Contains(out, "armswatch_jobs_up 0") || strings.Contains(out, "armswatch_jobs{") {
		t.Errorf("a failed count: %s", out)
	}
}
