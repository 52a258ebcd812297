package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// This file keeps the statements the writers run for every document
// prepared once per pooled connection instead of once per use: parsing
// the SQL was a third of the time of a document's save (the driver caches
// no statements).

// stmtCache holds statements prepared on the store's database, by query.
// database/sql prepares each on a connection the first time a
// transaction on it uses it (Tx.StmtContext) and keeps it there.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// maxCachedStmts bounds the cache: queries with IN lists of many lengths
// must not grow it without end (past it, new queries are prepared in their
// transaction, as before).
const maxCachedStmts = 256

// foreignTxKey marks a context whose transaction was opened on another
// *sql.DB (SaveDocumentTx): statements of this store cannot run in it.
type foreignTxKey struct{}

// withForeignTx marks ctx as running a transaction of another database.
func withForeignTx(ctx context.Context) context.Context {
	return context.WithValue(ctx, foreignTxKey{}, true)
}

// foreignStmts are the statements prepared in the last foreign
// transaction (the job queue's writer saves a batch of documents in one):
// prepared once per transaction rather than once per use. The transaction
// closes them when it ends; the next one starts afresh.
type foreignStmts struct {
	mu sync.Mutex
	tx *sql.Tx
	m  map[string]*sql.Stmt
}

func (f *foreignStmts) stmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.tx != tx {
		f.tx, f.m = tx, map[string]*sql.Stmt{}
	}
	if st, ok := f.m[query]; ok {
		return st, nil
	}
	if len(f.m) >= maxCachedStmts {
		return tx.PrepareContext(ctx, query)
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	f.m[query] = st
	return st, nil
}

// txStmt is query prepared for tx: from the cache when tx is a
// transaction of this store, else prepared in tx. The transaction closes
// it when it ends.
func (s *Store) txStmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	if ctx.Value(foreignTxKey{}) != nil {
		return s.foreign.stmt(ctx, tx, query)
	}
	if s.path == ":memory:" {
		// (a :memory: store has one connection, which tx holds: the
		// store's database could not prepare anything meanwhile)
		return tx.PrepareContext(ctx, query)
	}
	s.stmts.mu.Lock()
	st, ok := s.stmts.m[query]
	full := len(s.stmts.m) >= maxCachedStmts
	s.stmts.mu.Unlock()
	if !ok {
		if full { // a query of many shapes (IN lists): prepared where it runs
			return tx.PrepareContext(ctx, query)
		}
		prepared, err := s.db.PrepareContext(context.WithoutCancel(ctx), query)
		if err != nil {
			return nil, err
		}
		s.stmts.mu.Lock()
		if st, ok = s.stmts.m[query]; ok { // prepared meanwhile by another writer
			prepared.Close()
		} else {
			if s.stmts.m == nil {
				s.stmts.m = map[string]*sql.Stmt{}
			}
			s.stmts.m[query], st = prepared, prepared
		}
		s.stmts.mu.Unlock()
	}
	return tx.StmtContext(ctx, st), nil
}

// close closes the cached statements.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// cachedTx runs queries in a transaction through the store's statement
// cache (a querier for queryRegisterOn).
type cachedTx struct {
	s  *Store
	tx *sql.Tx
}

func (c cachedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.s.txStmt(ctx, c.tx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (c cachedTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.s.txStmt(ctx, c.tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c cachedTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.s.txStmt(ctx, c.tx, query)
	if err != nil {
		return c.tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}
