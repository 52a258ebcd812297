// Package web serves the register in a browser and as a JSON API: server-
// rendered pages (html/template, assets embedded, no JavaScript needed),
// SVG charts and map, an API under /api/v1 described by an OpenAPI 3
// document, reviews of facts behind a token, and watchlists with Atom feeds
// and webhooks. It reads and writes through domain.Register only.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

//go:embed templates/*.html static/* mapdata/*.tsv openapi.json
var assets embed.FS

// Options configure a Server.
type Options struct {
	// Token is what review and watchlist writes must present (Authorization:
	// Bearer, or the "token" form field). Empty: writes are refused.
	Token string
	// RatePerSecond and Burst limit each client's requests, on every route;
	// zero means DefaultRatePerSecond and DefaultBurst.
	RatePerSecond float64
	Burst         int
	// HeavyRatePerSecond and HeavyBurst further limit exports and search;
	// zero means DefaultHeavyRatePerSecond and DefaultHeavyBurst.
	HeavyRatePerSecond float64
	HeavyBurst         int
	// MaxClients bounds how many clients the limiters remember; zero means
	// DefaultMaxClients.
	MaxClients int
	// MaxBodyBytes limits request bodies; zero means 64 KiB.
	MaxBodyBytes int64
	// Logger receives errors; nil discards them.
	Logger *slog.Logger
	// HTTPClient posts webhooks; nil uses a client with a 10 s timeout
	// whose dialer refuses non-public addresses unless AllowPrivate.
	HTTPClient *http.Client
	// AllowPrivate lets webhooks reach loopback, private and link-local
	// addresses (serve --allow-private).
	AllowPrivate bool
	// BaseURL is the server's public address ("https://register.example"):
	// the absolute links of Atom feeds and webhooks start with it, never
	// with the request's Host header. Empty: feeds link with relative
	// paths and webhooks carry no links.
	BaseURL string
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
	// ReviewBelow marks the facts extracted with a lower confidence, and
	// nobody reviewed yet, "to review"; zero means DefaultReviewBelow and
	// a negative value marks none.
	ReviewBelow float64
	// StaleAfter is how long a request waits for an aggregate recomputed
	// after a write before it is served the answer of the previous
	// register version (cache.go); zero means DefaultStaleAfter, a
	// negative value waits for the recomputation.
	StaleAfter time.Duration
	// Metrics, when set, is served at /metrics (health.go).
	Metrics http.Handler
	// ObserveRequest, when set, is told how long each request took, with
	// its route pattern ("" when no route matched), method and status.
	ObserveRequest func(route, method string, status int, d time.Duration)
}

// DefaultReviewBelow is Options.ReviewBelow's default.
const DefaultReviewBelow = 0.5

// Server is the web register.
type Server struct {
	st      domain.Register
	opts    Options
	lex     *lexicon.Lexicon
	mux     *http.ServeMux
	api     *http.ServeMux // the API's routes, under mux's "/api/"
	pages   *pages
	general *ipLimiter // every request
	heavy   *ipLimiter // exports and search
	handler http.Handler
	world   *worldMap
	log     *slog.Logger
	cache   aggCache
}

