package sqlite

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenMustExist(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo.db")
	if _, err := OpenWith(ctx, missing, Options{MustExist: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("OpenWith MustExist created %s", missing)
	}
	if _, err := OpenWith(ctx, dir, Options{MustExist: true}); err == nil {
		t.Error("a folder opened as a database")
	}
	st, err := OpenWith(ctx, missing, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = OpenWith(ctx, missing, Options{MustExist: true})
	if err != nil {
		t.Fatalf("existing file: %v", err)
	}
	st.Close()
}
