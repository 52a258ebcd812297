package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	numDateRe = regexp.MustCompile(`\b([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)\b`)
	isoDateRe = regexp.MustCompile(`\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:\b|T)`)
)

// findDate reads the first full date in a text head: "March 28, 2018", "28
// mars 2018", "23/09/2016", "2018-03-28".
func findDate(s string, lw *langWords) time.Time {
	type cand struct {
		pos int
		t   time.Time
	}
	var best *cand
	consider := func(pos int, y, m, dd int) {
		if y < 1950 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > 31 {
			return
		}
		if best == nil || pos < best.pos {
			best = &cand{pos, time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)}
		}
	}
	if m := isoDateRe.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, mo, dd)
	}
	if m := numDateRe.FindStringSubmatchIndex(s); m != nil {
		dd, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		consider(m[0], y, mo, dd)
	}
	// month names: "March 28, 2018", "28 mars 2018", "(Tuesday, April 14, 2026)"
	toks := tokenize(s, 0)
	byteOf := newRuneText(s)
	// "16 de abril de 2024": the connectors between day, month and year
	var kept []token
	for _, t := range toks {
		if t.norm == "de" || t.norm == "del" || t.norm == "of" {
			continue
		}
		kept = append(kept, t)
	}
	toks = kept
	num := func(t token) int { v, _ := strconv.Atoi(toASCIIDigits(t.raw)); return v }
	for i, t := range toks {
		mo, ok := 0, false
		last := i // the month's last token: "كانون الأول" is two
		if i+1 < len(toks) {
			mo, ok = lw.months[t.norm+" "+toks[i+1].norm]
			last = i + 1
		}
		if !ok {
			mo, ok = lw.months[t.norm]
			last = i
		}
		if !ok || t.digit {
			continue
		}
		// "13 يوليو/تموز 2019": a month given under both its names
		if last+1 < len(toks) && !toks[last+1].digit && strings.TrimSpace(toks[last+1].gap) == "/" {
			if _, again := lw.months[toks[last+1].norm]; again {
				last++
			} else if last+2 < len(toks) {
				if _, again := lw.months[toks[last+1].norm+" "+toks[last+2].norm]; again {
					last += 2
				}
			}
		}
		// day before (28 mars 2018) or after (March 28, 2018), then year
		var day, year int
		if last+2 < len(toks) && toks[last+1].digit && toks[last+2].digit {
			day, year = num(toks[last+1]), num(toks[last+2])
		} else if i > 0 && last+1 < len(toks) && toks[i-1].digit && toks[last+1].digit {
			day, year = num(toks[i-1]), num(toks[last+1])
		}
		if year > 0 {
			consider(byteOf.byteOf(t.start), year, mo, day)
			break
		}
	}
	if best == nil {
		return time.Time{}
	}
	return best.t
}
