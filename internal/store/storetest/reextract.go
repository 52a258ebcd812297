package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// rxFacts are the facts of the re-extraction test's document, each
// recognisable by its Rule: a transfer to confirm, one to correct, an
// agreement to reject and two facts nobody reviews.
func rxFacts() []domain.Fact {
	return []domain.Fact{
		{Type: domain.TypeTransfer, Supplier: Code("US"), Recipient: Code("MA"), System: &domain.System{ID: "m142-himars", Name: "M142 HIMARS"},
			Quantity: 18, Stage: domain.StageApproved, Year: 2024, Confidence: 0.9, Rule: "confirm"},
		{Type: domain.TypeTransfer, Supplier: Code("FR"), Recipient: Code("MA"), System: &domain.System{ID: "caesar", Name: "CAESAR"},
			Quantity: 12, Stage: domain.StageOrdered, Confidence: 0.6, Rule: "correct"},
		{Type: domain.TypeAgreement, Parties: []domain.Party{{Code: "FR"}, {Code: "MA"}}, Name: "Accord", Year: 2022, Confidence: 0.4, Rule: "reject"},
		{Type: domain.TypeMembership, Member: Code("MA"), Organization: &domain.Named{Name: "African Union"}, Confidence: 0.8, Rule: "plain"},
		{Type: domain.TypeAssistance, Provider: Code("US"), Recipient: Code("MA"), Program: &domain.Named{Name: "IMET"}, Confidence: 0.7, Rule: "gone"},
	}
}

// byRule picks facts of rxFacts by Rule, in the order given, possibly
// changed by edit.
func byRule(edit func(f *domain.Fact), rules ...string) []domain.Fact {
	var out []domain.Fact
	for _, r := range rules {
		for _, f := range rxFacts() {
			if f.Rule == r {
				if edit != nil {
					edit(&f)
				}
				out = append(out, f)
			}
		}
	}
	return out
}

