package postgres

import (
	"context"
	"fmt"

	"github.com/armswatch/armswatch/internal/domain"
)

var _ domain.Pinger = (*Store)(nil)

// Ping checks that the server answers a query.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("postgres: ping: %w", err)
	}
	return nil
}
