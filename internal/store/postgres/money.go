package postgres

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/armswatch/armswatch/internal/money"
)

// constantSQL is the SQL of a dollar value val (an expression: the stored
// or corrected value_usd) in constant dollars of base: val times the CPI
// factor of the fact's year (factYear), rounded to the dollar; NULL when
// that year has no CPI.
// With base 0 it is val. The factors are numbers from the embedded CPI
// table, written as literals.
func constantSQL(val string, base int) (string, error) {
	return constantAtSQL(val, factYear, base)
}

// constantAtSQL is constantSQL with the year of the value given (year, an
// expression): a deal's value converts at the deal's year.
func constantAtSQL(val, year string, base int) (string, error) {
	if base == 0 {
		return val, nil
	}
	factors, ok := money.DefaultCPI().Factors(base)
	if !ok {
		first, last := money.DefaultCPI().First, money.DefaultCPI().Last
		return "", fmt.Errorf("no CPI for constant dollars of %d (covered: %d to %d)", base, first, last)
	}
	var b strings.Builder
	b.WriteString("ROUND((" + val + ") * (CASE " + year)
	for y := money.DefaultCPI().First; y <= money.DefaultCPI().Last; y++ {
		if f, ok := factors[y]; ok {
			b.WriteString(" WHEN " + strconv.Itoa(y) + " THEN " + strconv.FormatFloat(f, 'f', 10, 64))
		}
	}
	b.WriteString(" END))")
	return b.String(), nil
}

// leftOutSQL is 1 for a fact that states an amount whose dollar value
// (val) is unknown, else 0.
func leftOutSQL(val string) string {
	return `CASE WHEN f.value_amount IS NOT NULL AND (` + val + `) IS NULL THEN 1 ELSE 0 END`
}
