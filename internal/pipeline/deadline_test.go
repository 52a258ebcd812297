package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/source"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

// dense is one paragraph of n bytes packed with deals (slow to extract).
func dense(n int) string {
	var b strings.Builder
	b.WriteString("Long dispatch.\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "France delivered %d Rafale jets to Egypt for $%d million in %d, and ", i%90+2, i%900+10, 1995+i%30)
	}
	return b.String()
}

func raws(rs ...*source.Raw) iter.Seq2[*source.Raw, error] {
	return func(yield func(*source.Raw, error) bool) {
		for _, r := range rs {
			if !yield(r, nil) {
				return
			}
		}
	}
}

// A document that overruns its deadline fails alone, naming itself; the
// batch goes on.
func TestDocTimeout(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	slow := &source.Raw{Source: "slow.txt", Body: []byte(dense(400 << 10))}
	quick := &source.Raw{Source: "quick.txt", Body: []byte("Nigeria received six A-29 Super Tucano aircraft from the United States in 2021.\n")}
	start := time.Now()
	var errs []error
	sum := testP.IngestSeq(ctx, st, raws(slow, quick), ParallelOptions{Workers: 1, DocTimeout: 20 * time.Millisecond,
		OnErr: func(err error) { errs = append(errs, err) }})
	if sum.Stored != 1 || sum.Failed != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrDocTimeout) || !strings.Contains(errs[0].Error(), "slow.txt") {
		t.Errorf("%s, errors %v", sum, errs)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

// Cancelling the batch returns at once, even in the middle of a slow
// document, and what was finished is stored.
func TestCancelMidDocument(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	quick := &source.Raw{Source: "quick.txt", Body: []byte("Nigeria received six A-29 Super Tucano aircraft from the United States in 2021.\n")}
	slow := &source.Raw{Source: "slow.txt", Body: []byte(dense(1 << 20))}
	var cancelled atomic.Int64
	sum := testP.IngestSeq(ctx, st, raws(quick, slow), ParallelOptions{Workers: 1, OnStored: func(*Result) {
		go func() { time.Sleep(100 * time.Millisecond); cancelled.Store(time.Now().UnixNano()); cancel() }()
	}})
	if d := time.Since(time.Unix(0, cancelled.Load())); d > time.Second {
		t.Errorf("returned %v after the cancellation", d)
	}
	if n, _ := st.DocumentCount(context.Background()); n != 1 || sum.Stored != 1 || sum.Failed != 0 {
		t.Errorf("%s, %d documents", sum, n)
	}
}