// ReplaceFactsKeepsReviews: re-extracting a document replaces its machine
// facts in place, keeps confirmed, corrected and rejected facts with their
// reviews (kept as they were when no longer found), reports what changed,
// and a second run with the same facts changes nothing.
func ReplaceFactsKeepsReviews[S Store](t *testing.T, a Adapter[S]) {
	s := a.open(t)
	ctx := context.Background()
	if _, err := s.SaveDocument(ctx, Doc("rx", "en", "2024-05-01", "text of rx"), rxFacts()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDocument(ctx, Doc("other", "fr", "2023-01-01", "text of other"), ThreeFacts()); err != nil {
		t.Fatal(err)
	}
	ids, err := s.DocumentIDs(ctx)
	if err != nil || !slices.Equal(ids, []string{"rx", "other"}) {
		t.Fatalf("DocumentIDs = %v, %v; want [rx other]", ids, err)
	}
	id := func(rule string) int64 {
		t.Helper()
		for _, f := range a.docFacts(t, s, "rx") {
			if f.Rule == rule {
				return f.ID
			}
		}
		t.Fatalf("no fact %q", rule)
		return 0
	}
	qty := 24
	for _, rv := range []domain.ReviewInput{
		{FactID: id("confirm"), Action: domain.ReviewConfirmed, Who: "ana"},
		{FactID: id("correct"), Action: domain.ReviewCorrected, Correction: &domain.Correction{Quantity: &qty}, Who: "ana"},
		{FactID: id("reject"), Action: domain.ReviewRejected, Who: "bo"},
	} {
		review(t, s, rv)
	}
	reviews := map[string]string{"confirm": domain.ReviewConfirmed, "correct": domain.ReviewCorrected, "reject": domain.ReviewRejected}
	before := map[string]int64{}
	for _, r := range []string{"confirm", "correct", "reject", "plain", "gone"} {
		before[r] = id(r)
	}

	// The new extractor: the rejected agreement comes first, the confirmed
	// transfer's quantity changed, the corrected transfer is no longer
	// found, the assistance is gone and a new exercise appears.
	newFacts := append(byRule(func(f *domain.Fact) {
		if f.Rule == "confirm" {
			f.Quantity, f.Confidence = 20, 0.95
		}
	}, "reject", "confirm", "plain"), domain.Fact{Type: domain.TypeExercise, Parties: []domain.Party{{Code: "US"}, {Code: "MA"}}, Name: "African Lion", Confidence: 0.9, Rule: "new"})

	// A dry run reports and writes nothing.
	dry, err := s.ReplaceFacts(ctx, "rx", newFacts, true)
	if err != nil {
		t.Fatal(err)
	}
	if got := Keys(a.docFacts(t, s, "rx")); !slices.Equal(got, []string{"confirm", "correct", "reject", "plain", "gone"}) {
		t.Errorf("after dry run facts = %v, want unchanged", got)
	}

	rep, err := s.ReplaceFacts(ctx, "rx", newFacts, false)
	if err != nil {
		t.Fatal(err)
	}
	wantRemoved := 1 // gone
	wantKept := 3
	wantRules := []string{"reject", "confirm", "plain", "new", "correct"}
	for _, r := range []domain.Reextraction{dry, rep} {
		if r.DocumentID != "rx" || r.Added != 1 || r.Removed != wantRemoved || r.Changed != 1 || r.ReviewsKept != wantKept {
			t.Errorf("report = %+v; want added 1, removed %d, changed 1, reviews kept %d", r, wantRemoved, wantKept)
		}
	}
	var changed []string
	for _, c := range rep.Changes {
		if c.Kind == domain.ChangeChanged {
			changed = append(changed, c.Fields...)
			if c.FactID != before["confirm"] || c.Review != reviews["confirm"] {
				t.Errorf("changed fact = %+v, want fact %d (%q)", c, before["confirm"], reviews["confirm"])
			}
		}
	}
	if !slices.Equal(changed, []string{"confidence", "quantity"}) {
		t.Errorf("changed fields = %v, want [confidence quantity]", changed)
	}

	got := a.docFacts(t, s, "rx")
	if !slices.Equal(Keys(got), wantRules) {
		t.Fatalf("facts = %v, want %v", Keys(got), wantRules)
	}
	for _, f := range got {
		if old, ok := before[f.Rule]; ok && f.ID != old {
			t.Errorf("fact %s: id %d, want it kept (%d)", f.Rule, f.ID, old)
		}
		switch f.Rule {
		case "confirm":
			if f.Quantity != 20 || f.Confidence != 0.95 {
				t.Errorf("confirmed fact = qty %d conf %v, want the new extraction's 20, 0.95", f.Quantity, f.Confidence)
			}
		case "correct":
			if f.Quantity != 12 {
				t.Errorf("kept corrected fact quantity = %d, want stored 12 (the correction applies on reading)", f.Quantity)
			}
		}
	}
	st := reviewStatuses(t, s)
	want := map[int64]string{before["confirm"]: domain.ReviewConfirmed, before["correct"]: domain.ReviewCorrected, before["reject"]: domain.ReviewRejected}
	for fid, w := range want {
		if st[fid] != w {
			t.Errorf("fact %d review = %q, want %q (all: %v)", fid, st[fid], w, st)
		}
	}
	if len(st) != len(want) {
		t.Errorf("reviewed facts = %v, want %v", st, want)
	}
	if got := Keys(a.docFacts(t, s, "other")); len(got) != 3 {
		t.Errorf("other document's facts = %v, want its 3 untouched", got)
	}

	// Again: nothing changes.
	again, err := s.ReplaceFacts(ctx, "rx", newFacts, false)
	if err != nil {
		t.Fatal(err)
	}
	if again.Count() != 0 || again.ReviewsKept != wantKept {
		t.Errorf("second run = %+v, want no change and %d reviews kept", again, wantKept)
	}
	if got2 := a.docFacts(t, s, "rx"); !slices.EqualFunc(got2, got, func(x, y domain.StoredFact) bool { return x.ID == y.ID && x.Rule == y.Rule }) {
		t.Errorf("second run facts = %v, want %v", Keys(got2), Keys(got))
	}

	// The old extractor again: the lost facts come back as new ones; the
	// corrected transfer is found again and takes its review back.
	back, err := s.ReplaceFacts(ctx, "rx", rxFacts(), false)
	if err != nil {
		t.Fatal(err)
	}
	if back.Changed != 1 || back.ReviewsKept != wantKept {
		t.Errorf("back = %+v; want 1 changed, %d reviews kept", back, wantKept)
	}
	if got := Keys(a.docFacts(t, s, "rx")); !slices.Equal(got, []string{"confirm", "correct", "reject", "plain", "gone"}) {
		t.Errorf("back: facts = %v", got)
	}
	if st := reviewStatuses(t, s); st[before["correct"]] != domain.ReviewCorrected || st[before["reject"]] != domain.ReviewRejected || len(st) != 3 {
		t.Errorf("back: reviews = %v", st)
	}
	if _, err := s.ReplaceFacts(ctx, "missing", nil, false); err == nil {
		t.Error("ReplaceFacts of an unknown document: no error")
	}
	a.check(t, s)
}

// docFacts are the stored facts of one document, in ordinal order, as
// extracted (Stored), else as Facts reads them.
func (a Adapter[S]) docFacts(t testing.TB, s S, doc string) []domain.StoredFact {
	t.Helper()
	if a.Stored != nil {
		return a.Stored(t, s, doc)
	}
	all, err := s.Facts(context.Background(), domain.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var out []domain.StoredFact
	for _, f := range all {
		if f.DocumentID == doc {
			out = append(out, f)
		}
	}
	return out
}
