// Package metrics owns armswatch's Prometheus metrics: their names, labels
// and buckets, the registry they live in and the /metrics handler that
// serves it (github.com/prometheus/client_golang). The rest of the code
// reaches them through small hooks — queue.Observer for what workers store
// and fetch, web.Options.ObserveRequest for request latencies, a function
// that counts River's jobs by state — so that no other package imports
// Prometheus.
//
// Label values are bounded: routes are the web server's mux patterns (a
// fixed set, never the raw path), fetch errors are labelled with at most
// MaxHosts distinct hosts (the rest count as "other"), job states are
// River's.
package metrics

import (
	"context"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// MaxHosts bounds the distinct host labels of fetch errors: the first
// MaxHosts hosts that fail keep their name, later ones count as
// OtherHost. A crawler meets an unbounded number of hosts; a label per
// host would grow Prometheus's memory without end.
const MaxHosts = 100

// OtherHost is the host label of the fetch errors beyond MaxHosts hosts.
const OtherHost = "other"

// Unmatched is the route label of requests no route matched.
const Unmatched = "unmatched"

// JobsTimeout bounds the query that counts jobs at each scrape.
const JobsTimeout = 3 * time.Second

// Metrics are one process's metrics and their registry. Its methods are
// safe for concurrent use; a nil *Metrics ignores every call.
type Metrics struct {
	reg         *prometheus.Registry
	docs        prometheus.Counter
	unchanged   prometheus.Counter
	facts       prometheus.Counter
	fetchErrors *prometheus.CounterVec
	requests    *prometheus.HistogramVec

	mu    sync.Mutex
	hosts map[string]bool
}

// New returns the metrics of a process, registered with the Go runtime's
// and the process's own collectors.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		docs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "armswatch_documents_ingested_total",
			Help: "Documents this process stored (new ones; a document already stored is counted in armswatch_documents_unchanged_total).",
		}),
		unchanged: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "armswatch_documents_unchanged_total",
			Help: "Documents this process processed that the register already held (same content).",
		}),
		facts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "armswatch_facts_ingested_total",
			Help: "Facts stored with the documents this process stored.",
		}),
		fetchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "armswatch_fetch_errors_total",
			Help: "Failed fetches (network errors and HTTP statuses of 400 and above) by host; at most " + strconv.Itoa(MaxHosts) + " hosts, the rest as \"" + OtherHost + "\".",
		}, []string{"host"}),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "armswatch_http_request_duration_seconds",
			Help:    "Time to answer a request of the web register, by route pattern (\"" + Unmatched + "\": no route), method and status code.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route", "method", "code"}),
		hosts: map[string]bool{},
	}
	m.reg.MustRegister(m.docs, m.unchanged, m.facts, m.fetchErrors, m.requests,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Registry is where the metrics are registered (tests gather from it).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Stored counts a document a worker saved: created (new) with its facts,
// or unchanged (already in the register).
func (m *Metrics) Stored(created bool, facts int) {
	if m == nil {
		return
	}
	if !created {
		m.unchanged.Inc()
		return
	}
	m.docs.Inc()
	m.facts.Add(float64(facts))
}

// FetchFailed counts a failed fetch from host.
func (m *Metrics) FetchFailed(host string) {
	if m == nil {
		return
	}
	m.fetchErrors.WithLabelValues(m.hostLabel(host)).Inc()
}

// hostLabel is host's label: its lower-cased name without the port, or
// OtherHost once MaxHosts hosts have a label.
func (m *Metrics) hostLabel(host string) string {
	host = strings.ToLower(strings.TrimSpace(host))
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if host == "" {
		return OtherHost
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.hosts[host] {
		return host
	}
	if len(m.hosts) >= MaxHosts {
		return OtherHost
	}
	m.hosts[host] = true
	return host
}

// ObserveRequest records the time a request took. route is the mux
// pattern that matched ("" for none), never the raw path.
func (m *Metrics) ObserveRequest(route, method string, status int, d time.Duration) {
	if m == nil {
		return
	}
	if route == "" {
		route = Unmatched
	}
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions:
	default:
		method = "other"
	}
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Observe(d.Seconds())
}

// WatchJobs registers armswatch_jobs, the queue's jobs by state, counted
// by count at each scrape (within JobsTimeout; a failed count reports
// nothing and armswatch_jobs_up 0).
func (m *Metrics) WatchJobs(count func(ctx context.Context) (map[string]int, error)) {
	m.reg.MustRegister(&jobsCollector{count: count})
}

var (
	jobsDesc   = prometheus.NewDesc("armswatch_jobs", "Jobs in the queue by state (River's states; the whole queue, not this process's share).", []string{"state"}, nil)
	jobsUpDesc = prometheus.NewDesc("armswatch_jobs_up", "1 when the jobs could be counted at this scrape, else 0.", nil, nil)
)

type jobsCollector struct {
	count func(ctx context.Context) (map[string]int, error)
}

func (c *jobsCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- jobsDesc
	ch <- jobsUpDesc
}

func (c *jobsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), JobsTimeout)
	defer cancel()
	counts, err := c.count(ctx)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(jobsUpDesc, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(jobsUpDesc, prometheus.GaugeValue, 1)
	for state, n := range counts {
		ch <- prometheus.MustNewConstMetric(jobsDesc, prometheus.GaugeValue, float64(n), state)
	}
}

// Serve serves the metrics (and /healthz, which answers while the process
// runs) on addr until ctx is done: what `armswatch worker --metrics-addr`
// listens on. ready, when set, is called with the listener's address.
func (m *Metrics) Serve(ctx context.Context, addr string, ready func(addr string)) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	return serve(ctx, mux, addr, ready)
}
