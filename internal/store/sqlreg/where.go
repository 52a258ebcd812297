package sqlreg

import (
	"strings"
)

// where collects the conditions and arguments of a query.
type where struct {
	d     Dialect
	conds []string
	args  []any
	// plain holds, when reviews are joined, the correction paths
	// (setBy) that no review sets: a condition on such a column is the
	// extracted column's own, which an index serves (uncorrectedPaths).
	plain map[string]bool
	// needsR says that a condition reads the joined review (r).
	needsR bool
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// in adds "expr IN (?, ?, …)" for values.
func (w *where) in(expr string, values []string) {
	cond, args := In(expr, values)
	w.add(cond, args...)
}

// In is the condition "expr IN (?, ?, …)" and its arguments, values.
func In(expr string, values []string) (string, []any) {
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	return expr + " IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ") + ")", args
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// confidence adds the MinConfidence condition.
func (w *where) confidence(min float64) {
	if min > 0 {
		w.add("f.confidence >= ?", min)
	}
}

// limit is a page's row limit: DefaultLimit when n <= 0, at most MaxLimit.
func limit(n int) int {
	if n <= 0 {
		n = DefaultLimit
	}
	return min(n, MaxLimit)
}
