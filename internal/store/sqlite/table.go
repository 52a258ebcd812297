package sqlite

import (
	"context"
	"fmt"
	"github.com/armswatch/armswatch/internal/store/rows"

	"github.com/armswatch/armswatch/internal/domain"
)

// Table makes a partner-by-year table of transfer and aggregate facts
// (domain.Tabler). Cells count as Rank counts (totals.go): each deal
// once, with its resolved value, in the year of its first selected fact,
// and per partner and year the larger of the item deals and the stated
// aggregates. Reviews apply as in Rank. Facts with no year (neither their
// own nor their document's) are not in the table.
func (s *Store) Table(ctx context.Context, q domain.TableQuery) (*domain.Table, error) {
	if err := rows.CheckTable(&q); err != nil {
		return nil, fmt.Errorf("sqlite: table: %w", err)
	}
	reviews, err := s.hasReviews(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: table: %w", err)
	}
	partnerCol := "f.supplier"
	var w where
	w.add("f.type IN ('transfer', 'aggregate')")
	if q.Supplier != "" {
		partnerCol = "f.recipient"
		w.cmpReviewed(reviews, "f.supplier", "f.supplier", "=", q.Supplier)
		if q.Recipient != "" {
			w.cmpReviewed(reviews, "f.recipient", "f.recipient", "=", q.Recipient)
		}
	} else {
		w.cmpReviewed(reviews, "f.recipient", "f.recipient", "=", q.Recipient)
	}
	partner := rv(reviews, partnerCol)
	year := rvYear(reviews)
	w.add(partner + " IS NOT NULL")
	w.add(year + " IS NOT NULL")
	w.yearsReviewed(reviews, factYear, q.Since, q.Until)
	w.confidence(q.MinConfidence)
	if reviews {
		w.add(notRejected)
	}
	ctes, err := dealTotalsSQL([]string{partner}, year, "", from(true, reviews)+w.sql(), reviews, q.Constant)
	if err != nil {
		return nil, fmt.Errorf("sqlite: table: %w", err)
	}
	query := `WITH ` + ctes + ` SELECT p0, yr, value, n, left_out FROM per_year`
	rows, err := s.db.QueryContext(ctx, query, w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: table: %w", err)
	}
	defer rows.Close()
	var cells []domain.TableCell
	for rows.Next() {
		var c domain.TableCell
		if err := rows.Scan(&c.Party, &c.Year, &c.Value, &c.Facts, &c.LeftOut); err != nil {
			return nil, fmt.Errorf("sqlite: table: %w", err)
		}
		cells = append(cells, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: table: %w", err)
	}
	return domain.MakeTable(q, cells), nil
}
