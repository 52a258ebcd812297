package postgres

import (
	"context"
	"fmt"
	"github.com/armswatch/armswatch/internal/store/rows"

	"github.com/armswatch/armswatch/internal/domain"
)

// Table makes a partner-by-year table of transfer and aggregate facts
// (domain.Tabler), counted as the sqlite package does (totals.go): each
// deal once, with its resolved value, in the year of its first selected
// fact, and per partner and year the larger of the item deals and the
// stated aggregates. Reviews apply as in Rank. Facts with no year are not
// in the table.
func (s *Store) Table(ctx context.Context, q domain.TableQuery) (*domain.Table, error) {
	if err := rows.CheckTable(&q); err != nil {
		return nil, fmt.Errorf("postgres: table: %w", err)
	}
	partner := rv("f.supplier")
	var w where
	w.add("f.type IN ('transfer', 'aggregate')")
	w.add(notRejected)
	if q.Supplier != "" {
		partner = rv("f.recipient")
		w.add(rv("f.supplier") + " = " + w.arg(q.Supplier))
		if q.Recipient != "" {
			w.add(rv("f.recipient") + " = " + w.arg(q.Recipient))
		}
	} else {
		w.add(rv("f.recipient") + " = " + w.arg(q.Recipient))
	}
	w.add(partner + " IS NOT NULL")
	w.add(rvYear + " IS NOT NULL")
	w.years(q.Since, q.Until)
	w.confidence(q.MinConfidence)
	ctes, err := dealTotalsSQL([]string{partner}, rvYear, "",
		` FROM facts f JOIN documents d ON d.id = f.document_id`+joinReviews+w.sql(), q.Constant)
	if err != nil {
		return nil, fmt.Errorf("postgres: table: %w", err)
	}
	query := `WITH ` + ctes + ` SELECT p0, yr::integer, value::float8, n::integer, left_out::integer FROM per_year`
	rows, err := s.pool.Query(ctx, query, w.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: table: %w", err)
	}
	defer rows.Close()
	var cells []domain.TableCell
	for rows.Next() {
		var c domain.TableCell
		if err := rows.Scan(&c.Party, &c.Year, &c.Value, &c.Facts, &c.LeftOut); err != nil {
			return nil, fmt.Errorf("postgres: table: %w", err)
		}
		cells = append(cells, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: table: %w", err)
	}
	return domain.MakeTable(q, cells), nil
}
