package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/domain"
)

func testDoc(id, lang, published, text string) *domain.Document {
	return &domain.Document{
		ID:        id,
		Source:    "corpus/dev/" + id + ".txt",
		Title:     "Title of " + id,
		Site:      "example.org",
		Language:  lang,
		Published: published,
		Fetched:   time.Date(2025, 3, 1, 12, 30, 0, 123456789, time.UTC),
		Format:    "text",
		Text:      text,
	}
}

func code(c string) *domain.Party { return &domain.Party{Code: c} }
func org(o string) *domain.Party  { return &domain.Party{Org: o} }

// threeFacts are facts of three types, with an organisation as a party and
// a fully described system.
func threeFacts() []domain.Fact {
	return []domain.Fact{
		{
			Type: domain.TypeTransfer, Supplier: code("US"), Recipient: code("MA"),
			System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS", Designation: "M142",
				Aliases: []string{"HIMARS"}, Category: "artillery", Origin: "US", Maker: "Lockheed Martin", Mention: "HIMARS"},
			Quantity: 18, Value: &domain.Money{Amount: 524e6, Currency: "USD", Qualifier: "about"}, ValueUSD: 524e6,
			Stage: domain.StageApproved, Year: 2024,
			Evidence:    domain.Evidence{Start: 0, End: 60, Text: "The sale of 18 HIMARS to Morocco was approved."},
			Attribution: "DSCA", Confidence: 0.9, Rule: "transfer/approve",
		},
		{
			Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "FR"}, {Org: "African Union"}},
			Name: "Cooperation accord", Year: 2023, DurationYears: 5,
			Evidence:   domain.Evidence{Start: 61, End: 100, Text: "France and the African Union signed an accord."},
			Confidence: 0.7, Rule: "agreement/sign",
		},
		{
			Type: domain.TypeMembership, Member: code("MA"),
			Organization: &domain.Named{ID: "au", Name: "African Union", Aliases: []string{"AU", "UA"}},
			Year:         2017, Evidence: domain.Evidence{Start: 101, End: 130, Text: "Morocco rejoined the AU in 2017."},
			Confidence: 0.8, Rule: "membership/join",
		},
	}
}

func TestSaveAndReadBack(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTest(t)
	doc := testDoc("abc123", "en", "2024-05-01", "The sale of 18 HIMARS to Morocco was approved. France and the African Union signed an accord.")
	facts := threeFacts()
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
	// The denormalised columns agree with the body.
	for _, tc := range []struct {
		ordinal int
		cols    string
		want    string
	}{
		{0, "supplier || ' ' || recipient || ' ' || system_name || ' ' || quantity || ' ' || value_usd", "US MA M142 HIMARS 18 524000000"},
		{0, "system_terms", "m142-himars\nm142 himars\nm142\nhimars\nhimars"},
		{1, "parties::text", `["FR", {"org": "African Union"}]`},
		{1, "jsonb_array_length(parties)::text || ' ' || name || ' ' || duration_years", "2 Cooperation accord 5"},
		{2, "organization || ' ' || member", "African Union MA"},
		{2, "body->'organization'->>'id'", "au"},
	} {
		var got string
		if err := s.pool.QueryRow(ctx, "SELECT "+tc.cols+" FROM facts WHERE ordinal = $1", tc.ordinal).Scan(&got); err != nil {
			t.Fatalf("%s: %v", tc.cols, err)
		}
		if got != tc.want {
			t.Errorf("fact %d: %s = %q, want %q", tc.ordinal, tc.cols, got, tc.want)
		}
	}
}

func TestDocumentNotFound(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	_, err := s.Document(context.Background(), "nope")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
}

func TestResaveChangesNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTest(t)
	doc := testDoc("same", "fr", "2023-01-01", "Le même texte.")
	if _, err := s.SaveDocument(ctx, doc, threeFacts()); err != nil {
		t.Fatal(err)
	}
	before := [2]int{count(t, s, "documents"), count(t, s, "facts")}
	// Same id, different metadata and facts: the stored copy wins.
	again := *doc
	again.Source = "elsewhere.html"
	again.Title = "Changed"
	res, err := s.SaveDocument(ctx, &again, threeFacts()[:1])
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || res.DocumentID != "same" || res.Facts != 0 {
		t.Errorf("re-save = %+v, want not created, 0 facts", res)
	}
	after := [2]int{count(t, s, "documents"), count(t, s, "facts")}
	if before != after {
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

func TestFailedSaveLeavesNothing(t *testing.T) {
	t.Parallel()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	badType := threeFacts()
	badType[2].Type = "" // violates CHECK (type <> '') after two facts went in
	nan := threeFacts()
	nan[1].Value = &domain.Money{Amount: math.NaN(), Currency: "USD"}
	for _, tc := range []struct {
		name  string
		ctx   context.Context
		doc   *domain.Document
		facts []domain.Fact
		want  string // in the error
	}{
		{"nil document", context.Background(), nil, threeFacts(), "nil document"},
		{"empty id", context.Background(), testDoc("", "en", "", "x"), threeFacts(), "empty document id"},
		{"constraint mid-batch", context.Background(), testDoc("bad", "en", "2024-01-01", "x"), badType, "insert fact 2"},
		{"unencodable fact", context.Background(), testDoc("bad", "en", "2024-01-01", "x"), nan, "fact 1"},
		{"cancelled context", cancelled, testDoc("bad", "en", "2024-01-01", "x"), threeFacts(), "context canceled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := openTest(t)
			ctx := context.Background()
			if _, err := s.SaveDocument(ctx, testDoc("kept", "en", "2022-01-01", "kept text"), threeFacts()); err != nil {
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
			if d, f := count(t, s, "documents"), count(t, s, "facts"); d != 1 || f != 3 {
				t.Errorf("after failure: %d documents, %d facts; want 1, 3", d, f)
			}
			if _, err := s.Document(ctx, "bad"); !errors.Is(err, ErrNotFound) {
				t.Errorf("failed document is readable: %v", err)
			}
			// The same document saves cleanly afterwards.
			res, err := s.SaveDocument(ctx, testDoc("bad", "en", "2024-01-01", "x"), threeFacts())
			if err != nil || !res.Created || res.Facts != 3 {
				t.Errorf("save after failure = %+v, %v", res, err)
			}
		})
	}
}

func TestCancelInsideTransaction(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if _, err := s.SaveDocument(context.Background(), testDoc("kept", "en", "", "kept"), threeFacts()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	hooked := false
	s.testHookSaved = func() {
		hooked = true
		cancel() // the document row is in the open transaction
	}
	_, err := s.SaveDocument(ctx, testDoc("cut", "en", "", "cut short"), threeFacts())
	s.testHookSaved = nil
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if !hooked {
		t.Error("the hook did not run")
	}
	if d, f := count(t, s, "documents"), count(t, s, "facts"); d != 1 || f != 3 {
		t.Errorf("after cancel: %d documents, %d facts; want 1, 3", d, f)
	}
	if res, err := s.SaveDocument(context.Background(), testDoc("cut", "en", "", "cut short"), threeFacts()); err != nil || !res.Created {
		t.Errorf("save after cancel = %+v, %v", res, err)
	}
}

func TestConcurrentSaves(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTest(t)
	const workers, perWorker = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*(perWorker+1))
	created := make(chan bool, workers)
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				id := fmt.Sprintf("w%d-d%d", w, i)
				if _, err := s.SaveDocument(ctx, testDoc(id, "en", "2024-01-01", "Text number "+id), threeFacts()); err != nil {
					errs <- err
				}
			}
			// Everybody also saves the same document: exactly one creates it.
			res, err := s.SaveDocument(ctx, testDoc("shared", "en", "2024-01-01", "shared text"), threeFacts())
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
	if d, f := count(t, s, "documents"), count(t, s, "facts"); d != workers*perWorker+1 || f != 3*(workers*perWorker+1) {
		t.Errorf("%d documents, %d facts; want %d, %d", d, f, workers*perWorker+1, 3*(workers*perWorker+1))
	}
}

func BenchmarkSaveDocument(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	text := strings.Repeat("The United States approved the sale of HIMARS launchers to Morocco. ", 40)
	facts := threeFacts()
	for i := 0; b.Loop(); i++ {
		if _, err := s.SaveDocument(ctx, testDoc(fmt.Sprintf("bench-%d", i), "en", "2024-01-01", text), facts); err != nil {
			b.Fatal(err)
		}
	}
}
