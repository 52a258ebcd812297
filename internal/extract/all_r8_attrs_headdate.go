package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// News pages in every language date themselves in ways findDate does not
// read: a breadcrumb "الحقيقة | أغسطس 2016", "Défense | Air & Cosmos |
// janvier 2021", "آخر تحديث: مارس 2016", "مسقط - ديسمبر 2022", "San
// Fernando, octubre de 2019 —", "mayo de 2014", the archive's "date
// 2024-03" line, a year/month/day "2025/03/27" or "offstream.news / feed /
// 2020 / 10 / 22", a day-month-year with dashes "La Vanguardia,
// 23-06-2015", "Publié le 16-03-2023 à 11h42", "الأحد 08-08-2010",
// "10-9-2023 (YANGON)". Without the publication date, a transfer with a
// stage and no year of its own, "hier", "el año pasado", "العام الماضي"
// stay undated, while the gold dates them by the date line. r8HeadDate
// reads such a line among the head's first lines, in every language (the
// German breadcrumbs of de_headdate.go included); it is asked only when
// findDate found no full date.

var (
	// "23-06-2015", "10-9-2023": a day, a month and a year with dashes
	r8DashDateRe = regexp.MustCompile(`(?:^|[^\d-])([0-3]?\d)-([01]?\d)-((?:19|20)\d\d)(?:$|[^\d-])`)
	// "2025/03/27", "2020 / 10 / 22": a year, a month and a day
	r8YMDRe = regexp.MustCompile(`(?:^|[^\d/])((?:19|20)\d\d)\s?/\s?([01]?\d)\s?/\s?([0-3]?\d)(?:$|[^\d/])`)
	// the separators of a breadcrumb or dateline's fields
	r8FieldSep = regexp.MustCompile(`\s*(?:\||›|»|>|:|\s[-–—]\s)\s*`)
)

// r8HeadDate finds the publication day, month or year in a dateline or
// breadcrumb line near the top of head (a month without a day is its first
// day, a year alone its first of January). Zero when there is none.
func r8HeadDate(head string, lw *langWords) time.Time {
	lines := headDateLines(head) // de_headdate.go
	if t := deHeadDate(lines, lw); !t.IsZero() {
		return t
	}
	for _, l := range lines {
		// a numeric date opening the line may start a long one:
		// "10-9-2023 (YANGON) Myanmar has received ..."
		short := utf8.RuneCountInString(l) <= deHeadLineMax
		for _, re := range []*regexp.Regexp{r8DashDateRe, r8YMDRe} {
			m := re.FindStringSubmatchIndex(l)
			if m == nil || !short && m[2] > 2 {
				continue
			}
			a, _ := strconv.Atoi(l[m[2]:m[3]])
			b, _ := strconv.Atoi(l[m[4]:m[5]])
			c, _ := strconv.Atoi(l[m[6]:m[7]])
			y, mo, d := c, b, a
			if re == r8YMDRe {
				y, mo, d = a, b, c
			}
			if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
				return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			}
		}
		if !short {
			continue
		}
		for _, f := range r8FieldSep.Split(l, -1) {
			if t := r8MonthYear(f, lw); !t.IsZero() {
				return t
			}
		}
	}
	return time.Time{}
}

// r8MonthYear reads a field that is a month and a year, after at most a
// place and its comma: "أغسطس 2016", "mayo de 2014", "Makati City,
// November 2024 —".
func r8MonthYear(f string, lw *langWords) time.Time {
	f = strings.TrimRight(strings.TrimSpace(f), " -–—,.")
	var toks []token
	for _, t := range tokenize(f, 0) {
		if t.norm == "de" || t.norm == "del" || t.norm == "of" {
			continue
		}
		toks = append(toks, t)
	}
	return monthYearOf(toks, lw) // de_headdate.go
}