// NewServer returns the register's handler over st.
func NewServer(st domain.Register, opts Options) (*Server, error) {
	if opts.RatePerSecond <= 0 {
		opts.RatePerSecond = DefaultRatePerSecond
	}
	if opts.Burst <= 0 {
		opts.Burst = DefaultBurst
	}
	if opts.HeavyRatePerSecond <= 0 {
		opts.HeavyRatePerSecond = DefaultHeavyRatePerSecond
	}
	if opts.HeavyBurst <= 0 {
		opts.HeavyBurst = DefaultHeavyBurst
	}
	if opts.MaxClients <= 0 {
		opts.MaxClients = DefaultMaxClients
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 64 << 10
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ReviewBelow == 0 {
		opts.ReviewBelow = DefaultReviewBelow
	}
	var err error
	if opts.BaseURL, err = checkBaseURL(opts.BaseURL); err != nil {
		return nil, err
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = newWebhookClient(opts.AllowPrivate)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.StaleAfter == 0 {
		opts.StaleAfter = DefaultStaleAfter
	}
	s := &Server{st: st, opts: opts, lex: lexicon.Default(), mux: http.NewServeMux(), log: log}
	s.cache.sem = make(chan struct{}, 1)
	if s.pages, err = parsePages(s.funcs()); err != nil {
		return nil, err
	}
	if s.world, err = loadWorld(); err != nil {
		return nil, err
	}
	s.general = newIPLimiter(opts.RatePerSecond, opts.Burst, opts.MaxClients, opts.Now)
	s.heavy = newIPLimiter(opts.HeavyRatePerSecond, opts.HeavyBurst, opts.MaxClients, opts.Now)
	s.routes()
	s.handler = s.observe(s.limits(s.inputs(s.knownParams(s.mux))))
	if o, ok := st.(interface{ Optimize(context.Context) error }); ok {
		if err := o.Optimize(context.Background()); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Server) routes() {
	static, _ := fs.Sub(assets, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))

	s.mux.HandleFunc("GET /{$}", s.overviewPage)
	s.mux.HandleFunc("GET /register", s.registerPage)
	s.mux.HandleFunc("GET /register.csv", s.registerCSV)
	s.mux.HandleFunc("GET /register.json", s.registerJSON)
	s.mux.HandleFunc("GET /countries/{code}", s.countryPage)
	s.mux.HandleFunc("GET /pairs/{supplier}/{recipient}", s.pairPage)
	s.mux.HandleFunc("GET /documents/{id}", s.documentPage)
	s.mux.HandleFunc("GET /systems/{id}", s.systemPage)
	s.mux.HandleFunc("GET /deals", s.dealsPage)
	s.mux.HandleFunc("GET /deals.csv", s.dealsCSV)
	s.mux.HandleFunc("GET /rankings", s.rankingsPage)
	s.mux.HandleFunc("GET /table", s.tablePage)
	s.mux.HandleFunc("GET /table.csv", s.tableDownload("csv"))
	s.mux.HandleFunc("GET /table.xlsx", s.tableDownload("xlsx"))
	s.mux.HandleFunc("GET /search", s.searchPage)
	s.mux.HandleFunc("GET /help", s.helpPage)
	s.mux.HandleFunc("GET /map", s.mapPage)
	s.mux.HandleFunc("GET /watchlists", s.watchlistsPage)
	s.mux.HandleFunc("POST /watchlists", s.watchlistForm)
	s.watchlistRoutes()
	s.mux.HandleFunc("GET /feeds/{file}", s.feed)
	s.mux.HandleFunc("POST /facts/{id}/review", s.reviewForm)
	s.mux.HandleFunc("POST /documents/{id}/facts", s.addFactForm)
	s.healthRoutes()

	api := http.NewServeMux()
	api.HandleFunc("GET /api/v1/openapi.json", s.apiOpenAPI)
	api.HandleFunc("GET /api/v1/stats", s.apiStats)
	api.HandleFunc("GET /api/v1/facts", s.apiFacts)
	api.HandleFunc("GET /api/v1/facts/{id}", s.apiFact)
	api.HandleFunc("GET /api/v1/facts/{id}/reviews", s.apiFactReviews)
	api.HandleFunc("POST /api/v1/facts/{id}/review", s.apiReview)
	api.HandleFunc("POST /api/v1/documents/{id}/facts", s.apiAddFact)
	api.HandleFunc("GET /api/v1/reviews", s.apiReviews)
	api.HandleFunc("GET /api/v1/documents/{id}", s.apiDocument)
	api.HandleFunc("GET /api/v1/countries/{code}", s.apiCountry)
	api.HandleFunc("GET /api/v1/pairs/{supplier}/{recipient}", s.apiPair)
	api.HandleFunc("GET /api/v1/systems/{id}", s.apiSystem)
	api.HandleFunc("GET /api/v1/deals", s.apiDeals)
	api.HandleFunc("GET /api/v1/rankings", s.apiRankings)
	api.HandleFunc("GET /api/v1/table", s.apiTable)
	api.HandleFunc("GET /api/v1/flows", s.apiFlows)
	api.HandleFunc("GET /api/v1/search", s.apiSearch)
	api.HandleFunc("GET /api/v1/countries", s.apiCountries)
	api.HandleFunc("GET /api/v1/regions", s.apiRegions)
	api.HandleFunc("GET /api/v1/systems", s.apiSystems)
	api.HandleFunc("GET /api/v1/documents", s.apiDocuments)
	api.HandleFunc("GET /api/v1/{$}", s.apiReference)
	s.mux.HandleFunc("GET /api/v1", s.apiReferenceRedirect)
	api.HandleFunc("GET /api/v1/watchlists", s.apiWatchlists)
	api.HandleFunc("POST /api/v1/watchlists", s.apiCreateWatchlist)
	api.HandleFunc("GET /api/v1/watchlists/{id}", s.apiWatchlist)
	api.HandleFunc("DELETE /api/v1/watchlists/{id}", s.apiDeleteWatchlist)
	api.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "", "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	s.mux.Handle("/api/", api)
	s.api = api
}

// ServeHTTP adds the security headers and the body limit to every request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	}
	if len(r.URL.RawQuery) > 4096 {
		writeError(w, http.StatusRequestURITooLong, "", "query string too long")
		return
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "path", r.URL.Path, "panic", v)
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	s.handler.ServeHTTP(w, r)
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// clientAddr is the client's IP address (the connection's; a proxy in
// front would have to be trusted explicitly, which this server does not).
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// Serve serves h on addr until ctx is done, then shuts down gracefully,
// giving requests in flight up to 10 seconds. ready, when not nil, is called
// with the server's URL once it listens (addr may use port 0).
func Serve(ctx context.Context, h http.Handler, addr string, ready func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("web: listen %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if ready != nil {
		ready("http://" + urlHost(ln.Addr().String()))
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("web: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: serve: %w", err)
	}
	return nil
}

// urlHost turns a listener address into a host:port for a URL: the
// unspecified address becomes localhost.
func urlHost(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// isRTL reports whether a language is written right to left.
func isRTL(lang string) bool {
	switch strings.ToLower(lang) {
	case "ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb":
		return true
	}
	return false
}
