package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// Search snippets stay fast with a multi-megabyte document stored, the
// match at its very end (about 15 ms here; the bound leaves room for a
// busy machine).
func TestSearchBigDocument(t *testing.T) {
	srv, st := newTest(t, Options{})
	text := strings.Repeat("The ministry said the weather was mild and the markets calm. ", 50000) + "France sold Rafale jets."
	if _, err := st.SaveDocument(context.Background(), &domain.Document{ID: "big", Source: "big.txt", Language: "en", Text: text}, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/v1/search?q=Rafale", "/search?q=Rafale", "/api/v1/search?q=weather+markets", "/search?q=ministry"} {
		start := time.Now()
		rec := get(t, srv, p)
		if d := time.Since(start); rec.Code != 200 || d > 2*time.Second || rec.Body.Len() > 64<<10 {
			t.Errorf("%s: %d in %v, %d bytes", p, rec.Code, d, rec.Body.Len())
		}
	}
}
