package extract

import (
	"regexp"
	"slices"
	"testing"
)

// digitSpansCases are numerals next to separators and scripts.
var digitSpansCases = []string{
	"", "no digits", "24", "1,200 jets", "1.2 billion", "€ 3 500 000", "12\u00a0000", "12\u202f000", "٢٤ طائرة",
	"1، 2", "2024. 12", "a 1,. 2", "F-16 and 24, then 3", "5 ,6", "7  8", "9.", "9 ", "x1y2z", "١٬٢", "3\u00a0", "\xff1\xff",
}

// digitsRe finds numerals written with digits and separators: the
// reference that digitSpans (numbers.go), its matcher written out, is
// checked against.
var digitsRe = regexp.MustCompile(`[0-9٠-٩](?:[0-9٠-٩]|[.,،\x{00a0}\x{202f} ](?:[0-9٠-٩]))*`)

func TestDigitSpans(t *testing.T) {
	for _, s := range digitSpansCases {
		var want [][2]int
		for _, m := range digitsRe.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := digitSpans(s, nil); !slices.Equal(got, want) {
			t.Errorf("digitSpans(%q) = %v, want %v (digitsRe)", s, got, want)
		}
	}
}

// FuzzDigitSpans: digitSpans is digitsRe on any text.
func FuzzDigitSpans(f *testing.F) {
	for _, s := range digitSpansCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want [][2]int
		for _, m := range digitsRe.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := digitSpans(s, nil); !slices.Equal(got, want) {
			t.Errorf("digitSpans(%q) = %v, want %v (digitsRe)", s, got, want)
		}
	})
}
