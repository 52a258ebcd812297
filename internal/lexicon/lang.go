package lexicon

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Word is one entry of a language file: a word or phrase of a kind, with a
// value for the kinds that carry one (numbers, scales, months, currencies).
type Word struct {
	Text  string
	Value string
}

// Lang is the per-language data the extractor needs: number words and
// scales, months, currencies, and the cue words of each kind (stages,
// negation, hypotheticals, attribution, agreements, ...). It is read from
// data/lang_<code>.tsv (columns kind, text, value), so adding a language is
// a matter of one data file and its tests.
type Lang struct {
	Code  string
	Words map[string][]Word // kind -> words, longest first
}

// Has reports whether the language defines any word of kind.
func (l *Lang) Has(kind string) bool { return len(l.Words[kind]) > 0 }

// Texts returns the words of a kind, longest first.
func (l *Lang) Texts(kind string) []string {
	ws := l.Words[kind]
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

// Langs lists the language codes that have a data file.
func (l *Lexicon) Langs() []string {
	out := make([]string, 0, len(l.langs))
	for k := range l.langs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Lang returns the data of a language, or nil.
func (l *Lexicon) Lang(code string) *Lang { return l.langs[code] }

func loadLangs() (map[string]*Lang, error) {
	names, err := fs.Glob(files, "data/lang_*.tsv")
	if err != nil {
		return nil, err
	}
	out := map[string]*Lang{}
	for _, n := range names {
		base := strings.TrimPrefix(n, "data/")
		code := strings.TrimSuffix(strings.TrimPrefix(base, "lang_"), ".tsv")
		lg := &Lang{Code: code, Words: map[string][]Word{}}
		err := readTSV(base, 3, func(f []string) error {
			if f[0] == "" || f[1] == "" {
				return fmt.Errorf("empty kind or text")
			}
			lg.Words[f[0]] = append(lg.Words[f[0]], Word{Text: f[1], Value: f[2]})
			return nil
		})
		if err != nil {
			return nil, err
		}
		for k := range lg.Words {
			ws := lg.Words[k]
			sort.SliceStable(ws, func(i, j int) bool { return len([]rune(ws[i].Text)) > len([]rune(ws[j].Text)) })
		}
		out[code] = lg
	}
	return out, nil
}
