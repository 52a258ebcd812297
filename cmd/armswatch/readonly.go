package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
)

// Commands that only read the register (query, rank, stats, table, deals,
// serve, feeds list, reextract, watch) open it with openExistingRegister:
// a --db that names no database is an error saying so, never a new empty
// file.

// openExistingRegister is openRegister for a register that must exist.
func openExistingRegister(ctx context.Context, db string) (register, error) {
	return openDB(ctx, db, true)
}

func notExistHint(db string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("--db %s does not exist: check the path, or fill a register first with 'armswatch demo' or 'armswatch ingest --db %s PATH'", db, db)
	}
	return err
}
