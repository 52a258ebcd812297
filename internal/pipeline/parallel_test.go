package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/source"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// registerDump is the register's content, independent of ingestion order.
func registerDump(t *testing.T, st *sqlite.Store) []string {
	t.Helper()
	facts, err := st.Facts(context.Background(), domain.Filter{Limit: sqlite.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range facts {
		out = append(out, f.DocumentID[:12]+" "+summarise(f.Fact))
	}
	slices.Sort(out)
	return out
}

func TestIngestParallel(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) < 10 {
		t.Fatalf("corpus has %d files", len(files))
	}
	ctx := context.Background()
	var dumps [][]string
	for _, workers := range []int{1, 4} {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		var progress int
		sum := testP.IngestSeq(ctx, st, source.Open(ctx, append(files, "missing-file.txt"), source.Options{}),
			ParallelOptions{Workers: workers, Progress: func(Summary) { progress++ }, Every: time.Nanosecond})
		if sum.Inputs != len(files)+1 || sum.Failed != 1 || sum.Stored != len(files) || sum.Facts == 0 || progress == 0 {
			t.Errorf("workers=%d: %s (progress calls %d)", workers, sum, progress)
		}
		again := testP.IngestParallel(ctx, st, files, source.Options{}, workers, nil)
		if again.Unchanged != len(files) || again.Stored != 0 {
			t.Errorf("workers=%d: re-ingest: %s", workers, again)
		}
		n, _ := st.DocumentCount(ctx)
		if n != len(files) {
			t.Errorf("workers=%d: %d documents", workers, n)
		}
		if _, err := st.UpdateNearDuplicates(ctx, nil, func(d []domain.DocHash) map[string]string {
			for _, x := range d {
				if x.SimHash == 0 {
					t.Errorf("document %s has no fingerprint", x.ID)
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		dumps = append(dumps, registerDump(t, st))
		st.Close()
	}
	if !slices.Equal(dumps[0], dumps[1]) {
		t.Errorf("1 and 4 workers stored different facts:\n%v\n%v", dumps[0], dumps[1])
	}
}

func TestIngestParallelCancel(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	ctx, cancel := context.WithCancel(context.Background())
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum := testP.IngestSeq(ctx, st, source.Open(ctx, files, source.Options{}), ParallelOptions{Workers: 3,
		OnStored: func(*Result) { cancel() }})
	if sum.Stored == 0 || sum.Stored >= len(files) {
		t.Errorf("after cancel: %s", sum)
	}
}

// benchWARC writes n news-size pages into a .warc.gz, streaming.
func benchWARC(b *testing.B, n int) string {
	pages := benchPages(b)
	path := filepath.Join(b.TempDir(), "bench.warc.gz")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	w := source.NewWARCWriter(bw, true)
	for i := range n {
		p := pages[i%len(pages)]
		body := append(fmt.Appendf(nil, "<!-- page %d -->", i), p.Body...)
		if err := w.WriteResponse(fmt.Sprintf("https://news.example/%d", i), time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "text/html; charset=utf-8", body); err != nil {
			b.Fatal(err)
		}
	}
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkIngestWARC: a generated archive of news pages into SQLite on
// one worker, reading, decoding, cleaning, extraction and storage included.
func BenchmarkIngestWARC(b *testing.B) { benchIngestWARC(b, 1) }

// BenchmarkIngestWARC2Workers is the same on two workers.
func BenchmarkIngestWARC2Workers(b *testing.B) { benchIngestWARC(b, 2) }

func benchIngestWARC(b *testing.B, workers int) {
	path := benchWARC(b, max(b.N, 1))
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	b.SetBytes(pageBytes(benchPages(b)))
	b.ResetTimer()
	cpu0 := cpuTime()
	sum := testP.IngestSeq(ctx, st, source.OpenWARCFile(ctx, path, source.Options{}, nil), ParallelOptions{Workers: workers})
	b.StopTimer()
	if sum.Stored != b.N {
		b.Fatalf("%s", sum)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, cpu0)
}
