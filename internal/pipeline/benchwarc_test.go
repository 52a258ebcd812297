package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/source"
)

// TestWriteBenchWARC is not a test: with $ARMSWATCH_BENCH_WARC set, it
// writes there a gzipped web archive of $ARMSWATCH_BENCH_PAGES (default
// 1000) distinct bench pages, the input of scripts/queue-bench.sh.
func TestWriteBenchWARC(t *testing.T) {
	path := os.Getenv("ARMSWATCH_BENCH_WARC")
	if path == "" {
		t.Skip("set ARMSWATCH_BENCH_WARC=FILE to write the bench pages as a web archive")
	}
	n := 1000
	if v := os.Getenv("ARMSWATCH_BENCH_PAGES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("ARMSWATCH_BENCH_PAGES=%q", v)
		}
	}
	arts := loadBenchArticles(t)
	var b bytes.Buffer
	w := source.NewWARCWriter(&b, true)
	for i := range n {
		page := newsPage(i, arts[i%len(arts)], arts) + fmt.Sprintf("\n<!-- page %d -->\n", i)
		if err := w.WriteResponse(fmt.Sprintf("https://news.example/bench/%d", i), time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), "text/html; charset=utf-8", []byte(page)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages, %d bytes compressed, in %s", n, b.Len(), path)
}
