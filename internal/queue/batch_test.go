package queue

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/pipeline"
)

// fakeTx is a transaction of fakeDB: what it saved.
type fakeTx struct{ docs []string }

// fakeDB records the batcher's transactions; a commit waits for gate
// when it is set.
type fakeDB struct {
	mu      sync.Mutex
	commits [][]string
	gate    chan struct{}
	fail    string // a document whose save fails
}

func (f *fakeDB) funcs() txFuncs[*fakeTx] {
	return txFuncs[*fakeTx]{
		begin: func(context.Context) (*fakeTx, error) { return &fakeTx{}, nil },
		commit: func(_ context.Context, tx *fakeTx) error {
			if f.gate != nil {
				<-f.gate
			}
			f.mu.Lock()
			f.commits = append(f.commits, tx.docs)
			f.mu.Unlock()
			return nil
		},
		rollback: func(context.Context, *fakeTx) error { return nil },
		save: func(_ context.Context, tx *fakeTx, doc *domain.Document, _ []domain.Fact) (domain.IngestResult, error) {
			if doc.ID == f.fail {
				return domain.IngestResult{}, errors.New("refused")
			}
			tx.docs = append(tx.docs, doc.ID)
			return domain.IngestResult{Created: true}, nil
		},
		close: func() {},
	}
}

func (f *fakeDB) batches() [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]string(nil), f.commits...)
}

func testBatcher(f *fakeDB, batch int, delay time.Duration) *batcher[*fakeTx] {
	c := &core{opts: Options{Batch: batch, BatchDelay: delay, Log: slog.New(slog.DiscardHandler)}}
	return newBatcher(f.funcs(), c)
}

func doc(id string) *pipeline.Result {
	return &pipeline.Result{Doc: &domain.Document{ID: id, Text: "text of " + id}}
}

// waitResult fails the test when ch has no answer within d.
func waitResult(t *testing.T, ch <-chan saveResult, d time.Duration, what string) saveResult {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(d):
		t.Fatalf("%s: no answer within %v", what, d)
		return saveResult{}
	}
}

// TestBatcherUrgent: a request a job waits for (its last document, its
// completion) is written at once, with what is queued before it, not
// after the batch delay; other documents wait for the batch to fill.
func TestBatcherUrgent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		urgent bool
		want   time.Duration // the answer comes before this
	}{
		{"urgent", true, 5 * time.Second},
		{"not urgent: waits the batch delay", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeDB{}
			b := testBatcher(f, 32, time.Hour)
			b.start()
			defer b.stop()
			first := b.submit(doc("a"), nil, false)
			last := b.submit(doc("b"), nil, tc.urgent)
			if !tc.urgent {
				select {
				case <-last:
					t.Fatal("a batch that is not full was written before the batch delay")
				case <-time.After(100 * time.Millisecond):
				}
				return
			}
			waitResult(t, last, tc.want, "last document")
			waitResult(t, first, tc.want, "first document")
			if got := f.batches(); len(got) != 1 || len(got[0]) != 2 {
				t.Errorf("transactions %v, want one with a and b", got)
			}
		})
	}
}

// TestBatcherSubmitDoesNotWaitForWrite: while a transaction is being
// written, jobs queue up to a batch of requests without waiting; they go
// in the next transaction.
func TestBatcherSubmitDoesNotWaitForWrite(t *testing.T) {
	f := &fakeDB{gate: make(chan struct{})}
	b := testBatcher(f, 4, time.Millisecond)
	b.start()
	defer b.stop()
	first := b.submit(doc("a"), nil, true) // its commit waits for the gate
	time.Sleep(50 * time.Millisecond)
	var later []<-chan saveResult
	done := make(chan struct{})
	go func() {
		for _, id := range []string{"b", "c", "d", "e"} {
			later = append(later, b.submit(doc(id), nil, id == "e"))
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("submit waited for the transaction in progress")
	}
	close(f.gate)
	waitResult(t, first, 5*time.Second, "a")
	for i, ch := range later {
		if r := waitResult(t, ch, 5*time.Second, "later"); r.err != nil || !r.ir.Created {
			t.Errorf("request %d: %+v", i, r)
		}
	}
	got := f.batches()
	if len(got) != 2 || len(got[0]) != 1 || len(got[1]) != 4 {
		t.Errorf("transactions %v, want [a] then [b c d e]", got)
	}
}

// TestBatcherStop: requests queued when the worker stops are written;
// one submitted after is refused, not left unanswered.
func TestBatcherStop(t *testing.T) {
	f := &fakeDB{gate: make(chan struct{})}
	b := testBatcher(f, 4, time.Hour)
	b.start()
	first := b.submit(doc("a"), nil, true)
	time.Sleep(50 * time.Millisecond)
	queued := []<-chan saveResult{b.submit(doc("b"), nil, false), b.submit(doc("c"), nil, false)}
	stopped := make(chan struct{})
	go func() { b.stop(); close(stopped) }()
	time.Sleep(50 * time.Millisecond)
	close(f.gate)
	<-stopped
	for _, ch := range append(queued, first) {
		if r := waitResult(t, ch, 5*time.Second, "queued"); r.err != nil {
			t.Errorf("queued request: %v", r.err)
		}
	}
	if r := waitResult(t, b.submit(doc("d"), nil, true), 5*time.Second, "after stop"); !errors.Is(r.err, errStopped) {
		t.Errorf("after stop: %v, want errStopped", r.err)
	}
	if n := len(f.batches()); n != 2 {
		t.Errorf("%d transactions, want 2", n)
	}
}

// TestBatcherFailedDocument: a document that cannot be saved fails
// alone; the others of its batch are saved one by one.
func TestBatcherFailedDocument(t *testing.T) {
	f := &fakeDB{fail: "b"}
	b := testBatcher(f, 8, time.Hour)
	b.start()
	defer b.stop()
	chs := []<-chan saveResult{b.submit(doc("a"), nil, false), b.submit(doc("b"), nil, false), b.submit(doc("c"), nil, true)}
	for i, ch := range chs {
		r := waitResult(t, ch, 5*time.Second, "document")
		if (r.err != nil) != (i == 1) {
			t.Errorf("document %d: err %v", i, r.err)
		}
	}
}
