package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlreg"
)

// TestSearchRanksRecentMatches checks that a word found in more documents
// than sqlreg.SearchRankWindow still gives the best-ranked hits among the most
// recent ones, and that a rare word is found in an old document.
func TestSearchRanksRecentMatches(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := sqlreg.SearchRankWindow + 200
	for i := 0; i < n; i++ {
		text := "Generated report on arms transfers."
		if i == 0 {
			text += " Egypt ordered Rafale jets."
		}
		if i == n-1 {
			text = "Arms arms arms: the arms trade."
		}
		if _, err := st.SaveDocument(ctx, &domain.Document{ID: fmt.Sprintf("d%04d", i), Source: "s", Language: "en", Text: text}, nil); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := st.SearchDocuments(ctx, "arms", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 5 || hits[0].ID != fmt.Sprintf("d%04d", n-1) {
		t.Errorf("arms: %d hits, first %+v", len(hits), hits)
	}
	if hits, err := st.SearchDocuments(ctx, "rafale", 5); err != nil || len(hits) != 1 || hits[0].ID != "d0000" {
		t.Errorf("rafale: %+v, %v", hits, err)
	}
}
