package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/armswatch/armswatch/internal/domain"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// This file dates the stage event of each fact more finely than its year:
// "in April 2023", "le 12 avril 2023", "في أبريل 2023", "en abril de
// 2023", "im April 2023" give Fact.Date "2023-04" or "2023-04-12", and
// "last month", "yesterday", "last November" are resolved against the
// publication date when the sentence names no year of its own. It runs
// after the rules and reads only the evidence sentence, so it changes no
// other attribute of a fact.

// dateLinks are the words that may stand between a day, a month and a
// year: "12 de abril de 2023", "April of 2023", "le 1er avril".
var dateLinks = map[string]bool{"de": true, "del": true, "of": true, "er": true, "st": true, "nd": true, "rd": true, "th": true}

// rangeEnd are the words that open the second date of a range ("from
// March to May 2023").
var rangeEnd = map[string]bool{"to": true, "until": true, "till": true, "through": true, "au": true, "al": true,
	"hasta": true, "bis": true, "الى": true, "إلى": true, "حتى": true}

// relativeDates are, per language, phrases that name a day or a month
// relative to the publication date without ambiguity: the value is
// "d-1" (the day before), "d0" (that day), "m-1" (the month before) or
// "m0" (that month). Weekday names are left out: "on Monday" may be next
// Monday.
var relativeDates = map[string][]lexicon.Word{
	"en": {{Text: "yesterday", Value: "d-1"}, {Text: "today", Value: "d0"}, {Text: "last month", Value: "m-1"},
		{Text: "this month", Value: "m0"}, {Text: "earlier this month", Value: "m0"}},
	"fr": {{Text: "hier", Value: "d-1"}, {Text: "aujourd'hui", Value: "d0"}, {Text: "le mois dernier", Value: "m-1"},
		{Text: "ce mois-ci", Value: "m0"}, {Text: "plus tôt ce mois", Value: "m0"}},
	"es": {{Text: "ayer", Value: "d-1"}, {Text: "hoy", Value: "d0"}, {Text: "el mes pasado", Value: "m-1"},
		{Text: "este mes", Value: "m0"}},
	"de": {{Text: "gestern", Value: "d-1"}, {Text: "heute", Value: "d0"}, {Text: "letzten Monat", Value: "m-1"},
		{Text: "im vergangenen Monat", Value: "m-1"}, {Text: "vergangenen Monat", Value: "m-1"}, {Text: "diesen Monat", Value: "m0"}},
	"ar": {{Text: "أمس", Value: "d-1"}, {Text: "الأمس", Value: "d-1"}, {Text: "اليوم", Value: "d0"},
		{Text: "الشهر الماضي", Value: "m-1"}, {Text: "هذا الشهر", Value: "m0"}},
}

var relativeDateSets = func() map[string]*phraseSet {
	out := map[string]*phraseSet{}
	for lang, ws := range relativeDates {
		out[lang] = newPhraseSet(ws)
	}
	return out
}()

// setEventDates sets Date on each fact with a year whose evidence sentence
// dates that year's event more finely.
func (d *docScan) setEventDates(cs []candidate) {
	for i := range cs {
		f := &cs[i].f
		if f.Year <= 0 || f.Date != "" {
			continue
		}
		f.Date = eventDate(f.Evidence.Text, f.Year, anchorWords(f), d.lw, d.pub)
	}
}

// anchorWords are the words of the sentence that name what the fact is
// about (a transfer's system as written), which a relative date must
// share a clause with; nil when there are none.
func anchorWords(f *domain.Fact) []string {
	var s string
	switch {
	case f.System != nil && f.System.Mention != "":
		s = f.System.Mention
	case f.Program != nil && f.Program.Name != "":
		s = f.Program.Name
	case f.Name != "":
		s = f.Name
	default:
		return nil
	}
	toks := tokenize(s, 0)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.norm
	}
	return out
}

// indexWords is the index of the first token of words in toks, or -1.
func indexWords(toks []token, words []string) int {
	if len(words) == 0 {
		return -1
	}
next:
	for i := 0; i+len(words) <= len(toks); i++ {
		for k, w := range words {
			if toks[i+k].norm != w {
				continue next
			}
		}
		return i
	}
	return -1
}

// punctBreak reports whether punctuation separates tokens a and b (a < b).
func punctBreak(toks []token, a, b int) bool {
	for t := a + 1; t <= b && t < len(toks); t++ {
		if strings.ContainsAny(toks[t].gap, ",;:—–()،؛") {
			return true
		}
	}
	return false
}

