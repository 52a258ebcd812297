package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestR14SpeedAttribution checks that attribRe and saidRe from where
// their opening stands, and sameRe's words found by foldIndex, answer as
// the regexps on the whole text: on every line of the sample articles
// and on texts with the openings in other cases and foldings.
func TestR14SpeedAttribution(t *testing.T) {
	for _, w := range []string{"according to", "selon", "d'après", "según", "citing", "quoted by", "cité par", "حسب", "وفقا لـ?", "نقلا عن"} {
		if !strings.Contains(attribRe.String(), w) {
			t.Errorf("attribRe has no opening %q", w)
		}
	}
	for _, w := range []string{"selon la même source", "according to the same source", "same source", "même source", "según la misma fuente", "المصدر نفسه", "نفس المصدر"} {
		if !strings.Contains(sameRe.String(), w) {
			t.Errorf("sameRe has no %q", w)
		}
	}
	var texts []string
	for _, a := range sampleArticles(t) {
		texts = append(texts, strings.Split(a, "\n")...)
	}
	for _, o := range []string{"according to", "ACCORDING TO", "According To", "Selon", "SELON", "ſelon", "D'APRÈS", "d’après", "Según", "SEGÚN", "Citing", "QUOTED BY", "Cité par", "CITÉ PAR", "حسب", "وفقا لـ", "وفقا ل", "نقلا عن",
		"same source", "SAME ſOURCE", "Selon la même source", "MÊME SOURCE", "Según la misma fuente", "المصدر نفسه", "نفس المصدر", "accordingto", "selo"} {
		for _, pre := range []string{"", "The deal, ", "Le contrat, signé hier, ", "x"} {
			for _, post := range []string{" the Ministry of Defence, Poland ordered 32 tanks", " Reuters.", "  Le Monde", ", Jane Doe said", " قناة الجزيرة", ""} {
				texts = append(texts, pre+o+post, pre+"Poland ordered tanks, Defence Minister Mariusz Błaszczak "+o+post+" said")
			}
		}
	}
	n := 0
	for _, s := range texts {
		if got, want := r14SameWords.foldIndex(s) >= 0, sameRe.MatchString(s); got != want {
			t.Errorf("same source in %q: %v, want %v", s, got, want)
		}
		var got []string
		if p := r14AttribOpeners.foldIndex(s); p >= 0 {
			got = attribRe.FindStringSubmatch(s[p:])
		}
		if want := attribRe.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Errorf("attribRe in %q: %q, want %q", s, got, want)
		} else if want != nil {
			n++
		}
		got = nil
		if p := strings.IndexByte(s, ','); p >= 0 {
			got = saidRe.FindStringSubmatch(s[p:])
		}
		if want := saidRe.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Errorf("saidRe in %q: %q, want %q", s, got, want)
		}
	}
	if n < 50 {
		t.Errorf("only %d attributions found", n)
	}
}
