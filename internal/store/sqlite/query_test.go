package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/rows"
	"github.com/armswatch/armswatch/internal/store/storetest"
)

// seedFilters stores storetest's four filter documents (A to D).
func seedFilters(t *testing.T, s *Store) {
	t.Helper()
	storetest.SeedFilters(t, s)
}

// TestSearchLongDocument stores a 4 MB document and checks that search
// returns a short snippet around the match, cut from a bounded window (the
// text tokenised for it is counted, not timed).
func TestSearchLongDocument(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	filler := strings.Repeat("the ministry said talks on the frigate programme resumed. ", (4<<20)/58)
	text := filler[:len(filler)/2] + "Egypt ordered more Rafale jets. " + filler[len(filler)/2:]
	if len(text) < 4<<20-100 {
		t.Fatalf("text is %d bytes", len(text))
	}
	for _, doc := range []*domain.Document{
		{ID: "long", Source: "long.txt", Language: "en", Text: text},
		{ID: "short", Source: "short.txt", Language: "fr", Text: "La France a vendu des Rafale à l'Égypte."},
	} {
		if _, err := s.SaveDocument(ctx, doc, nil); err != nil {
			t.Fatal(err)
		}
	}
	before := rows.SnippetBytes()
	hits, err := s.Search(ctx, "rafale", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("%d hits, want 2", len(hits))
	}
	if work := rows.SnippetBytes() - before; work > 2*2*rows.SnippetRadius {
		t.Errorf("snippets tokenised %d bytes of text", work)
	}
	for _, h := range hits {
		if len(h.Snippet) > 2*rows.SnippetRadius+16 || !strings.Contains(h.Snippet, HighlightStart+"Rafale"+HighlightEnd) {
			t.Errorf("%s: snippet %q", h.ID, h.Snippet)
		}
		if want := map[string]string{"long": "en", "short": "fr"}[h.ID]; h.Language != want {
			t.Errorf("%s: language %q", h.ID, h.Language)
		}
	}
}
