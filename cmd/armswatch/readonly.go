package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/armswatch/armswatch/internal/store/postgres"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// Commands that only read the register (query, rank, stats, table, deals,
// serve, feeds list, reextract, watch) open it with these: a --db that
// names no database is an error saying so, never a new empty file.

// openExistingRegister is openRegister for a register that must exist.
func openExistingRegister(ctx context.Context, db string) (register, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db)
	}
	st, err := sqlite.OpenWith(ctx, db, sqlite.Options{MustExist: true})
	if err != nil {
		return nil, notExistHint(db, err)
	}
	return st, nil
}

// openExistingStore is openStore for a register that must exist.
func openExistingStore(ctx context.Context, db string) (*sqlite.Store, error) {
	if isPostgres(db) {
		return openStore(ctx, db)
	}
	st, err := sqlite.OpenWith(ctx, db, sqlite.Options{MustExist: true})
	if err != nil {
		return nil, notExistHint(db, err)
	}
	return st, nil
}

func notExistHint(db string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("--db %s does not exist: check the path, or fill a register first with 'armswatch demo' or 'armswatch ingest --db %s PATH'", db, db)
	}
	return err
}
