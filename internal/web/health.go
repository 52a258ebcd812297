package web

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file serves the endpoints of orchestrators and monitoring:
// /healthz (the process answers), /readyz (the database answers too) and
// /metrics (Options.Metrics, Prometheus's text format), and times every
// request for Options.ObserveRequest by its route pattern.

// ReadyTimeout bounds the database check of /readyz.
const ReadyTimeout = 2 * time.Second

func (s *Server) healthRoutes() {
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.HandleFunc("GET /metrics", s.metrics)
}

// healthz answers 200 while the process serves requests.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	plain(w, http.StatusOK, "ok\n")
}

// readyz answers 200 when the database answers within ReadyTimeout, else
// 503 with the reason (the error itself goes to the log: it may name
// internal hosts).
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), ReadyTimeout)
	defer cancel()
	if err := s.ping(ctx); err != nil {
		s.log.Warn("readyz: database check failed", "err", err)
		reason := "the database check failed (details in the server's log)"
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			reason = "the database did not answer within " + ReadyTimeout.String()
		}
		w.Header().Set("Retry-After", "5")
		plain(w, http.StatusServiceUnavailable, "not ready: "+reason+"\n")
		return
	}
	plain(w, http.StatusOK, "ready\n")
}

// ping checks the database: through domain.Pinger when the register has
// it, else with the cheapest read it offers.
func (s *Server) ping(ctx context.Context) error {
	switch st := s.st.(type) {
	case domain.Pinger:
		return st.Ping(ctx)
	case domain.VersionedRegister:
		_, err := st.RegisterVersion(ctx)
		return err
	default:
		_, err := s.st.Stats(ctx)
		return err
	}
}

// metrics serves Options.Metrics; 404 when the server has none (serve
// --metrics-addr moves them to another address).
func (s *Server) metrics(w http.ResponseWriter, r *http.Request) {
	if s.opts.Metrics == nil {
		plain(w, http.StatusNotFound, "metrics are not served on this address\n")
		return
	}
	s.opts.Metrics.ServeHTTP(w, r)
}

func plain(w http.ResponseWriter, code int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write([]byte(body))
}

// observe times each request for Options.ObserveRequest, labelled with
// the route pattern that serves it (never the raw path: bounded
// cardinality).
func (s *Server) observe(h http.Handler) http.Handler {
	if s.opts.ObserveRequest == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.RemoteAddr == "warm" { // Warm's own requests (cache.go) are no client's
			h.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		route := s.routeOf(r)
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			s.opts.ObserveRequest(route, r.Method, sw.code, time.Since(start))
		}()
		h.ServeHTTP(sw, r)
	})
}

// routeOf is the pattern of the route that serves r ("" for none); the
// API's are those of its own mux.
func (s *Server) routeOf(r *http.Request) string {
	_, p := s.mux.Handler(r)
	if p == "/api/" && s.api != nil {
		if _, ap := s.api.Handler(r); ap != "" && ap != "/api/" {
			return ap
		}
		return ""
	}
	return p
}

// statusWriter remembers the status code a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	code  int
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
