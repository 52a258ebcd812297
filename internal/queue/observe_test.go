package queue

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	dto "github.com/prometheus/client_model/go"

	"github.com/armswatch/armswatch/internal/metrics"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// metricValue sums the samples of the metric name whose labels include
// labels (name, value pairs).
func metricValue(t *testing.T, m *metrics.Metrics, name string, labels ...string) (float64, bool) {
	t.Helper()
	fams, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum, found := 0.0, false
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
	next:
		for _, s := range f.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				if !hasLabel(s, labels[i], labels[i+1]) {
					continue next
				}
			}
			found = true
			switch {
			case s.Counter != nil:
				sum += s.Counter.GetValue()
			case s.Gauge != nil:
				sum += s.Gauge.GetValue()
			}
		}
	}
	return sum, found
}

func hasLabel(s *dto.Metric, name, value string) bool {
	for _, l := range s.GetLabel() {
		if l.GetName() == name && l.GetValue() == value {
			return true
		}
	}
	return false
}

// The worker's metrics count what it stores, its failed fetches by host,
// and the queue's jobs by state.
func TestWorkerMetrics(t *testing.T) {
	missing := httptest.NewServer(http.NotFoundHandler())
	defer missing.Close()
	db := filepath.Join(t.TempDir(), "reg.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m := metrics.New()
	o := testOptions()
	o.Source.AllowPrivate = true
	o.Observer = m
	q := openQueue(t, backend{"sqlite", db}, st, o)
	m.WatchJobs(q.JobCounts)
	dir := sampleDir(t)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []string{dir, missing.URL + "/gone"}); err != nil {
		t.Fatal(err)
	}
	if n, _ := metricValue(t, m, "armswatch_jobs", "state", "available"); n < 2 {
		t.Errorf("armswatch_jobs{state=available} = %v before work, want the enqueued jobs", n)
	}
	runIdle(t, q)
	want := stats(t, st)
	if want.Documents == 0 {
		t.Fatal("nothing stored")
	}
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"armswatch_documents_ingested_total", nil, float64(want.Documents)},
		{"armswatch_facts_ingested_total", nil, float64(want.Facts)},
		{"armswatch_documents_unchanged_total", nil, 0},
		{"armswatch_fetch_errors_total", []string{"host", "127.0.0.1"}, 1},
		{"armswatch_jobs", []string{"state", "available"}, 0},
		{"armswatch_jobs", []string{"state", "completed"}, float64(want.Documents)},
		{"armswatch_jobs", []string{"state", "cancelled"}, 1},
		{"armswatch_jobs_up", nil, 1},
	} {
		if got, _ := metricValue(t, m, c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	// The same documents again (another run, same process): unchanged,
	// not ingested twice.
	q2 := openQueue(t, backend{"sqlite", db}, st, o)
	if _, err := q2.Enqueue(ctx, []string{dir}); err != nil {
		t.Fatal(err)
	}
	runIdle(t, q2)
	if got, _ := metricValue(t, m, "armswatch_documents_ingested_total"); got != float64(want.Documents) {
		t.Errorf("documents ingested after a second run: %v, want %d", got, want.Documents)
	}
	if got, _ := metricValue(t, m, "armswatch_documents_unchanged_total"); got != float64(want.Documents) {
		t.Errorf("documents unchanged after a second run: %v, want %d", got, want.Documents)
	}
}
