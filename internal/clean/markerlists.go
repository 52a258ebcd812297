package clean

import (
	"strings"
	"unicode/utf8"
)

// A related-article marker with its headline ("اقرأ أيضا: headline",
// "Lire aussi : headline") may head more headlines, one to a line right
// under it, with no marker of their own:
//
//	اقرأ أيضا: لجنة برلمانية تركية توافق على قانون ...
//	مسؤول أمريكي يعلق على مذكرة التفاهم بين تركيا وليبيا
//	نائب أردوغان: مستعدون للتجاوب مع أي طلب ليبي
//
// Once the body has started, in a text that sets its paragraphs apart
// with blank lines (a blank line stands above the marker), the lines that
// follow such a marker without a blank line between, as long as they read
// like headlines, go with it when a blank line or the end of the text
// closes them. A run that a body paragraph follows right away is a
// subheading over that paragraph, and stays. A text without blank lines
// (an HTML page's blocks, a page copied line by line) tells no list from
// the paragraphs around it: there the marker goes alone.

// headlinesAfterMarker returns the index of the last line of the run of
// headlines right under the marker at lines[i], or i when there is none
// to drop.
func headlinesAfterMarker(lines []string, i int) int {
	if i == 0 || strings.TrimSpace(lines[i-1]) != "" {
		return i
	}
	j := i + 1
	for j < len(lines) {
		t := strings.TrimSpace(lines[j])
		if t == "" || !headlineLike(t) || utf8.RuneCountInString(t) >= 160 {
			break
		}
		j++
	}
	if j == i+1 {
		return i
	}
	if j == len(lines) || strings.TrimSpace(lines[j]) == "" {
		return j - 1
	}
	return i
}
