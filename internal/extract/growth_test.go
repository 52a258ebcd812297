package extract

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// bytesAllocated is the memory one extraction allocates: a measure of work
// that, unlike wall time, does not depend on the machine's load.
func bytesAllocated(t *testing.T, x *Extractor, doc *domain.Document) uint64 {
	t.Helper()
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	if _, err := x.Facts(doc); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// cpuTime is the least CPU time (processCPU) of three extractions of doc:
// a ratio of two such times, not a time, is what the growth test compares.
func cpuTime(t *testing.T, x *Extractor, doc *domain.Document) time.Duration {
	t.Helper()
	best := time.Duration(1 << 62)
	for range 3 {
		start := processCPU()
		if _, err := x.Facts(doc); err != nil {
			t.Fatal(err)
		}
		best = min(best, processCPU()-start)
	}
	return best
}

// TestExtractionGrowsLinearly: four times the text costs at most about
// five times the work, for long documents of ordinary sentences and for
// one long paragraph dense with numbers, names and systems.
func TestExtractionGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds documents of a few hundred kilobytes")
	}
	x := New(lexicon.Default())
	para := "Poland signed a $4.75 billion contract for 18 HIMARS launchers and 250 ATACMS missiles from the United States on 12 March 2023, after Romania ordered 54 Piranha 5 vehicles worth €900 million and Spain delivered 3 C295 aircraft to Egypt. "
	// a supplier read from the system's origin is settled against the
	// other facts and sentences of the document
	origin := "Nigeria took delivery of 12 Super Tucano aircraft at Kainji.\n\nThe aircraft from Brazil arrived in two batches, the air force said.\n\nKenya received 6 Bayraktar TB2 drones.\n\n"
	article := "Morocco received 24 AH-64E Apache helicopters from the United States, the ministry said on Tuesday.\n\nThe $4.25 billion sale was approved in 2019 and includes Hellfire missiles.\n\nFrance delivered two Rafale jets to Greece in 2022; Greece ordered 24 in total.\n\n"
	for _, tc := range []struct {
		name  string
		unit  string
		sep   string
		units int
	}{
		{"long document", article, "", 150},
		{"one long paragraph", para, "", 100},
		{"transfers whose supplier is the system's origin", origin, "", 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			small := &domain.Document{Language: "en", Published: "2024-01-02", Text: strings.Repeat(tc.unit, tc.units)}
			large := &domain.Document{Language: "en", Published: "2024-01-02", Text: strings.Repeat(tc.unit, 4*tc.units)}
			bytesAllocated(t, x, small) // warm the lexicon's lazy parts
			s, l := bytesAllocated(t, x, small), bytesAllocated(t, x, large)
			ratio := float64(l) / float64(s)
			t.Logf("%d KB: %d KB allocated; %d KB: %d KB allocated; ratio %.2f", len(small.Text)/1024, s/1024, len(large.Text)/1024, l/1024, ratio)
			if ratio > 5.5 {
				t.Errorf("4× the text allocated %.1f× the memory: extraction is not linear in %s", ratio, tc.name)
			}
			// work that allocates nothing (a loop over every fact or
			// sentence per fact) shows in CPU time only: compared as a
			// ratio of the best of three runs each, 4× the text must not
			// cost anywhere near the 16× of a quadratic
			ts, tl := cpuTime(t, x, small), cpuTime(t, x, large)
			t.Logf("time ratio %.2f", float64(tl)/float64(ts))
			if float64(tl) > 9*float64(ts) {
				t.Errorf("4× the text took %.1f× the time: extraction is not linear in %s", float64(tl)/float64(ts), tc.name)
			}
		})
	}
}

// TestRunOnSentencesAreCut: the rules compare a sentence's mentions
// pairwise, so a sentence's length is bounded: a paragraph with no full
// stop is cut at clause breaks, and no text is lost or repeated.
func TestRunOnSentencesAreCut(t *testing.T) {
	unit := "Romania ordered 54 Piranha 5 vehicles worth €900 million, Spain delivered 3 C295 aircraft to Egypt; "
	text := strings.Repeat(unit, 2000) // about 200 KB, one "sentence"
	ss := splitSentences(text)
	if len(ss) < 100 {
		t.Fatalf("%d sentences: the run-on paragraph was not cut", len(ss))
	}
	end := 0
	for i, s := range ss {
		if n := s.end - s.start; n > maxSentence {
			t.Fatalf("sentence %d has %d runes, more than %d", i, n, maxSentence)
		}
		if s.start < end {
			t.Fatalf("sentence %d starts at %d, inside the one before (ends %d)", i, s.start, end)
		}
		if i > 0 && strings.TrimSpace(string([]rune(text)[end:s.start])) != "" {
			t.Fatalf("text lost between sentences %d and %d", i-1, i)
		}
		end = s.end
	}
	if !strings.HasSuffix(ss[0].text, ",") && !strings.HasSuffix(ss[0].text, ";") {
		t.Errorf("first cut not at a clause break: %q", ss[0].text[len(ss[0].text)-20:])
	}
}
