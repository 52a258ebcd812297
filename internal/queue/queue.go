// Package queue runs armswatch's ingest as jobs on River
// (github.com/riverqueue/river), so that any number of worker processes, on
// any number of machines, share it: fetch a feed, fetch and process a URL,
// process a file or a segment of a web archive, re-extract a range of
// documents. The queue lives in the register's own database — River's
// riverpgxv5 driver on PostgreSQL, its riversqlite driver in the SQLite
// file — so that a job's documents and its completion are written in one
// transaction.
//
// It owns the job kinds and their workers, River's client and its
// migrations (rivermigrate, run on Open), the write batcher (several
// documents per transaction, each job completed in the transaction that
// stores its last document) and per-host politeness across workers (a
// lease row per host, domain.HostLeaser). It does not decode, extract or
// store by itself: workers call internal/pipeline, internal/feeds and the
// register's domain interfaces.
package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/feeds"
	"github.com/armswatch/armswatch/internal/pipeline"
	"github.com/armswatch/armswatch/internal/source"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// Defaults of zero Options fields.
const (
	DefaultBatch          = 32
	DefaultBatchDelay     = 20 * time.Millisecond
	DefaultJobTimeout     = 10 * time.Minute
	DefaultMaxAttempts    = 5
	DefaultSegment        = 100
	DefaultFeedTick       = 30 * time.Second
	DefaultPoll           = time.Second
	DefaultNearDuplicates = 5 * time.Minute
)

// Options tune a Queue. The zero value is usable.
type Options struct {
	// Pipeline processes documents (required to work jobs).
	Pipeline *pipeline.Pipeline
	// Source: fetches (AllowPrivate, Timeout, MaxBytes, UserAgent).
	Source source.Options
	// Concurrency is the number of jobs worked at once (0: one per CPU).
	Concurrency int
	// HostDelay is the pause between two requests to one host, across
	// all workers (0: feeds.DefaultHostDelay).
	HostDelay time.Duration
	// Batch bounds the documents saved in one transaction, BatchDelay the
	// wait for a batch to fill.
	Batch      int
	BatchDelay time.Duration
	// JobTimeout cancels a job running longer; RescueAfter retries a job
	// still marked running after that long (its worker died); it must be
	// longer than JobTimeout (else: JobTimeout plus a minute).
	JobTimeout  time.Duration
	RescueAfter time.Duration
	// MaxAttempts is how many times a failing job runs before it is
	// discarded (the dead-letter view: Jobs with StateFailed).
	MaxAttempts int
	// Feeds, when set, schedules feed polls: a periodic job every
	// FeedTick enqueues a poll job for each due feed. Feed options
	// (Interval, MaxItems) come from FeedOptions.
	Feeds       bool
	FeedTick    time.Duration
	FeedOptions feeds.Options
	// NearDuplicatesEvery is how often near-duplicate documents are
	// grouped again (a periodic job; 0: DefaultNearDuplicates, below 0:
	// never).
	NearDuplicatesEvery time.Duration
	// Poll is how often idle workers look for new jobs.
	Poll time.Duration
	// Segment is the number of web archive records per job (Enqueue).
	Segment int
	Log     *slog.Logger
	// Observer, when set, is told of every stored document and failed
	// fetch (metrics).
	Observer Observer
	// ID names this worker in host leases and River's client list.
	ID string

	// testHookDoc, when set, runs before each document of a file job is
	// processed (tests stop workers from it); ctx is the job's.
	testHookDoc func(ctx context.Context, path string, i int)
}

