package rows

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/money"
)

// ConstantSQL is the SQL of a dollar value val (an expression: the stored
// or corrected value_usd) in constant dollars of base: val times the CPI
// factor of the fact's year (year, an expression of the adapter's
// dialect), rounded to the dollar; NULL when that year has no CPI. With
// base 0 it is val. The factors are numbers from the embedded CPI table,
// written as literals, so the same SQL runs on both adapters.
func ConstantSQL(val, year string, base int) (string, error) {
	if base == 0 {
		return val, nil
	}
	cpi := money.DefaultCPI()
	factors, ok := cpi.Factors(base)
	if !ok {
		return "", fmt.Errorf("no CPI for constant dollars of %d (covered: %d to %d)", base, cpi.First, cpi.Last)
	}
	var b strings.Builder
	b.WriteString("ROUND((" + val + ") * (CASE " + year)
	for y := cpi.First; y <= cpi.Last; y++ {
		if f, ok := factors[y]; ok {
			b.WriteString(" WHEN " + strconv.Itoa(y) + " THEN " + strconv.FormatFloat(f, 'f', 10, 64))
		}
	}
	b.WriteString(" END))")
	return b.String(), nil
}

// LeftOutSQL is 1 for a fact that states an amount whose dollar value
// (val) is unknown, else 0.
func LeftOutSQL(val string) string {
	return `CASE WHEN f.value_amount IS NOT NULL AND (` + val + `) IS NULL THEN 1 ELSE 0 END`
}

// MaxTableYears bounds the columns of a partner-by-year table.
const MaxTableYears = 100

// CheckTable checks a table query as both adapters take it and fills its
// default measure (value).
func CheckTable(q *domain.TableQuery) error {
	switch q.By {
	case "":
		q.By = "value"
	case "value", "count":
	default:
		return fmt.Errorf("unknown measure %q (want value or count)", q.By)
	}
	if q.Supplier == "" && q.Recipient == "" {
		return fmt.Errorf("a supplier or a recipient is needed")
	}
	if q.Since > 0 && q.Until > 0 && (q.Until < q.Since || q.Until-q.Since >= MaxTableYears) {
		return fmt.Errorf("years %d to %d: want at most %d years, in order", q.Since, q.Until, MaxTableYears)
	}
	return nil
}
