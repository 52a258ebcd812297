package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/store/sqlite"
)

func TestReextractCommandIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	src := filepath.Join(dir, "ng.txt")
	os.WriteFile(src, []byte(article), 0o644)
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	// The same extractor again changes nothing, dry run or not.
	for _, args := range [][]string{{"--dry-run"}, {}, {"-v"}} {
		code, out, errs := runCLI(t, "", append([]string{"reextract", "--db", db}, args...)...)
		if code != 0 || !strings.Contains(out, "1 documents, 0 changed: 0 facts added, 0 removed, 0 changed, 0 reviews kept; 0 unsupported, 0 failed") {
			t.Errorf("reextract %v: exit %d\n%s%s", args, code, out, errs)
		}
	}
	if code, _, _ := runCLI(t, "", "reextract", "--db", db, "extra"); code != 2 {
		t.Errorf("reextract with an argument: exit %d, want 2", code)
	}
}

// TestReextractKeepsReviews drives reextract with stub extractors over a
// register with reviewed facts.
func TestReextractKeepsReviews(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	us, ma, fr := &domain.Party{Code: "US"}, &domain.Party{Code: "MA"}, &domain.Party{Code: "FR"}
	tr := func(sup *domain.Party, sys string, qty int, rule string) domain.Fact {
		return domain.Fact{Type: domain.TypeTransfer, Supplier: sup, Recipient: ma, System: &domain.System{ID: sys, Name: sys},
			Quantity: qty, Confidence: 0.8, Rule: rule}
	}
	orig := []domain.Fact{tr(us, "himars", 18, "confirm"), tr(fr, "caesar", 12, "correct"), tr(us, "f-16", 4, "reject"), tr(fr, "rafale", 6, "plain")}
	docs := []*domain.Document{
		{ID: "a", Source: "a.txt", Language: "en", Text: "text a"},
		{ID: "b", Source: "b.txt", Language: "en", Text: "text b"},
		{ID: "c", Source: "c.txt", Language: "xx", Text: "text c"},
	}
	for _, d := range docs {
		if _, err := st.SaveDocument(ctx, d, orig); err != nil {
			t.Fatal(err)
		}
	}
	facts, err := st.Facts(ctx, domain.Filter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	qty := 24
	for _, f := range facts {
		in := domain.ReviewInput{FactID: f.ID, Who: "t"}
		switch {
		case f.DocumentID != "a":
			continue
		case f.Rule == "confirm":
			in.Action = domain.ReviewConfirmed
		case f.Rule == "correct":
			in.Action, in.Correction = domain.ReviewCorrected, &domain.Correction{Quantity: &qty}
		case f.Rule == "reject":
			in.Action = domain.ReviewRejected
		default:
			continue
		}
		if _, err := st.ReviewFact(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	// The new extractor finds 20 HIMARS, no longer the CAESAR (reviewed,
	// kept) nor the Rafale (removed), the rejected F-16 again, and a new
	// transfer; it fails on b and does not read c's language.
	changed := []domain.Fact{tr(us, "himars", 20, "confirm"), tr(us, "f-16", 4, "reject"), tr(us, "m1-abrams", 10, "new")}
	stub := func(failB bool) extractFunc {
		return func(d *domain.Document) ([]domain.Fact, bool, error) {
			switch {
			case d.Language == "xx":
				return nil, true, nil
			case d.ID == "b" && failB:
				return nil, false, errors.New("boom")
			case d.ID == "b":
				return orig, false, nil
			}
			return changed, false, nil
		}
	}
	for _, tc := range []struct {
		name     string
		failB    bool
		dryRun   bool
		wantErr  error
		want     []string // lines of stdout, in order
		wantErrs string
	}{
		{"dry run", true, true, errFailed, []string{
			"a.txt: +1 -1 ~1 (3 reviews kept)",
			"  + transfer|us|ma|m1-abrams||",
			"3 documents, 1 changed: 1 facts added, 1 removed, 1 changed, 3 reviews kept; 1 unsupported, 1 failed (dry run: nothing written)",
		}, "reextract b: boom"},
		{"run", true, false, errFailed, []string{
			"a.txt: +1 -1 ~1 (3 reviews kept)",
			"  ~ transfer|us|ma|himars|| #1 [quantity] (confirmed)",
			"  + transfer|us|ma|m1-abrams||",
			"  = transfer|fr|ma|caesar|| #2 (corrected)",
			"  - transfer|fr|ma|rafale|| #4",
			"3 documents, 1 changed: 1 facts added, 1 removed, 1 changed, 3 reviews kept; 1 unsupported, 1 failed",
		}, "reextract b: boom"},
		{"again", false, false, nil, []string{
			"3 documents, 0 changed: 0 facts added, 0 removed, 0 changed, 3 reviews kept; 1 unsupported, 0 failed",
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			e := &env{stdout: &out, stderr: &errb, log: slog.Default()}
			err := reextract(ctx, e, st, stub(tc.failB), tc.dryRun, true)
			if err != tc.wantErr {
				t.Errorf("err = %v, want %v", err, tc.wantErr)
			}
			got := out.String()
			at := 0
			for _, w := range tc.want {
				i := strings.Index(got[at:], w+"\n")
				if i < 0 {
					t.Errorf("missing (in order) %q in:\n%s", w, got)
					continue
				}
				at += i + len(w)
			}
			if !strings.Contains(errb.String(), tc.wantErrs) {
				t.Errorf("stderr = %q, want %q", errb.String(), tc.wantErrs)
			}
			if tc.name == "again" && strings.Contains(got, "a.txt") {
				t.Errorf("second run lists a document:\n%s", got)
			}
		})
	}
	// The register shows the reviews where they were.
	page, err := st.QueryFacts(ctx, domain.FactQuery{Filter: domain.Filter{Limit: 100}, DocumentID: "a", IncludeRejected: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range page.Facts {
		got = append(got, f.Rule+"="+f.ReviewStatus)
		if f.Rule == "correct" && f.Quantity != 24 {
			t.Errorf("kept corrected fact shows quantity %d, want the correction's 24", f.Quantity)
		}
	}
	if want := "confirm=confirmed reject=rejected new= correct=corrected"; strings.Join(got, " ") != want {
		t.Errorf("facts of a = %s, want %s", strings.Join(got, " "), want)
	}
	// The audit trail moved with the facts.
	for _, f := range page.Facts {
		trail, err := st.Reviews(ctx, f.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		if want := f.ReviewStatus != ""; (len(trail) == 1) != want || (want && trail[0].Action != f.ReviewStatus) {
			t.Errorf("fact %s (#%d): audit trail %+v", f.Rule, f.ID, trail)
		}
	}
}

func TestMinConfidenceFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	src := filepath.Join(dir, "ng.txt")
	os.WriteFile(src, []byte(article), 0o644) // one transfer
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	// the thresholds sit just at and just above the fact's confidence,
	// whatever the decision model gives it
	_, out, _ := runCLI(t, "", "query", "--format", "json", "--db", db)
	var fact struct{ Confidence float64 }
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 1 {
		t.Fatalf("query --format json: want one fact, got\n%s", out)
	} else if err := json.Unmarshal([]byte(lines[0]), &fact); err != nil {
		t.Fatalf("query --format json: %v\n%s", err, out)
	}
	c := fact.Confidence
	if c <= 0.5 || c >= 0.99 {
		t.Fatalf("confidence %.3f: the thresholds below need 0.5 < c < 0.99", c)
	}
	at, above := strconv.FormatFloat(c, 'f', -1, 64), strconv.FormatFloat(c+0.005, 'f', 3, 64)
	for _, tc := range []struct {
		args     []string
		code     int
		contains string // in stdout (or stderr when code != 0)
		absent   string
	}{
		{[]string{"query", "--format", "csv", "--min-confidence", at}, 0, "A-29", ""},
		{[]string{"query", "--format", "csv", "--min-confidence", above}, 0, "", "A-29"},
		{[]string{"query", "--min-confidence", "1.5"}, 2, "from 0 to 1", ""},
		{[]string{"query", "--min-confidence", "abc"}, 2, "from 0 to 1", ""},
		{[]string{"rank", "--supplier", "US", "--min-confidence", "0.5"}, 0, "Nigeria", ""},
		{[]string{"rank", "--supplier", "US", "--min-confidence", above}, 0, "", "Nigeria"},
		{[]string{"deals", "--min-confidence", "0.5"}, 0, "A-29", ""},
		{[]string{"deals", "--min-confidence", above}, 0, "", "A-29"},
	} {
		code, out, errs := runCLI(t, "", append(tc.args, "--db", db)...)
		where := out
		if tc.code != 0 {
			where = errs
		}
		if code != tc.code || !strings.Contains(where, tc.contains) || (tc.absent != "" && strings.Contains(out, tc.absent)) {
			t.Errorf("%v: exit %d, want %d; want %q and not %q in\n%s%s", tc.args, code, tc.code, tc.contains, tc.absent, out, errs)
		}
	}
}
