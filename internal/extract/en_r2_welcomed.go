package extract

import "github.com/armswatch/armswatch/internal/domain"

// enWelcomed reports whether an English "welcomed" has the system m as its
// object (at most three words between, no comma): "the navy welcomed BRP
// Rizal, the first of two corvettes ordered from Korea", "welcomed its
// first two F-35s". Told of a part of an order ("the first of N"), a
// navy or air force welcoming the system has received it.
func (sc *sentScan) enWelcomed(m mention) bool {
	if sc.lw.code != "en" {
		return false
	}
	for p := m.tok0 - 1; p >= 0 && p >= m.tok0-4; p-- {
		switch sc.toks[p].norm {
		case "welcomed", "welcomes":
			return !sc.boundaryBetween(p+1, m.tok0)
		}
	}
	return false
}

// enWelcomedYears dates the two events of "welcomed X, the first of two
// corvettes that Manila ordered from South Korea in 2021": the year
// after the order word is the whole order's; the part welcomed is dated
// by the document.
func (d *docScan) enWelcomedYears(sc *sentScan, m mention, part, whole *domain.Fact) {
	if !sc.enWelcomed(m) || part.Stage != domain.StageDelivered || whole.Stage != domain.StageOrdered {
		return
	}
	for _, y := range sc.years {
		if y.relative || y.tok0 <= m.tok0 {
			continue
		}
		for _, p := range sc.cuePositions("stage-ordered") {
			if p > m.tok0 && p < y.tok0 && y.tok0-p <= 10 && !sc.boundaryBetween(p+1, y.tok0) {
				whole.Year = y.year
				if part.Year == y.year {
					part.Year = 0
					if !d.pub.IsZero() && d.pub.Year() > y.year {
						part.Year = d.pub.Year()
					}
				}
				return
			}
		}
	}
}
