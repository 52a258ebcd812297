package queue

import (
	"context"
	"net/http"

	"github.com/riverqueue/river/riverdriver"
)

// Observer is told what the workers do, for monitoring
// (internal/metrics implements it). Its methods must be quick and safe
// for concurrent use.
type Observer interface {
	// Stored is called once per document a worker saved: created (new,
	// with facts facts) or already in the register.
	Stored(created bool, facts int)
	// FetchFailed is called for each request to host that failed: no
	// answer, or an HTTP status of 400 or above.
	FetchFailed(host string)
}

// observedTransport reports the failed requests of a fetch client.
type observedTransport struct {
	next http.RoundTripper
	obs  Observer
}

func (t observedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(r)
	if err != nil || resp.StatusCode >= 400 {
		t.obs.FetchFailed(r.URL.Hostname())
	}
	return resp, err
}

// observeClient returns a copy of c whose requests report to obs.
func observeClient(c *http.Client, obs Observer) *http.Client {
	cc := *c
	next := cc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	cc.Transport = observedTransport{next: next, obs: obs}
	return &cc
}

// JobCounts counts the queue's jobs by River state (all of them, every
// state present, zero included).
func (q *Queue) JobCounts(ctx context.Context) (map[string]int, error) {
	return q.eng.countByState(ctx)
}

func (e *riverEngine[TD, TTx]) countByState(ctx context.Context) (map[string]int, error) {
	counts, err := e.client.Driver().GetExecutor().JobCountByAllStates(ctx, &riverdriver.JobCountByAllStatesParams{})
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(counts))
	for s, n := range counts {
		out[string(s)] = n
	}
	return out, nil
}
