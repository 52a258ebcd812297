package rows

import (
	"strconv"
	"strings"
	"testing"
)

func TestPassages(t *testing.T) {
	if p, terms := Passages("short text"); p != nil || terms != nil {
		t.Errorf("a short text has passages: %v %v", p, terms)
	}
	para := strings.Repeat("The ministry said talks on the frigate programme resumed. ", 20) + "\n"
	var sb strings.Builder
	for sb.Len() < 3*PassageMin {
		sb.WriteString(para)
	}
	sb.WriteString("Égypte: the Rafale order was signed.")
	text := sb.String()
	ps, terms := Passages(text)
	if len(ps) < 3*PassageMin/PassageSize {
		t.Fatalf("%d passages", len(ps))
	}
	// The cores put end to end are the text; each passage is bounded and
	// carries its neighbours' margins.
	var rebuilt strings.Builder
	for i, p := range ps {
		if p.Ord != i || p.Head != (i == 0) || p.Tail != (i == len(ps)-1) {
			t.Errorf("passage %d: ord %d head %v tail %v", i, p.Ord, p.Head, p.Tail)
		}
		if len(p.Text) > PassageSize+2*PassageMargin+8 {
			t.Errorf("passage %d: %d bytes", i, len(p.Text))
		}
	}
	pos := 0
	for i, p := range ps {
		j := strings.Index(text[max(0, pos-PassageMargin-4):], p.Text)
		if j < 0 {
			t.Fatalf("passage %d not found after %d", i, pos)
		}
		start := max(0, pos-PassageMargin-4) + j
		lead := pos - start
		if i == 0 {
			lead = 0
		}
		if lead < 0 || lead > PassageMargin+4 {
			t.Fatalf("passage %d: lead %d", i, lead)
		}
		// The core ends where the next passage's core starts: at a line
		// break here, since every paragraph is shorter than a passage.
		core := p.Text[lead:]
		if !p.Tail {
			k := strings.LastIndexByte(core, '\n')
			core = core[:k+1]
		}
		rebuilt.WriteString(core)
		pos += len(core)
	}
	if rebuilt.String() != text {
		t.Errorf("cores do not rebuild the text (%d of %d bytes)", rebuilt.Len(), len(text))
	}
	for _, tc := range []struct {
		term string
		ord  int
	}{{"ministry", 0}, {"the", 0}, {"egypte", len(ps) - 1}, {"rafale", len(ps) - 1}} {
		if got, ok := terms[tc.term]; !ok || got != tc.ord {
			t.Errorf("term %q: passage %d (%v), want %d", tc.term, got, ok, tc.ord)
		}
	}
	if _, ok := terms["Égypte"]; ok {
		t.Errorf("terms are not folded")
	}
}

// TestPassagesLongLine: a text without line breaks or spaces is still cut
// into bounded passages, at character boundaries.
func TestPassagesLongLine(t *testing.T) {
	text := strings.Repeat("é", PassageMin)
	ps, _ := Passages(text)
	for i, p := range ps {
		if len(p.Text) > PassageSize+2*PassageMargin+8 || !strings.HasPrefix(p.Text, "é") || !strings.HasSuffix(p.Text, "é") {
			t.Fatalf("passage %d: %d bytes", i, len(p.Text))
		}
	}
	if len(ps) < 2*PassageMin/PassageSize-1 {
		t.Errorf("%d passages", len(ps))
	}
}

func TestLookups(t *testing.T) {
	got := Lookups(SearchWords("Égypte F-16 rafa* x"))
	want := []TermLookup{{"egypte", false}, {"16", false}, {"rafa", true}, {"x", false}}
	if len(got) != len(want) {
		t.Fatalf("Lookups = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Lookups[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	if FoldWord("ÉQUIPÉ") != "equipe" || FoldWord("Coopération") != "cooperation" || FoldWord("مصر") != "مصر" {
		t.Errorf("FoldWord")
	}
	if e := PrefixEnd("rafa"); !(e > "rafale" && e > "rafa" && "rafb" > e) {
		t.Errorf("PrefixEnd = %q", e)
	}
}

// TestPassageSnippetIsWhole: wherever a match falls, near a passage's
// edge included, the snippet cut from its passage is the one cut from the
// whole text.
func TestPassageSnippetIsWhole(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 2*PassageMin; i++ {
		sb.WriteString("word" + strconv.Itoa(i) + " ")
	}
	filler := sb.String()
	ps, _ := Passages(filler)
	cut := strings.Index(filler, ps[1].Text[PassageMargin:]) // where the second passage's core starts
	if cut < 2*SnippetRadius {
		t.Fatalf("cut at %d", cut)
	}
	words := SearchWords("rafale")
	for at := cut - 2*SnippetRadius; at < cut+2*SnippetRadius; at += 7 {
		i := strings.IndexByte(filler[at:], ' ') + at + 1 // a word start
		text := filler[:i] + "Rafale " + filler[i:]
		ps, terms := Passages(text)
		ord, ok := terms["rafale"]
		if !ok {
			t.Fatalf("at %d: rafale has no passage", i)
		}
		p := ps[ord]
		if got, want := SnippetOf(p.Text, words, p.Head, p.Tail), Snippet(text, words); got != want {
			t.Errorf("at %d (cut %d, passage %d):\n got %q\nwant %q", i, cut, ord, got, want)
		}
	}
}

// TestPassagesGrowth: cutting a text into passages is linear in its
// length: four times the text costs at most about five times the
// allocations.
func TestPassagesGrowth(t *testing.T) {
	text := func(n int) string {
		var sb strings.Builder
		for i := 0; sb.Len() < n; i++ {
			sb.WriteString("Word" + strconv.Itoa(i%5000) + " ")
			if i%80 == 79 {
				sb.WriteString("\n")
			}
		}
		return sb.String()
	}
	small, large := text(1<<20), text(4<<20)
	a := testing.AllocsPerRun(2, func() { Passages(small) })
	b := testing.AllocsPerRun(2, func() { Passages(large) })
	if b > 5*a {
		t.Errorf("allocations: %.0f for 1 MB, %.0f for 4 MB (%.1f×)", a, b, b/a)
	}
}
