package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// BenchmarkFacts measures extraction alone (cleaned text → facts) per
// language over the project's corpus, so languages can be compared as
// ratios: go test -bench Facts ./internal/extract/ | benchstat.
func BenchmarkFacts(b *testing.B) {
	x := New(lexicon.Default())
	for _, lang := range []string{"en", "fr", "ar", "es", "de"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", lang+"-*.txt"))
		more, _ := filepath.Glob(filepath.Join("..", "samples", "articles", lang+"-*.txt"))
		files = append(files, more...)
		var docs []*domain.Document
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, &domain.Document{Source: f, Language: lang, Text: string(t)})
		}
		if len(docs) == 0 {
			continue
		}
		b.Run(lang, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := x.Facts(docs[i%len(docs)]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