// relativeApplies reports whether a relative date at tokens [p, p+n) dates
// the fact whose anchor starts at token a (-1: none found): it must share
// the anchor's clause, or open the sentence ("Yesterday, the ministry
// signed…") with the anchor in the main clause.
func relativeApplies(toks []token, p, n, a int) bool {
	if p == 0 {
		return a < 0 || !punctBreak(toks, n, a)
	}
	if a < 0 {
		return !punctBreak(toks, 0, len(toks)-1)
	}
	return !punctBreak(toks, min(p, a), max(p+n-1, a))
}

// eventDate is the month or day of year's event in sentence s: the month
// (and day) written next to the year, when every mention of the year
// agrees on it; else, when s does not write the year, the one relative
// date s names that falls in year. "" when s says no more than the year.
func eventDate(s string, year int, anchor []string, lw *langWords, pub time.Time) string {
	if lw == nil {
		return ""
	}
	toks := tokenize(s, 0)
	var found []string
	written := false
	for i, t := range toks {
		if !t.digit {
			continue
		}
		if v, err := strconv.Atoi(toASCIIDigits(t.raw)); err != nil || v != year {
			continue
		}
		if dateline(toks, i) {
			continue // the publication's date, not the event's
		}
		written = true
		if ds := dateBefore(toks, i, year, lw); ds != "" {
			found = append(found, ds)
		}
	}
	if len(found) > 0 {
		return agreed(found)
	}
	if written || pub.IsZero() {
		return ""
	}
	return relativeDate(toks, year, indexWords(toks, anchor), lw, pub)
}

// dateline reports whether the year at token i closes a dateline
// ("ANKARA, July 12, 2019 — …", "الجزائر، 9 أكتوبر 2025 (وال) - …").
func dateline(toks []token, i int) bool {
	if i > 6 || i+1 >= len(toks) {
		return false
	}
	g := toks[i+1].gap
	return strings.ContainsAny(g, "—–(") || strings.Contains(g, " - ")
}

// agreed is the finest date all of ds agree on: "2023-04-12" when they are
// all that day, "2023-04" when they share the month, "" otherwise.
func agreed(ds []string) string {
	out := ds[0]
	for _, x := range ds[1:] {
		switch {
		case x == out:
		case x[:7] == out[:7]:
			out = out[:7]
		default:
			return ""
		}
	}
	return out
}

// monthAt reads a month name ending at token j ("avril", "كانون الأول",
// "نيسان/أبريل"): its number and the index of its first token.
func monthAt(toks []token, j int, lw *langWords) (month, first int) {
	if j < 0 || toks[j].digit {
		return 0, -1
	}
	if j > 0 {
		if m, ok := lw.months[toks[j-1].norm+" "+toks[j].norm]; ok {
			month, first = m, j-1
		}
	}
	if month == 0 {
		m, ok := lw.months[toks[j].norm]
		if !ok || !monthWord(toks[j], lw) {
			return 0, -1
		}
		month, first = m, j
	}
	// a month given under both its names: "نيسان/أبريل", "أبريل (نيسان)"
	if first > 0 && !toks[first-1].digit {
		if m, ok := lw.months[toks[first-1].norm]; ok && m == month {
			first--
		}
	}
	return month, first
}

// monthWord reports whether a token that spells a month is one: English
// writes months with a capital ("may" is a verb, "May" a month).
func monthWord(t token, lw *langWords) bool {
	return lw.code != "en" || isCapitalised(t.raw)
}

