package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/armswatch/armswatch/internal/web"
)

// cmdServe serves the register in a browser and as a JSON API until
// interrupted, then shuts down gracefully.
func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDB, "SQLite database file")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (HOST:PORT)")
	token := fs.String("token", "", "token for reviews and watchlists (default $ARMSWATCH_TOKEN; empty: read-only)")
	reviewBelow := confidence(web.DefaultReviewBelow)
	fs.Var(&reviewBelow, "review-below", "mark facts extracted with a lower confidence \"to review\" (0: none)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *token == "" {
		*token = os.Getenv("ARMSWATCH_TOKEN")
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := web.NewServer(st, web.Options{Token: *token, ReviewBelow: reviewOption(float64(reviewBelow)), Logger: slog.New(slog.NewTextHandler(e.stderr, nil))})
	if err != nil {
		return err
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
