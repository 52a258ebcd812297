package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// longVocabularyText is about n bytes of sentences over a vocabulary of
// 20,000 made-up words, in paragraphs: a long document with many distinct
// words (each stored in passage_terms).
func longVocabularyText(n int, seed uint32) string {
	var sb strings.Builder
	x := seed*2654435761 + 1
	for sb.Len() < n {
		x = x*1664525 + 1013904223
		fmt.Fprintf(&sb, "w%dx", (x>>8)%20000)
		switch {
		case (x>>24)%97 == 0:
			sb.WriteString(".\n\n")
		case (x>>20)%11 == 0:
			sb.WriteString(". ")
		default:
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// BenchmarkSaveLongDocument: storing a 4 MB document (its full-text index,
// and its passages and their words for search snippets).
func BenchmarkSaveLongDocument(b *testing.B) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(b.TempDir(), "long.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	text := longVocabularyText(4<<20, 1)
	b.SetBytes(int64(len(text)))
	i := 0
	for b.Loop() {
		i++
		doc := &domain.Document{ID: fmt.Sprintf("long%d", i), Source: "l", Language: "en", Text: fmt.Sprintf("%d ", i) + text}
		if _, err := st.SaveDocument(ctx, doc, nil); err != nil {
			b.Fatal(err)
		}
	}
}
