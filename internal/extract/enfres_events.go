package extract

import "github.com/armswatch/armswatch/internal/domain"

// distinctAgreement reports whether two agreements between the same
// parties are two agreements: each with a year of its own, and the years
// differ ("a new defence accord signed in 2022", "a first accord in 2015").
func distinctAgreement(a, b domain.Fact) bool {
	return a.Year != 0 && b.Year != 0 && a.Year != b.Year
}
