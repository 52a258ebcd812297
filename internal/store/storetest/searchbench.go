package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

// ProseText is about size bytes of varied prose that mentions the Rafale
// once, near the middle: a long stored document for the search benchmarks.
func ProseText(size, seed int) string {
	words := []string{"the", "ministry", "said", "on", "monday", "that", "talks", "about", "a", "new", "frigate",
		"programme", "had", "resumed", "after", "delays", "in", "parliament", "and", "officials", "expect", "approval", "soon"}
	var sb strings.Builder
	sb.Grow(size + 64)
	x := uint32(seed)*2654435761 + 1
	mentioned := false
	for sb.Len() < size {
		if !mentioned && sb.Len() > size/2 {
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

// BenchSearchPage measures SearchPage (the /api/v1/search query) for a
// few queries, one sub-benchmark each, and reports p50 and p99 latency.
func BenchSearchPage(b *testing.B, s domain.SearchPager) {
	ctx := context.Background()
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
