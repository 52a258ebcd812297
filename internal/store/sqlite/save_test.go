package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/armswatch/armswatch/internal/store/storetest"
)

// TestFactColumns: the denormalised columns the filters use agree with the
// stored body.
func TestFactColumns(t *testing.T) {
	s := openTest(t, false)
	if _, err := s.SaveDocument(context.Background(), storetest.Doc("abc123", "en", "2024-05-01", storetest.ThreeFactsText), storetest.ThreeFacts()); err != nil {
		t.Fatal(err)
	}
	var supplier, recipient, sysName, parties, org string
	var qty int
	var usd float64
	if err := s.db.QueryRow(`SELECT supplier, recipient, system_name, quantity, value_usd FROM facts WHERE ordinal = 0`).
		Scan(&supplier, &recipient, &sysName, &qty, &usd); err != nil {
		t.Fatal(err)
	}
	if supplier != "US" || recipient != "MA" || sysName != "M142 HIMARS" || qty != 18 || usd != 524e6 {
		t.Errorf("row 0 columns = %q %q %q %d %v", supplier, recipient, sysName, qty, usd)
	}
	if err := s.db.QueryRow(`SELECT parties FROM facts WHERE ordinal = 1`).Scan(&parties); err != nil {
		t.Fatal(err)
	}
	if want := `["FR",{"org":"African Union"}]`; parties != want {
		t.Errorf("parties column = %s, want %s", parties, want)
	}
	if err := s.db.QueryRow(`SELECT organization FROM facts WHERE ordinal = 2`).Scan(&org); err != nil {
		t.Fatal(err)
	}
	if org != "African Union" {
		t.Errorf("organization column = %q", org)
	}
	var when, transmittal, noticeDate string
	if err := s.db.QueryRow(`SELECT event_date, notice_transmittal, notice_date FROM facts WHERE ordinal = 0`).Scan(&when, &transmittal, &noticeDate); err != nil {
		t.Fatal(err)
	}
	if when != "2024-03-12" || transmittal != "24-12" || noticeDate != "2024-03-12" {
		t.Errorf("event and notice columns = %q %q %q", when, transmittal, noticeDate)
	}
}

func TestCancelMidBatch(t *testing.T) {
	for _, file := range []bool{false, true} {
		t.Run(fmt.Sprintf("file=%v", file), func(t *testing.T) {
			s := openTest(t, file)
			if _, err := s.SaveDocument(context.Background(), storetest.Doc("kept", "en", "", "kept"), storetest.ThreeFacts()); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			inserted := 0
			s.testHookFact = func(i int) {
				inserted = i + 1
				if i == 1 {
					cancel() // two facts are in the open transaction
				}
			}
			_, err := s.SaveDocument(ctx, storetest.Doc("cut", "en", "", "cut short"), storetest.ThreeFacts())
			s.testHookFact = nil
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			if inserted != 2 {
				t.Errorf("%d facts inserted before the error, want 2", inserted)
			}
			if d, f := count(t, s, "documents"), count(t, s, "facts"); d != 1 || f != 3 {
				t.Errorf("after cancel: %d documents, %d facts; want 1, 3", d, f)
			}
			checkIntegrity(t, s)
			if res, err := s.SaveDocument(context.Background(), storetest.Doc("cut", "en", "", "cut short"), storetest.ThreeFacts()); err != nil || !res.Created {
				t.Errorf("save after cancel = %+v, %v", res, err)
			}
		})
	}
}

func BenchmarkSaveDocument(b *testing.B) {
	ctx := context.Background()
	s := openTest(b, true)
	text := strings.Repeat("The United States approved the sale of HIMARS launchers to Morocco. ", 40)
	facts := storetest.ThreeFacts()
	b.ResetTimer()
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		if _, err := s.SaveDocument(ctx, storetest.Doc(fmt.Sprintf("bench-%d", i), "en", "2024-01-01", text), facts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
}
