package sqlite

import (
	"context"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
)

var _ domain.Pinger = (*Store)(nil)

// Ping reads from the database (a closed store, or a file that cannot be
// read, fails).
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, `SELECT 1 FROM register_version LIMIT 1`).Scan(&one); err != nil {
		return fmt.Errorf("sqlite: ping %q: %w", s.path, err)
	}
	return nil
}
