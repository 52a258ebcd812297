package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/armswatch/armswatch/internal/migrate"
)

// migrateUsage is the usage line of migrate (main.go's usage lists it).
const migrateUsage = `  armswatch migrate --from armswatch.db --to postgres://…   copy a whole register to another database (again: copies nothing more)
`

func cmdMigrate(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	from := fs.String("from", defaultDB, "the register to copy: a SQLite file (or a postgres:// DSN)")
	to := fs.String("to", "", "where to copy it: a postgres:// DSN or a SQLite file (default: $"+envDBName+")")
	quiet := fs.Bool("q", false, "no progress on standard error")
	if err := parseFlags(e, fs, args); err != nil {
		return err
	}
	if *to == "" {
		*to = os.Getenv(envDBName)
	}
	if fs.NArg() != 0 || *to == "" {
		fmt.Fprintln(e.stderr, "usage: armswatch migrate --from FILE --to postgres://… (or $"+envDBName+")")
		return errUsage
	}
	if same(*from, *to) {
		return fmt.Errorf("--from and --to are the same register (%s)", redactDSN(*to))
	}
	src, err := openExistingRegister(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openRegister(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	var o migrate.Options
	var bar *progress
	if !*quiet {
		bar = newProgress(e, "migrate", 0)
		o.Progress = func(n int) { bar.update(n, "documents") }
	}
	rep, err := migrate.Run(ctx, src, dst, o)
	bar.clear()
	fmt.Fprintf(e.stdout, "from %s to %s:\n%s", redactDSN(*from), redactDSN(*to), rep)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted; run it again to finish (what was copied stays): %w", err)
		}
		return err
	}
	return nil
}

// same reports whether two --db values name the same register.
func same(a, b string) bool {
	if isPostgres(a) || isPostgres(b) {
		return a == b
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	if aa == bb {
		return true
	}
	ia, err1 := os.Stat(aa)
	ib, err2 := os.Stat(bb)
	return err1 == nil && err2 == nil && os.SameFile(ia, ib)
}
