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
		// "September 29th, 2015", "1er avril 2022": an ordinal day's
		// suffix, written right after its digits
		if ordinalSuffix[t.norm] && t.gap == "" && len(kept) > 0 && kept[len(kept)-1].digit {
			continue
		}
		kept = append(kept, t)
	}
	toks = kept
	num := func(t token) int { v, _ := strconv.Atoi(toASCIIDigits(t.raw)); return v }
	isDay := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].digit && num(toks[k]) <= 31 }
	monthYear := time.Time{} // "Publié en avril 2022": a publication month with no day
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
		// the day right after the month must be one ("12 noviembre 2009 |
		// 17:40" is not the 2009th of November in year 17)
		if last+2 < len(toks) && isDay(last+1) && toks[last+2].digit {
			day, year = num(toks[last+1]), num(toks[last+2])
		} else if i > 0 && last+1 < len(toks) && isDay(i-1) && toks[last+1].digit {
			day, year = num(toks[i-1]), num(toks[last+1])
		} else if monthYear.IsZero() && last+1 < len(toks) && toks[last+1].digit && len(toks[last+1].norm) == 4 && publishedBefore(toks, i) {
			if y := num(toks[last+1]); y >= 1950 && y <= 2100 {
				monthYear = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
			}
		}
		if year > 0 {
			consider(byteOf.byteOf(t.start), year, mo, day)
			break
		}
	}
	if best == nil {
		return monthYear
	}
	return best.t
}

// ordinalSuffix: the letters after an ordinal day's digits.
var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true, "eme": true, "o": true}

// publishedBefore reports a word of publication in the three tokens before
// k: "Publié en avril 2022", "Published in April 2022", "Publicado en abril
// de 2022", "Mis à jour en mai 2021".
func publishedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := toks[j].norm
		if strings.HasPrefix(w, "publi") || strings.HasPrefix(w, "actualiz") || w == "updated" || w == "jour" {
			return true
		}
	}
	return false
}
