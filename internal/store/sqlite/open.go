package sqlite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Options change how OpenWith opens a register.
type Options struct {
	// MustExist refuses a path that holds no file instead of creating an
	// empty register there: commands that only read use it, so a mistyped
	// --db is an error (wrapping fs.ErrNotExist), not a new database.
	MustExist bool
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, path string, o Options) (*Store, error) {
	if o.MustExist && path != ":memory:" {
		fi, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("sqlite: %s does not exist: %w", path, fs.ErrNotExist)
		case err != nil:
			return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
		case fi.IsDir():
			return nil, fmt.Errorf("sqlite: %s is a folder, not a database file", path)
		}
	}
	return Open(ctx, path)
}
