package postgres

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Defaults applied when the DSN (or PGCONNECT_TIMEOUT, PGOPTIONS) does not
// say: no connection attempt waits forever for a server that does not
// answer, and no statement runs forever. Migrations lift the statement
// timeout for their own transaction (building an index on a large table
// may take longer). Variables only so that tests can shorten them.
var (
	DefaultConnectTimeout   = 10 * time.Second
	DefaultStatementTimeout = 2 * time.Minute
)

// applyTimeouts sets the default connect and statement timeouts on cfg
// where the DSN left them out.
func applyTimeouts(cfg *pgxpool.Config) {
	cc := cfg.ConnConfig
	if cc.ConnectTimeout <= 0 {
		cc.ConnectTimeout = DefaultConnectTimeout
	}
	if cc.RuntimeParams == nil {
		cc.RuntimeParams = map[string]string{}
	}
	if _, ok := cc.RuntimeParams["statement_timeout"]; ok {
		return
	}
	if strings.Contains(cc.RuntimeParams["options"], "statement_timeout") || strings.Contains(os.Getenv("PGOPTIONS"), "statement_timeout") {
		return
	}
	cc.RuntimeParams["statement_timeout"] = strconv.FormatInt(DefaultStatementTimeout.Milliseconds(), 10) // ms
}
