package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinPlaceDatelines puts a dateline that a page sets on its own line
// ("Montevideo —", "MANILA –", "Bogotá, 12 mar (EFE) —") in front of the
// paragraph it opens, as the page shows it: alone, it is dropped as a
// short line, and the story loses the place that names the state its
// text leaves unnamed. A dateline here is a short line that starts with a
// capital, ends with a dash and holds no sentence.
func joinPlaceDatelines(lines []string) []string {
	copied := false
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if !placeDateline(l) {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j >= len(lines) || j-i > 2 {
			continue
		}
		next := strings.TrimSpace(lines[j])
		r, _ := utf8.DecodeRuneInString(next)
		if utf8.RuneCountInString(next) < 80 || !unicode.IsUpper(r) {
			continue // a paragraph of the story follows
		}
		if !copied {
			lines, copied = append([]string(nil), lines...), true
		}
		lines[j] = l + " " + next
		for k := i; k < j; k++ {
			lines[k] = ""
		}
		i = j
	}
	return lines
}

// placeDateline reports whether l is a place's dateline alone on its line.
func placeDateline(l string) bool {
	n := utf8.RuneCountInString(l)
	if n < 4 || n > 60 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) {
		return false
	}
	body := strings.TrimRight(l, " ")
	if !(strings.HasSuffix(body, "—") || strings.HasSuffix(body, "–") || strings.HasSuffix(body, " -")) {
		return false
	}
	body = strings.TrimRight(body, " —–-")
	if strings.ContainsAny(body, ".!?:;") && !strings.Contains(body, "(") {
		return false
	}
	return len(strings.Fields(body)) <= 6
}
