package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// SaveAndReadBack: a saved document and its facts read back equal to what
// was saved, with the stored fields filled in.
func SaveAndReadBack[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	doc := Doc("abc123", "en", "2024-05-01", ThreeFactsText)
	facts := ThreeFacts()
	res, err := s.SaveDocument(ctx, doc, facts)
	if err != nil {
		t.Fatal(err)
	}
	if want := (domain.IngestResult{DocumentID: "abc123", Created: true, Facts: 3}); res != want {
		t.Errorf("SaveDocument = %+v, want %+v", res, want)
	}
	got, err := s.Document(ctx, "abc123")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("Document = %+v\nwant %+v", got, doc)
	}
	stored, err := s.Facts(ctx, domain.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != len(facts) {
		t.Fatalf("Facts returned %d, want %d", len(stored), len(facts))
	}
	for i, sf := range stored {
		if !reflect.DeepEqual(sf.Fact, facts[i]) {
			t.Errorf("fact %d = %+v\nwant %+v", i, sf.Fact, facts[i])
		}
		if sf.DocumentID != doc.ID || sf.Source != doc.Source || sf.Language != "en" || sf.Published != "2024-05-01" || sf.ID == 0 {
			t.Errorf("fact %d: stored fields %d %q %q %q %q", i, sf.ID, sf.DocumentID, sf.Source, sf.Language, sf.Published)
		}
	}
}

// DocumentNotFound: an unknown id is ErrNotFound.
func DocumentNotFound[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	_, err := s.Document(context.Background(), "nope")
	if !errors.Is(err, a.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
}

// counts are the row counts of documents, facts and a.Tables.
func (a Adapter[S]) counts(t testing.TB, s S) []int {
	t.Helper()
	var n []int
	for _, table := range append([]string{"documents", "facts"}, a.Tables...) {
		n = append(n, a.Count(t, s, table))
	}
	return n
}

// ResaveChangesNothing: saving a document id again, with other metadata and
// facts, keeps the stored copy and adds no rows.
func ResaveChangesNothing[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	doc := Doc("same", "fr", "2023-01-01", "Le même texte.")
	if _, err := s.SaveDocument(ctx, doc, ThreeFacts()); err != nil {
		t.Fatal(err)
	}
	before := a.counts(t, s)
	// Same id, different metadata and facts: the stored copy wins.
	again := *doc
	again.Source = "elsewhere.html"
	again.Title = "Changed"
	res, err := s.SaveDocument(ctx, &again, ThreeFacts()[:1])
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || res.DocumentID != "same" || res.Facts != 0 {
		t.Errorf("re-save = %+v, want not created, 0 facts", res)
	}
	if after := a.counts(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("row counts changed: %v -> %v", before, after)
	}
	got, err := s.Document(ctx, "same")
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != doc.Source || got.Title != doc.Title {
		t.Errorf("stored document changed to %q %q", got.Source, got.Title)
	}
}

// FailedSaveLeavesNothing: a save that fails anywhere stores nothing, names
// the document in its error, and the same document saves cleanly after.
func FailedSaveLeavesNothing[S Store](t *testing.T, a Adapter[S]) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	badType := ThreeFacts()
	badType[2].Type = "" // violates CHECK (type <> '') after two facts went in
	nan := ThreeFacts()
	nan[1].Value = &domain.Money{Amount: math.NaN(), Currency: "USD"}
	for _, tc := range []struct {
		name  string
		ctx   context.Context
		doc   *domain.Document
		facts []domain.Fact
		want  string // in the error
	}{
		{"nil document", context.Background(), nil, ThreeFacts(), "nil document"},
		{"empty id", context.Background(), Doc("", "en", "", "x"), ThreeFacts(), "empty document id"},
		{"constraint mid-batch", context.Background(), Doc("bad", "en", "2024-01-01", "x"), badType, "insert fact 2"},
		{"unencodable fact", context.Background(), Doc("bad", "en", "2024-01-01", "x"), nan, "fact 1"},
		{"cancelled context", cancelled, Doc("bad", "en", "2024-01-01", "x"), ThreeFacts(), "context canceled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := a.open(t)
			ctx := context.Background()
			if _, err := s.SaveDocument(ctx, Doc("kept", "en", "2022-01-01", "kept text"), ThreeFacts()); err != nil {
				t.Fatal(err)
			}
			_, err := s.SaveDocument(tc.ctx, tc.doc, tc.facts)
			if err == nil {
				t.Fatal("SaveDocument succeeded, want error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
			if tc.doc != nil && !strings.Contains(err.Error(), tc.doc.Source) {
				t.Errorf("err = %v, want it to name %q", err, tc.doc.Source)
			}
			if d, f := a.Count(t, s, "documents"), a.Count(t, s, "facts"); d != 1 || f != 3 {
				t.Errorf("after failure: %d documents, %d facts; want 1, 3", d, f)
			}
			if _, err := s.Document(ctx, "bad"); !errors.Is(err, a.ErrNotFound) {
				t.Errorf("failed document is readable: %v", err)
			}
			a.check(t, s)
			// The same document saves cleanly afterwards.
			res, err := s.SaveDocument(ctx, Doc("bad", "en", "2024-01-01", "x"), ThreeFacts())
			if err != nil || !res.Created || res.Facts != 3 {
				t.Errorf("save after failure = %+v, %v", res, err)
			}
			a.check(t, s)
		})
	}
}

// ConcurrentSaves: saves from several goroutines all land, and of those
// saving one same document exactly one creates it.
func ConcurrentSaves[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	const workers, perWorker = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*(perWorker+1))
	created := make(chan bool, workers)
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				id := fmt.Sprintf("w%d-d%d", w, i)
				if _, err := s.SaveDocument(ctx, Doc(id, "en", "2024-01-01", "Text number "+id), ThreeFacts()); err != nil {
					errs <- err
				}
			}
			// Everybody also saves the same document: exactly one creates it.
			res, err := s.SaveDocument(ctx, Doc("shared", "en", "2024-01-01", "shared text"), ThreeFacts())
			if err != nil {
				errs <- err
			}
			created <- res.Created
		})
	}
	wg.Wait()
	close(errs)
	close(created)
	for err := range errs {
		t.Error(err)
	}
	n := 0
	for c := range created {
		if c {
			n++
		}
	}
	if n != 1 {
		t.Errorf("shared document created %d times, want 1", n)
	}
	if d, f := a.Count(t, s, "documents"), a.Count(t, s, "facts"); d != workers*perWorker+1 || f != 3*(workers*perWorker+1) {
		t.Errorf("%d documents, %d facts; want %d, %d", d, f, workers*perWorker+1, 3*(workers*perWorker+1))
	}
	a.check(t, s)
}

// StoresAreIsolated: two stores Open returns share nothing.
func StoresAreIsolated[S Store](t *testing.T, a Adapter[S]) {
	first := a.open(t)
	second := a.Open(t)
	ctx := context.Background()
	if _, err := first.SaveDocument(ctx, Doc("only-a", "en", "", "text"), nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		s    S
		want int
	}{{"first", first, 1}, {"second", second, 0}} {
		if n, err := tc.s.DocumentCount(ctx); err != nil || n != tc.want {
			t.Errorf("%s store has %d documents (%v), want %d", tc.name, n, err, tc.want)
		}
	}
}
