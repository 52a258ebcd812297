package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// German news pages often date themselves less precisely than findDate
// asks: a breadcrumb or dateline line "ZDF heute | Politik | Oktober 2023",
// "news.ORF.at | Ausland | 2024", "Politik | 08.05.13", "Berlin, Oktober
// 2018 (APA/AFP)", or the archive's "date 2023-05" line. Without a
// publication date, "im vergangenen Jahr", "im März" and the year of a
// sentence with no year of its own stay unknown. deHeadDate reads such a
// line among the first lines of the head; it is asked only when findDate
// found no full date.

var (
	// "date 2023-05": a year and month, the archive's metadata line
	deIsoMonthRe = regexp.MustCompile(`^date\s+((?:19|20)\d\d)-([01]\d)\b`)
	// "08.05.13", "13.02.15, 09:45", "08.05.13 | 14:20 Uhr": a day, a month
	// and a two-digit year
	deShortDateRe = regexp.MustCompile(`^([0-3]?\d)\.([01]?\d)\.(\d\d)(?:,?\s*[0-2]?\d[:.][0-5]\d(?:\s*Uhr)?)?$`)
	// "2024": a year alone in a field of the line
	deYearFieldRe = regexp.MustCompile(`^((?:19|20)\d\d)$`)
	// "(APA/AFP)": the agencies after a dateline
	deAgencyTailRe = regexp.MustCompile(`\s*\([^()]{1,30}\)$`)
)

// deHeadLines is how many of the head's non-empty lines deHeadDate reads,
// and deHeadLineMax the longest line it takes for a dateline.
const (
	deHeadLines   = 6
	deHeadLineMax = 90
)

// deHeadDate finds the publication month or year in a German-style
// dateline or breadcrumb among lines, the head's first lines
// (headDateLines); a month without a day is its first day, a year alone
// its first of January (as findDate's "Publié en avril 2022"). Zero when
// there is none. It is the first of r8HeadDate's two passes, in every
// language.
func deHeadDate(lines []string, lw *langWords) time.Time {
	for _, l := range lines {
		if m := deIsoMonthRe.FindStringSubmatch(l); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if mo >= 1 && mo <= 12 {
				return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
			}
		}
		if utf8.RuneCountInString(l) > deHeadLineMax {
			continue
		}
		fields := strings.Split(l, "|")
		for _, f := range fields {
			if t := deDateField(strings.TrimSpace(f), len(fields) > 1, lw); !t.IsZero() {
				return t
			}
		}
	}
	return time.Time{}
}

// headDateLines returns the first deHeadLines non-empty lines of head,
// trimmed: the lines both passes of r8HeadDate read a dateline in.
func headDateLines(head string) []string {
	var out []string
	for line := range strings.SplitSeq(head, "\n") {
		l := strings.TrimSpace(line)
		if l == "" {
			continue
		}
		if out = append(out, l); len(out) == deHeadLines {
			break
		}
	}
	return out
}

// deDateField reads one field of a dateline: "08.05.13", "Oktober 2023",
// "Berlin, Oktober 2018 (APA/AFP)", or, in a line of several fields
// ("news.ORF.at | Ausland | 2024"), a year alone.
func deDateField(f string, split bool, lw *langWords) time.Time {
	if m := deShortDateRe.FindStringSubmatch(f); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			return time.Date(2000+y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		}
		return time.Time{}
	}
	if split {
		if m := deYearFieldRe.FindStringSubmatch(f); m != nil {
			y, _ := strconv.Atoi(m[1])
			return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	// "Oktober 2023", "Berlin, Oktober 2018 (APA/AFP)": the month and year
	// end the field, after at most a place and its comma
	return monthYearOf(tokenize(deAgencyTailRe.ReplaceAllString(f, ""), 0), lw)
}

// monthYearOf reads tokens that end with a month and a four-digit year,
// after at most a place and its comma ("Oktober 2023", "Berlin, Oktober
// 2018", "أغسطس 2016"): the month's first day. Zero otherwise.
func monthYearOf(toks []token, lw *langWords) time.Time {
	n := len(toks)
	if n < 2 || n > 5 || !toks[n-1].digit || len(toks[n-1].norm) != 4 || toks[n-2].digit {
		return time.Time{}
	}
	mo, ok := lw.months[toks[n-2].norm]
	if !ok {
		return time.Time{}
	}
	if n > 2 && !strings.Contains(toks[n-2].gap, ",") {
		return time.Time{}
	}
	y, _ := strconv.Atoi(toASCIIDigits(toks[n-1].raw))
	if y < 1950 || y > 2100 {
		return time.Time{}
	}
	return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
}
