package helptext

import (
	"reflect"
	"strings"
	"testing"
)

// The help covers what an analyst must know before citing a figure.
func TestTopicsCover(t *testing.T) {
	title, secs := Parse()
	if title == "" {
		t.Error("no title")
	}
	var ids []string
	for _, s := range secs {
		ids = append(ids, s.ID)
	}
	for _, want := range []string{"fact-types", "stages", "values-and-currencies", "confidence", "where-the-figures-come-from-and-their-limits", "before-citing-a-number"} {
		if !strings.Contains(strings.Join(ids, " "), want) {
			t.Errorf("no section %q in %v", want, ids)
		}
	}
	for _, word := range []string{"transfer", "aggregate", "assistance", "agreement", "membership", "exercise",
		"requested", "approved", "ordered", "delivered", "average exchange rate", "constant", "leave out", "calibrated", "README"} {
		if !strings.Contains(Text(), word) {
			t.Errorf("the help does not mention %q", word)
		}
	}
}

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Span
	}{
		{"plain", []Span{{Text: "plain"}}},
		{"a **b** `c` d", []Span{{Text: "a "}, {Text: "b", Bold: true}, {Text: " "}, {Text: "c", Code: true}, {Text: " d"}}},
		{"5 * 3 **x", []Span{{Text: "5 *"}, {Text: " 3 **x"}}},
		{"`open", []Span{{Text: "`open"}}},
	} {
		if got := Spans(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Spans(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}
