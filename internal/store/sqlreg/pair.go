package sqlreg

import (
	"context"
	"slices"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// This file aggregates a pair's fact sheet in SQL, in one pass over the
// facts_pair_sheet index (004_register_indexes.sql), so that a pair with
// tens of thousands of facts costs a few tens of milliseconds.

// pairSide selects the pair's facts (of the giving side's supplier or
// provider), as reviewed, and leaves rejected facts out when there are
// reviews (which the queries then join: from(false, reviews)).
func (r *Register) pairSide(supplier, recipient string, reviews bool) where {
	w := where{d: r.d}
	r.cmpReviewed(&w, reviews, supplierSQL, "f.supplier", "=", supplier)
	r.cmpReviewed(&w, reviews, "f.recipient", "f.recipient", "=", recipient)
	if reviews {
		w.add(notRejected)
	}
	return w
}

// systemLine is systemLineSQL over the reviewed system.
func (r *Register) systemLine(reviews bool) string {
	if !reviews {
		return systemLineSQL
	}
	return `COALESCE('name:' || lower(` + r.rv(true, "f.system_name") + `), 'cat:' || lower(` + r.rv(true, "f.system_category") + `), '?')`
}

// systemLineSQL tells apart the system lines of facts without a lexicon
// id: by name, else by category.
const systemLineSQL = `COALESCE('name:' || lower(f.system_name), 'cat:' || lower(f.system_category), '?')`

// pairLine accumulates one system line.
type pairLine struct {
	domain.PairSystem
	key       string // system id, or systemLineSQL's value
	firstYear int
}

func (l *pairLine) add(name, category, stage string, quantity int, value float64, n, year int) {
	if l.Name == "" {
		l.Name = name
	}
	if l.Category == "" {
		l.Category = category
	}
	if stage != "" && !slices.Contains(l.Stages, stage) {
		l.Stages = append(l.Stages, stage)
	}
	l.Quantity = max(l.Quantity, quantity)
	l.ValueUSD = max(l.ValueUSD, value)
	l.Facts += n
	if year > 0 && (l.firstYear == 0 || year < l.firstYear) {
		l.firstYear = year
	}
}

// PairSheet aggregates what supplier sent recipient: the systems (first
// reported first, figures the largest stated, each citing its latest cites
// facts by id), the facts per year and stage, and the total as Rank counts
// it. Reviews apply (reviewed.go): corrected values count as corrected
// in the figures and show in the cited facts; rejected facts are left out.
//
// The total counts each deal once, as Rank does (totals.go).
func (r *Register) PairSheet(ctx context.Context, supplier, recipient string, cites int) (domain.PairSheet, error) {
	var sheet domain.PairSheet
	reviews, err := r.hasReviews(ctx)
	if err != nil {
		return sheet, r.errf("pair sheet", err)
	}
	w := r.pairSide(supplier, recipient, reviews)
	w.add("f.type IN ('transfer', 'aggregate', 'assistance')")
	// GROUP BY follows the index's order: the groups stream out unsorted.
	c := func(col string) string { return r.rv(reviews, col) }
	rs, err := r.query(ctx, `SELECT lower(f.type), COALESCE(`+c("f.system_id")+`, ''), COALESCE(lower(`+c("f.stage")+`), ''), COALESCE(`+c("f.sort_year")+`, 0),
			COALESCE(MAX(`+c("f.system_name")+`), ''), COALESCE(MAX(`+c("f.system_category")+`), ''),
			COALESCE(MAX(`+c("f.quantity")+`), 0), COALESCE(MAX(`+c("f.value_usd")+`), 0), COALESCE(SUM(`+c("f.value_usd")+`), 0), COUNT(*)`+
		r.from(false, reviews)+w.sql()+`
		GROUP BY f.type, 2, 3, 4`, w.args...)
	if err != nil {
		return sheet, r.errf("pair sheet", err)
	}
	var (
		lines    []*pairLine
		byKey    = map[string]*pairLine{}
		timeline = map[domain.YearCount]int{}
		noID     bool
	)
	for rs.Next() {
		var (
			typ, id, stage, name, category string
			year, quantity, n              int
			maxValue, sumValue             float64
		)
		if err := rs.Scan(&typ, &id, &stage, &year, &name, &category, &quantity, &maxValue, &sumValue, &n); err != nil {
			rs.Close()
			return sheet, r.errf("pair sheet", err)
		}
		if year > 0 {
			timeline[domain.YearCount{Year: year, Stage: stage}] += n
		}
		if typ == domain.TypeTransfer || typ == domain.TypeAggregate {
			sheet.Facts += n
		}
		if typ != domain.TypeTransfer {
			continue
		}
		if id == "" {
			noID = true
			continue
		}
		l := byKey[id]
		if l == nil {
			l = &pairLine{key: id, PairSystem: domain.PairSystem{ID: id, Stages: []string{}}}
			byKey[id] = l
			lines = append(lines, l)
		}
		l.add(name, category, stage, quantity, maxValue, n, year)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return sheet, r.errf("pair sheet", err)
	}
	if noID {
		if lines, err = r.pairGenericLines(ctx, supplier, recipient, reviews, lines); err != nil {
			return sheet, err
		}
	}
	slices.SortStableFunc(lines, func(a, b *pairLine) int {
		ya, yb := a.firstYear, b.firstYear
		if ya == 0 {
			ya = 1 << 30
		}
		if yb == 0 {
			yb = 1 << 30
		}
		if ya != yb {
			return ya - yb
		}
		return strings.Compare(a.Name, b.Name)
	})
	for _, l := range lines {
		if cites > 0 {
			cw := r.pairSide(supplier, recipient, reviews)
			cw.add("f.type = 'transfer'")
			if l.ID != "" {
				r.cmpReviewed(&cw, reviews, "f.system_id", "f.system_id", "=", l.ID)
			} else {
				cw.add(r.rv(reviews, "f.system_id") + " IS NULL")
				cw.add(r.systemLine(reviews)+" = ?", l.key)
			}
			if l.Cites, err = r.registerFacts(ctx, reviews, cw.sql()+" ORDER BY f.id DESC LIMIT ?", append(cw.args, cites)...); err != nil {
				return sheet, r.errf("pair sheet", err)
			}
		}
		sheet.Systems = append(sheet.Systems, l.PairSystem)
	}
	for k, n := range timeline {
		sheet.Timeline = append(sheet.Timeline, domain.YearCount{Year: k.Year, Stage: k.Stage, Facts: n})
	}
	slices.SortFunc(sheet.Timeline, func(a, b domain.YearCount) int {
		if a.Year != b.Year {
			return a.Year - b.Year
		}
		return strings.Compare(a.Stage, b.Stage)
	})
	if err := r.pairTotal(ctx, supplier, recipient, reviews, &sheet); err != nil {
		return sheet, err
	}
	return sheet, nil
}

// pairGenericLines adds the lines of transfers without a lexicon id,
// told apart by name, else category.
func (r *Register) pairGenericLines(ctx context.Context, supplier, recipient string, reviews bool, lines []*pairLine) ([]*pairLine, error) {
	w := r.pairSide(supplier, recipient, reviews)
	w.add("f.type = 'transfer'")
	w.add(r.rv(reviews, "f.system_id") + " IS NULL")
	c := func(col string) string { return r.rv(reviews, col) }
	rs, err := r.query(ctx, `SELECT `+r.systemLine(reviews)+`, COALESCE(lower(`+c("f.stage")+`), ''), COALESCE(MIN(`+c("f.sort_year")+`), 0),
			COALESCE(MAX(`+c("f.system_name")+`), ''), COALESCE(MAX(`+c("f.system_category")+`), ''),
			COALESCE(MAX(`+c("f.quantity")+`), 0), COALESCE(MAX(`+c("f.value_usd")+`), 0), COUNT(*)`+
		r.from(false, reviews)+w.sql()+` GROUP BY 1, 2`, w.args...)
	if err != nil {
		return nil, r.errf("pair sheet", err)
	}
	defer rs.Close()
	byKey := map[string]*pairLine{}
	for rs.Next() {
		var (
			key, stage, name, category string
			year, quantity, n          int
			value                      float64
		)
		if err := rs.Scan(&key, &stage, &year, &name, &category, &quantity, &value, &n); err != nil {
			return nil, r.errf("pair sheet", err)
		}
		l := byKey[key]
		if l == nil {
			l = &pairLine{key: key, PairSystem: domain.PairSystem{Stages: []string{}}}
			byKey[key] = l
			lines = append(lines, l)
		}
		l.add(name, category, stage, quantity, value, n, year)
	}
	return lines, rs.Err()
}

// pairTotal sets the sheet's total value as Rank counts it (totals.go):
// each deal of the pair once, with its resolved value, and per year the
// larger of the item deals and the stated aggregates.
func (r *Register) pairTotal(ctx context.Context, supplier, recipient string, reviews bool, sheet *domain.PairSheet) error {
	w := r.pairSide(supplier, recipient, reviews)
	w.add("f.type IN ('transfer', 'aggregate')")
	ctes, err := r.DealTotalsSQL(nil, r.rvYear(reviews), "", r.from(true, reviews)+w.sql(), reviews, 0)
	if err != nil {
		return r.errf("pair total", err)
	}
	if err := r.queryRow(ctx, `WITH `+ctes+` SELECT COALESCE(SUM(value), 0) FROM per_year`, w.args...).Scan(&sheet.ValueUSD); err != nil {
		return r.errf("pair total", err)
	}
	return nil
}