func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = runtime.NumCPU()
	}
	if o.HostDelay == 0 {
		o.HostDelay = feeds.DefaultHostDelay
	}
	if o.HostDelay < 0 {
		o.HostDelay = 0
	}
	if o.Batch <= 0 {
		o.Batch = DefaultBatch
	}
	if o.BatchDelay <= 0 {
		o.BatchDelay = DefaultBatchDelay
	}
	if o.JobTimeout <= 0 {
		o.JobTimeout = DefaultJobTimeout
	}
	if o.RescueAfter <= o.JobTimeout {
		o.RescueAfter = o.JobTimeout + time.Minute
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.FeedTick <= 0 {
		o.FeedTick = DefaultFeedTick
	}
	if o.NearDuplicatesEvery == 0 {
		o.NearDuplicatesEvery = DefaultNearDuplicates
	}
	if o.Poll <= 0 {
		o.Poll = DefaultPoll
	}
	if o.Segment <= 0 {
		o.Segment = DefaultSegment
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Source.Timeout <= 0 {
		o.Source.Timeout = source.DefaultTimeout
	}
	return o
}

// Queue is River on the register's database: it enqueues jobs, lists
// them and, with Run, works them.
type Queue struct {
	eng  engine
	core *core
	dsn  string
}

// engine is the part of a Queue that depends on the driver's transaction
// type (*sql.Tx for SQLite, pgx.Tx for PostgreSQL).
type engine interface {
	insertMany(ctx context.Context, params []river.InsertManyParams) (int, error)
	list(ctx context.Context, params *river.JobListParams) (*river.JobListResult, error)
	retry(ctx context.Context, id int64) (*rivertype.JobRow, error)
	start(ctx context.Context) error
	stop(ctx context.Context) error
	stopAndCancel(ctx context.Context) error
	countByState(ctx context.Context) (map[string]int, error)
	close()
}

// IsPostgres says whether db is a PostgreSQL DSN rather than a SQLite file.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Open opens the queue in db — the register's database, a postgres://
// DSN or a SQLite file — and brings River's tables up to date. st is the
// register opened on the same database; its adapter must be able to save
// in a transaction the queue opens (SaveDocumentTx).
func Open(ctx context.Context, db string, st domain.Store, opts Options) (*Queue, error) {
	opts = opts.withDefaults()
	if opts.ID == "" {
		opts.ID = workerID()
	}
	c := newCore(st, opts)
	q := &Queue{core: c, dsn: db}
	var err error
	if IsPostgres(db) {
		q.eng, err = openPostgres(ctx, db, c)
	} else {
		q.eng, err = openSQLite(ctx, db, c)
	}
	if err != nil {
		return nil, err
	}
	return q, nil
}

// Close releases the queue's connections (Run must have returned).
func (q *Queue) Close() error {
	q.eng.close()
	return nil
}

// sqliteDSN is the register's file with the pragmas its adapter sets, so
// that River's connection waits for the write lock instead of failing.
func sqliteDSN(path string) string {
	v := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(ON)", "synchronous(NORMAL)"} {
		v.Add("_pragma", p)
	}
	v.Set("_txlock", "immediate")
	return path + "?" + v.Encode()
}

type sqliteSaver interface {
	SaveDocumentTx(ctx context.Context, tx *sql.Tx, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error)
}

// sqliteBatchSaver saves a batch's documents in one call: statements
// prepared once per transaction, deals assigned once, fingerprints in the
// same transaction.
type sqliteBatchSaver interface {
	SaveDocumentsTx(ctx context.Context, tx *sql.Tx, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, error)
}

type pgSaver interface {
	SaveDocumentTx(ctx context.Context, tx pgx.Tx, doc *domain.Document, facts []domain.Fact) (domain.IngestResult, error)
}

// pgBatchSaver saves a batch's documents and their fingerprints in one
// call (the fingerprints in one round trip, not a transaction each).
type pgBatchSaver interface {
	SaveDocumentsTx(ctx context.Context, tx pgx.Tx, docs []*domain.Document, facts [][]domain.Fact, simhashes []uint64) ([]domain.IngestResult, error)
}

