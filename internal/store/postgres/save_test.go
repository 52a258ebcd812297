package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/store/storetest"
)

// TestFactColumns: the denormalised columns the filters use agree with the
// stored body.
func TestFactColumns(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.SaveDocument(ctx, storetest.Doc("abc123", "en", "2024-05-01", storetest.ThreeFactsText), storetest.ThreeFacts()); err != nil {
		t.Fatal(err)
	}
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
		{0, "event_date || ' ' || notice_transmittal || ' ' || notice_date", "2024-03-12 24-12 2024-03-12"},
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

func TestCancelInsideTransaction(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	if _, err := s.SaveDocument(context.Background(), storetest.Doc("kept", "en", "", "kept"), storetest.ThreeFacts()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	hooked := false
	s.testHookSaved = func() {
		hooked = true
		cancel() // the document row is in the open transaction
	}
	_, err := s.SaveDocument(ctx, storetest.Doc("cut", "en", "", "cut short"), storetest.ThreeFacts())
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
	if res, err := s.SaveDocument(context.Background(), storetest.Doc("cut", "en", "", "cut short"), storetest.ThreeFacts()); err != nil || !res.Created {
		t.Errorf("save after cancel = %+v, %v", res, err)
	}
}

func BenchmarkSaveDocument(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	text := strings.Repeat("The United States approved the sale of HIMARS launchers to Morocco. ", 40)
	facts := storetest.ThreeFacts()
	for i := 0; b.Loop(); i++ {
		if _, err := s.SaveDocument(ctx, storetest.Doc(fmt.Sprintf("bench-%d", i), "en", "2024-01-01", text), facts); err != nil {
			b.Fatal(err)
		}
	}
}
