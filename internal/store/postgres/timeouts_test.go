package postgres

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

func TestApplyTimeouts(t *testing.T) {
	t.Setenv("PGCONNECT_TIMEOUT", "")
	t.Setenv("PGOPTIONS", "")
	for _, tt := range []struct {
		dsn         string
		connect     time.Duration
		stmt, hasOp string
	}{
		{"postgres://u@h/db", DefaultConnectTimeout, "120000", ""},
		{"postgres://u@h/db?connect_timeout=3&statement_timeout=5000", 3 * time.Second, "5000", ""},
		{"host=h user=u dbname=db connect_timeout=4", 4 * time.Second, "120000", ""},
		{"postgres://u@h/db?options=-c%20statement_timeout%3D7s", DefaultConnectTimeout, "", "statement_timeout=7s"},
	} {
		cfg, err := pgxpool.ParseConfig(tt.dsn)
		if err != nil {
			t.Fatal(err)
		}
		applyTimeouts(cfg)
		cc := cfg.ConnConfig
		if cc.ConnectTimeout != tt.connect || cc.RuntimeParams["statement_timeout"] != tt.stmt || !strings.Contains(cc.RuntimeParams["options"], tt.hasOp) {
			t.Errorf("%s: connect %v, statement_timeout %q, options %q", tt.dsn, cc.ConnectTimeout, cc.RuntimeParams["statement_timeout"], cc.RuntimeParams["options"])
		}
	}
}

// A server that accepts the connection and never answers: Open gives up
// after the default connect timeout instead of hanging.
func TestOpenConnectTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // silent until the test ends
		}
	}()
	saved := DefaultConnectTimeout
	DefaultConnectTimeout = 300 * time.Millisecond
	defer func() { DefaultConnectTimeout = saved }()
	start := time.Now()
	_, err = Open(context.Background(), "postgres://u:pw@"+ln.Addr().String()+"/db?sslmode=disable")
	if err == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("Open: %v after %v", err, time.Since(start))
	}
	if strings.Contains(err.Error(), "pw") {
		t.Errorf("error shows the password: %v", err)
	}
}

// Statements get the default timeout unless the DSN says otherwise.
func TestStatementTimeout(t *testing.T) {
	s := openTest(t)
	var v string
	if err := s.pool.QueryRow(context.Background(), "SHOW statement_timeout").Scan(&v); err != nil || v != "2min" {
		t.Errorf("statement_timeout = %q, %v", v, err)
	}
	dsn := testDSN(t)
	if strings.Contains(dsn, "://") {
		dsn += "&statement_timeout=100"
	} else {
		dsn += " statement_timeout=100"
	}
	short := openDSN(t, dsn)
	_, err := short.pool.Exec(context.Background(), "SELECT pg_sleep(2)")
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "57014" {
		t.Errorf("pg_sleep(2) under a 100 ms timeout: %v", err)
	}
}