func openSQLite(ctx context.Context, path string, c *core) (engine, error) {
	if path == "" || path == ":memory:" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("queue: %q: the queue needs a SQLite file that every worker opens", path)
	}
	sv, ok := c.store.(sqliteSaver)
	if !ok {
		return nil, fmt.Errorf("queue: %s: the register cannot save in the queue's transactions", path)
	}
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("queue: open %s: %w", path, err)
	}
	// River's advice for SQLite: one connection, so that its concurrent
	// internal operations queue in Go instead of failing with SQLITE_BUSY.
	db.SetMaxOpenConns(1)
	fail := func(err error) (engine, error) {
		db.Close()
		return nil, fmt.Errorf("queue: open %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		return fail(err)
	}
	driver := riversqlite.New(db)
	tx := txFuncs[*sql.Tx]{
		begin:    func(ctx context.Context) (*sql.Tx, error) { return db.BeginTx(ctx, nil) },
		commit:   func(_ context.Context, tx *sql.Tx) error { return tx.Commit() },
		rollback: func(_ context.Context, tx *sql.Tx) error { return tx.Rollback() },
		save:     sv.SaveDocumentTx,
		close:    func() { db.Close() },
	}
	if bs, ok := c.store.(sqliteBatchSaver); ok {
		tx.saveMany = bs.SaveDocumentsTx
	}
	if err := migrateSQLite(ctx, driver, db); err != nil {
		return fail(err)
	}
	e, err := newRiverEngine[*riversqlite.Driver](driver, tx, c, true)
	if err != nil {
		return fail(err)
	}
	return e, nil
}

func openPostgres(ctx context.Context, dsn string, c *core) (engine, error) {
	sv, ok := c.store.(pgSaver)
	if !ok {
		return nil, errors.New("queue: the PostgreSQL register cannot save in the queue's transactions")
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, errors.New("queue: cannot parse the PostgreSQL DSN")
	}
	where := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("queue: open %s: %w", where, err)
	}
	fail := func(err error) (engine, error) {
		pool.Close()
		return nil, fmt.Errorf("queue: open %s: %w", where, err)
	}
	if err := pool.Ping(ctx); err != nil {
		return fail(err)
	}
	driver := riverpgxv5.New(pool)
	tx := txFuncs[pgx.Tx]{
		begin:    func(ctx context.Context) (pgx.Tx, error) { return pool.Begin(ctx) },
		commit:   func(ctx context.Context, tx pgx.Tx) error { return tx.Commit(ctx) },
		rollback: func(ctx context.Context, tx pgx.Tx) error { return tx.Rollback(ctx) },
		save:     sv.SaveDocumentTx,
		close:    pool.Close,
	}
	if bs, ok := c.store.(pgBatchSaver); ok {
		tx.saveMany = bs.SaveDocumentsTx
	}
	if err := migratePostgres(ctx, driver, pool); err != nil {
		return fail(err)
	}
	e, err := newRiverEngine[*riverpgxv5.Driver](driver, tx, c, false)
	if err != nil {
		return fail(err)
	}
	return e, nil
}

// migrateSQLite applies River's own migrations (its river_* tables; the
// register's are the store adapter's, in schema_migrations) in one
// transaction: BEGIN IMMEDIATE (the DSN's _txlock) makes processes that
// start together on a new file migrate one after the other.
func migrateSQLite(ctx context.Context, driver *riversqlite.Driver, db *sql.DB) error {
	m, err := rivermigrate.New(driver, nil)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	defer tx.Rollback()
	if _, err := m.MigrateTx(ctx, tx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

// migratePostgres applies River's migrations under a session advisory
// lock, so that processes starting together on a new database migrate one
// after the other (River runs each migration in a transaction of its own:
// some cannot share one).
func migratePostgres(ctx context.Context, driver *riverpgxv5.Driver, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(driver, nil)
	if err != nil {
		return err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrateLockKey); err != nil {
		return fmt.Errorf("river migrations: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrateLockKey)
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

// migrateLockKey is the advisory lock of River's migrations on
// PostgreSQL ("awriver").
const migrateLockKey int64 = 0x6177726976657200
