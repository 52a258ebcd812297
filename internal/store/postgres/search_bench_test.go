package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// BenchmarkSearchLongDocuments measures SearchPage (the /api/v1/search
// query) on PostgreSQL with three 4 MB documents and 2,000 short ones
// stored (the sqlite benchmark of the same name stores 20,000), and
// reports its p50 and p99.
func BenchmarkSearchLongDocuments(b *testing.B) {
	s := openTest(b)
	ctx := context.Background()
	words := []string{"the", "ministry", "said", "on", "monday", "that", "talks", "about", "a", "new", "frigate",
		"programme", "had", "resumed", "after", "delays", "in", "parliament", "and", "officials", "expect", "approval", "soon"}
	long := func(seed int) string {
		var sb strings.Builder
		x := uint32(seed)*2654435761 + 1
		mentioned := false
		for sb.Len() < 4<<20 {
			if !mentioned && sb.Len() > 2<<20 {
				sb.WriteString("Egypt ordered more Rafale jets. ")
				mentioned = true
			}
			x = x*1664525 + 1013904223
			sb.WriteString(words[(x>>8)%uint32(len(words))])
			if (x>>20)%11 == 0 {
				sb.WriteString(". ")
			} else {
				sb.WriteByte(' ')
			}
		}
		return sb.String()
	}
	for i := range 2000 {
		doc := &domain.Document{ID: fmt.Sprintf("s%d", i), Source: "s", Language: "en", Published: "2024-01-01",
			Text: fmt.Sprintf("Generated document %d about arms transfers and a frigate.", i)}
		if _, err := s.SaveDocument(ctx, doc, nil); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 3 {
		if _, err := s.SaveDocument(ctx, &domain.Document{ID: fmt.Sprintf("long%d", i), Source: "l", Language: "en", Published: "2024-01-01", Text: long(i)}, nil); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.pool.Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"rafale", "frigate programme", "arms", "parliament"} {
		b.Run(strings.ReplaceAll(q, " ", "+"), func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for b.Loop() {
				t0 := time.Now()
				p, err := s.SearchPage(ctx, domain.SearchQuery{Text: q, Limit: 20})
				if err != nil || len(p.Hits) == 0 {
					b.Fatalf("%q: %d hits, %v", q, len(p.Hits), err)
				}
				lat = append(lat, time.Since(t0))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}
