package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// distinctAgreement reports whether two agreements between the same
// parties are two agreements: each with a year of its own, and the years
// differ ("a new defence accord signed in 2022", "a first accord in 2015").
func distinctAgreement(a, b domain.Fact) bool {
	return a.Year != 0 && b.Year != 0 && a.Year != b.Year
}

// distinctBatch reports whether two statements of one system going to one
// buyer at the same stage are two batches: told in different sentences,
// each with a count of its own ("three TB2 in March 2023" beside "some
// twenty TB2 handed over").
func distinctBatch(a, b domain.Fact) bool {
	if a.Rule != "transfer.system" || b.Rule != "transfer.system" {
		return false // "the remaining 26 jets": a description counts a part
	}
	if a.Evidence.Start == b.Evidence.Start || a.Quantity <= 1 || b.Quantity <= 1 || a.Quantity == b.Quantity || a.Stage != b.Stage || a.Stage == "" {
		return false
	}
	// "a combined total of 67", "bringing the total to 36": a sum of the
	// batches, no batch (read last: it lowers the sentences' case)
	return !cumulative(a.Evidence.Text) && !cumulative(b.Evidence.Text)
}

// cumulativeWords say that a count sums the batches: "a combined total of
// 67", "bringing the total to 36", "portera le total à 36", "elevando el
// total a 36", "die Gesamtzahl auf 36". ("A total of 12" alone often
// counts a new order.)
var cumulativeWords = []string{"combined total", "cumulative total", "bringing the total", "brings the total", "bring the total",
	"porte le total", "portera le total", "portant le total", "total cumulé", "eleva el total", "elevará el total", "elevando el total",
	"gesamtzahl auf", "إجمالي عدد"}

// cumulative reports whether a sentence gives a count as a total.
func cumulative(sentence string) bool {
	s := strings.ToLower(sentence)
	for _, w := range cumulativeWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
