package extract

import (
	"strings"
	"unicode"

	"github.com/armswatch/armswatch/internal/domain"
)

// An exercise the text names twice, once with its edition and once
// without ("the « Lion Côtier 2024 » exercise … Lion Côtier ends on
// Friday", "UNITAS LXV … la edición de UNITAS", "Übung „Baltischer Wolf
// 24“ … die Übung Baltischer Wolf"), is one exercise: the two names are
// one fact, not two. Two different editions ("Vostok 2018", "Vostok
// 2022") stay two.

// r15coopFoldExercises merges the exercise candidates whose names differ
// only by an edition (a year, a number, a Roman numeral) that one of them
// lacks or both share.
func r15coopFoldExercises(cs []candidate) []candidate {
	type seen struct {
		at            int
		base, edition string
	}
	var prev []seen
	out := cs[:0]
	for _, c := range cs {
		if c.f.Type != domain.TypeExercise || c.f.Name == "" {
			out = append(out, c)
			continue
		}
		base, ed := r15coopExerciseEdition(c.f.Name)
		merged := false
		for _, p := range prev {
			if base != "" && p.base == base && (ed == "" || p.edition == "" || ed == p.edition) {
				if p.edition == "" && ed != "" {
					out[p.at].f.Name = c.f.Name // the fuller name
				}
				out[p.at].merge(c)
				merged = true
				break
			}
		}
		if merged {
			continue
		}
		prev = append(prev, seen{len(out), base, ed})
		out = append(out, c)
	}
	return out
}

// r15coopExerciseEdition splits an exercise name into its base (lower
// case, words joined by one space) and its trailing edition ("2024" and
// "24" both give "24"; "LXV" gives "lxv"), or "" when it has none.
func r15coopExerciseEdition(name string) (base, edition string) {
	words := strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '/' || r == '\''
	})
	if len(words) >= 2 {
		last := words[len(words)-1]
		switch {
		case r15coopDigits(last) && len([]rune(last)) <= 4:
			edition = r15coopWestern(last)
			if len(edition) == 4 {
				edition = edition[2:]
			}
			edition = strings.TrimLeft(edition, "0")
		case r15coopRoman(last):
			edition = strings.ToLower(last)
		}
		if edition != "" {
			words = words[:len(words)-1]
		}
	}
	return strings.ToLower(strings.Join(words, " ")), edition
}

func r15coopDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// r15coopRoman: an upper-case Roman numeral of up to seven letters
// ("IV", "LX", "LXII"); a single "I", "V" or "X" is too often a letter.
func r15coopRoman(s string) bool {
	if len(s) < 2 || len(s) > 7 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// r15coopWestern writes Arabic-Indic and Persian digits as ASCII ones.
func r15coopWestern(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		}
		b.WriteRune(r)
	}
	return b.String()
}