// dateBefore reads the month and day written before the year at token i:
// "April 2023", "12 avril 2023", "April 12, 2023", "12. April 2023",
// "12 de abril de 2023". "" when no month precedes the year.
func dateBefore(toks []token, i, year int, lw *langWords) string {
	j := i - 1
	for j >= 0 && dateLinks[toks[j].norm] {
		j--
	}
	// "April 12, 2023": a day between the month and the year
	day := 0
	if j >= 0 && toks[j].digit {
		if v, err := strconv.Atoi(toASCIIDigits(toks[j].raw)); err == nil && v >= 1 && v <= 31 {
			if m, _ := monthAt(toks, j-1, lw); m > 0 {
				day = v
				j--
			}
		}
	}
	month, first := monthAt(toks, j, lw)
	if month == 0 {
		return ""
	}
	if day == 0 {
		k := first - 1
		for k >= 0 && dateLinks[toks[k].norm] {
			k--
		}
		if k >= 0 && toks[k].digit && k+1 < len(toks) {
			if v, err := strconv.Atoi(toASCIIDigits(toks[k].raw)); err == nil && v >= 1 && v <= 31 {
				day = v
			}
		}
	}
	// "del 24 de septiembre al 6 de octubre de 2021": the end of a range
	// is not when the event happened
	start := first
	for start > 0 && dateLinks[toks[start-1].norm] {
		start--
	}
	if day > 0 && start > 0 && toks[start-1].digit {
		start-- // "12 avril", "6 de octubre"
		for start > 0 && dateLinks[toks[start-1].norm] {
			start--
		}
	}
	if start > 0 && (rangeEnd[toks[start-1].norm] || strings.ContainsAny(toks[start].gap, "-–")) {
		return ""
	}
	if day > 0 {
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() == day { // not "31 April"
			return t.Format("2006-01-02")
		}
	}
	return fmt.Sprintf("%04d-%02d", year, month)
}

// relativeDate is the one date the relative expressions of a sentence
// name ("yesterday", "last month", "last November"), when it falls in
// year; "" when there is none or more than one.
func relativeDate(toks []token, year, anchor int, lw *langWords, pub time.Time) string {
	var found []string
	if ps := relativeDateSets[lw.code]; ps != nil {
		for i := 0; i < len(toks); i++ {
			n, v := ps.at(toks, i)
			if n == 0 {
				continue
			}
			// "avant-hier", "أول أمس": the day before yesterday
			if i > 0 && (toks[i-1].norm == "avant" || toks[i-1].raw == "أول") || !relativeApplies(toks, i, n, anchor) {
				i += n - 1
				continue
			}
			switch v {
			case "d-1":
				found = append(found, pub.AddDate(0, 0, -1).Format("2006-01-02"))
			case "d0":
				found = append(found, pub.Format("2006-01-02"))
			case "m-1":
				found = append(found, time.Date(pub.Year(), pub.Month()-1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01"))
			case "m0":
				found = append(found, pub.Format("2006-01"))
			}
			i += n - 1
		}
	}
	// "last November", "en novembre dernier", "el pasado noviembre"
	cue := func(kind string, i, j int) bool {
		ps := lw.set(kind)
		if n, _ := ps.at(toks, i-1); i > 0 && n > 0 {
			return true
		}
		if n, _ := ps.at(toks, j+1); j+1 < len(toks) && n > 0 {
			return true
		}
		return false
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		month, ok := lw.months[t.norm]
		if !ok || !monthWord(t, lw) || i+1 < len(toks) && toks[i+1].digit {
			continue // a month followed by a day or a year is not relative
		}
		cueAt := i // "سبتمبر/أيلول الماضي": a month under both its names
		if i+1 < len(toks) && !toks[i+1].digit {
			if m2, ok := lw.months[toks[i+1].norm]; ok && m2 == month {
				cueAt = i + 1
			}
		}
		start := i
		day := 0 // "le 12 avril dernier"
		if start > 0 && toks[start-1].digit {
			if v, err := strconv.Atoi(toASCIIDigits(toks[start-1].raw)); err == nil && v >= 1 && v <= 31 {
				day = v
			}
		}
		i = cueAt
		y := pub.Year()
		// "last July" written in July may be this July or the last
		switch {
		case cue("relative-last", start, cueAt):
			if month == int(pub.Month()) {
				continue
			}
			if month > int(pub.Month()) {
				y--
			}
		case cue("relative-next", start, cueAt):
			if month == int(pub.Month()) {
				continue
			}
			if month < int(pub.Month()) {
				y++
			}
		case cue("relative-this", start, cueAt):
		default:
			continue
		}
		if p := max(start-1, 0); !relativeApplies(toks, p, min(cueAt+2, len(toks))-p, anchor) {
			continue
		}
		if t := time.Date(y, time.Month(month), max(day, 1), 0, 0, 0, 0, time.UTC); day > 0 && t.Day() == day {
			found = append(found, t.Format("2006-01-02"))
		} else {
			found = append(found, fmt.Sprintf("%04d-%02d", y, month))
		}
	}
	if len(found) != 1 || found[0][:4] != strconv.Itoa(year) {
		return ""
	}
	return found[0]
}
