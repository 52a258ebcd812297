package postgres

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

// TestRetryable: only a deadlock or a serialization failure, however
// wrapped, makes retryTx run the transaction again.
func TestRetryable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"deadlock", &pgconn.PgError{Code: "40P01"}, true},
		{"serialization", &pgconn.PgError{Code: "40001"}, true},
		{"wrapped deadlock", fmt.Errorf("assign deals: %w", &pgconn.PgError{Code: "40P01"}), true},
		{"unique violation", &pgconn.PgError{Code: "23505"}, false},
		{"other error", errors.New("document not found"), false},
		{"nil", nil, false},
	}
	for _, tc := range tests {
		if got := retryable(tc.err); got != tc.want {
			t.Errorf("%s: retryable = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestRetryTx: a transaction aborted for a deadlock runs again, up to
// txAttempts times; any other error, or success, ends it at once.
func TestRetryTx(t *testing.T) {
	deadlock := fmt.Errorf("assign deals: %w", &pgconn.PgError{Code: "40P01"})
	other := errors.New("insert document: boom")
	tests := []struct {
		name     string
		errs     []error // what each run returns, in turn; nil after the list
		runs     int
		wantFail error
	}{
		{"success", nil, 1, nil},
		{"deadlock then success", []error{deadlock}, 2, nil},
		{"other error", []error{other, nil}, 1, other},
		{"deadlock then other", []error{deadlock, other}, 2, other},
		{"deadlocks every time", []error{deadlock, deadlock, deadlock, deadlock, deadlock}, txAttempts, deadlock},
	}
	for _, tc := range tests {
		runs := 0
		err := retryTx(func() error {
			runs++
			if runs <= len(tc.errs) {
				return tc.errs[runs-1]
			}
			return nil
		})
		if runs != tc.runs || !errors.Is(err, tc.wantFail) || (tc.wantFail == nil) != (err == nil) {
			t.Errorf("%s: %d runs, err %v; want %d runs, err %v", tc.name, runs, err, tc.runs, tc.wantFail)
		}
	}
}
