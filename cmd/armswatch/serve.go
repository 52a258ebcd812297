package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/metrics"
	"github.com/armswatch/armswatch/internal/web"
)

// cmdServe serves the register in a browser and as a JSON API until
// interrupted, then shuts down gracefully.
func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (HOST:PORT)")
	token := fs.String("token", "", "token for reviews and watchlists (visible to other users in the process list: prefer $ARMSWATCH_TOKEN or --token-file; empty: read-only)")
	tokenFile := fs.String("token-file", "", "read the token from this file (first line)")
	reviewBelow := confidence(web.DefaultReviewBelow)
	fs.Var(&reviewBelow, "review-below", "mark facts extracted with a lower confidence \"to review\" (0: none)")
	rate := fs.Float64("rate", web.DefaultRatePerSecond, "requests per second each client may make, on every route")
	burst := fs.Int("burst", web.DefaultBurst, "requests a client may make at once before --rate applies")
	heavyRate := fs.Float64("heavy-rate", web.DefaultHeavyRatePerSecond, "exports and searches per second each client may make (on top of --rate)")
	heavyBurst := fs.Int("heavy-burst", web.DefaultHeavyBurst, "exports and searches a client may make at once")
	baseURL := fs.String("base-url", "", "the server's public address, e.g. https://register.example: absolute links in feeds and webhooks start with it (empty: relative links)")
	allowPrivate := fs.Bool("allow-private", false, "let webhooks reach loopback, private and link-local addresses")
	metricsAddr := fs.String("metrics-addr", "", "serve /metrics on this address (HOST:PORT) instead of --addr, e.g. so that only the monitoring network reaches them")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	var err error
	if *token, err = serveToken(*token, *tokenFile); err != nil {
		return err
	}
	st, err := openExistingRegister(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	m := metrics.New()
	wo := web.Options{Token: *token, AllowPrivate: *allowPrivate, BaseURL: *baseURL,
		RatePerSecond: *rate, Burst: *burst, HeavyRatePerSecond: *heavyRate, HeavyBurst: *heavyBurst, ReviewBelow: reviewOption(float64(reviewBelow)), Logger: slog.New(slog.NewTextHandler(e.stderr, nil)),
		ObserveRequest: m.ObserveRequest}
	if *metricsAddr == "" {
		wo.Metrics = m.Handler()
	}
	srv, err := web.NewServer(st, wo)
	if err != nil {
		return err
	}
	if *metricsAddr != "" {
		if err := serveMetrics(ctx, e, m, *metricsAddr); err != nil {
			return err
		}
	}
	go srv.RunNotifier(ctx, time.Minute)
	go srv.Warm(ctx)
	return web.Serve(ctx, srv, *addr, func(url string) {
		mode := "read-only (no token)"
		if *token != "" {
			mode = "reviews enabled"
		}
		fmt.Fprintf(e.stdout, "armswatch: serving %s on %s, %s; Ctrl-C stops\n", *db, url, mode)
	})
}

// reviewOption is --review-below as web.Options takes it (0 there is the
// default; here it marks nothing).
func reviewOption(v float64) float64 {
	if v == 0 {
		return -1
	}
	return v
}

// serveToken is the write token: --token, else the first line of
// --token-file, else $ARMSWATCH_TOKEN; empty means read-only.
func serveToken(flagValue, file string) (string, error) {
	if file != "" {
		if flagValue != "" {
			return "", errors.New("give --token or --token-file, not both")
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("--token-file: %w", err)
		}
		tok, _, _ := strings.Cut(string(b), "\n")
		if tok = strings.TrimSpace(tok); tok == "" {
			return "", fmt.Errorf("--token-file %s: the file's first line is empty", file)
		}
		return tok, nil
	}
	if flagValue != "" {
		return flagValue, nil
	}
	return strings.TrimSpace(os.Getenv("ARMSWATCH_TOKEN")), nil
}

// envDBName is the environment variable that gives --db its default in
// every command (dbFlag) and migrate's --to: a DSN with a password is
// then not visible in the process list (compose.yaml sets it).
const envDBName = "ARMSWATCH_DB"

// envDB is $ARMSWATCH_DB, else defaultDB.
func envDB() string {
	if v := strings.TrimSpace(os.Getenv(envDBName)); v != "" {
		return v
	}
	return defaultDB
}

// serveMetrics serves m (/metrics and /healthz) on addr in the
// background until ctx is done; an address that cannot be listened on is
// an error at once.
func serveMetrics(ctx context.Context, e *env, m *metrics.Metrics, addr string) error {
	ready := make(chan string, 1)
	errc := make(chan error, 1)
	go func() {
		errc <- m.Serve(ctx, addr, func(a string) { ready <- a })
	}()
	select {
	case a := <-ready:
		fmt.Fprintf(e.stderr, "armswatch: metrics on http://%s/metrics\n", a)
		go func() {
			if err := <-errc; err != nil {
				fmt.Fprintf(e.stderr, "armswatch: metrics: %v\n", err)
			}
		}()
		return nil
	case err := <-errc:
		return err
	}
}
