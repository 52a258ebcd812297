package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
)

// TestSaveDocumentsEachAllOrNothing: a batch of documents is stored in one
// transaction, but a document whose save fails midway (here a trigger
// refuses its second fact, or its deal key) leaves nothing, and the documents before and
// after it are stored with their facts, deals and fingerprints; a
// document already stored is reported unchanged.
func TestSaveDocumentsEachAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON facts WHEN NEW.name = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END;
		CREATE TRIGGER dealboom BEFORE UPDATE OF deal_key ON facts WHEN NEW.name = 'dealboom' BEGIN SELECT RAISE(ABORT, 'dealboom'); END`); err != nil {
		t.Fatal(err)
	}
	rafale := domain.Fact{Type: domain.TypeTransfer, Supplier: &domain.Party{Code: "FR"}, Recipient: &domain.Party{Code: "IN"},
		System: &domain.System{ID: "rafale"}, Stage: domain.StageOrdered, Year: 2016, ValueUSD: 8.7e9}
	doc := func(id string) *domain.Document {
		return &domain.Document{ID: id, Source: id + ".html", Language: "en", Published: "2016-09-23", Text: "text of " + id}
	}
	if _, err := s.SaveDocument(ctx, doc("old"), []domain.Fact{rafale}); err != nil {
		t.Fatal(err)
	}
	// b fails while its facts are inserted, e when its deals are assigned
	// (after the batch's other documents, whose deals are then assigned
	// one by one)
	docs := []*domain.Document{doc("a"), doc("b"), doc("old"), doc("c"), doc("e")}
	facts := [][]domain.Fact{{rafale}, {rafale, {Type: domain.TypeExercise, Name: "boom"}}, {rafale}, {rafale, rafale},
		{rafale, {Type: domain.TypeExercise, Name: "dealboom"}}}
	res, errs := s.SaveDocuments(ctx, docs, facts, []uint64{1, 2, 3, 4, 5})
	for i, want := range []struct {
		created bool
		facts   int
		err     bool
	}{{true, 1, false}, {false, 0, true}, {false, 0, false}, {true, 2, false}, {false, 0, true}} {
		if (errs[i] != nil) != want.err || res[i].Created != want.created || res[i].Facts != want.facts {
			t.Errorf("document %s: %+v, %v; want created %v, %d facts, error %v", docs[i].ID, res[i], errs[i], want.created, want.facts, want.err)
		}
	}
	var ndocs, nfacts, hashed, deals int
	if err := s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM facts),
		(SELECT COUNT(*) FROM documents WHERE simhash IS NOT NULL), (SELECT COUNT(DISTINCT deal_id) FROM facts)`).Scan(&ndocs, &nfacts, &hashed, &deals); err != nil {
		t.Fatal(err)
	}
	if ndocs != 3 || nfacts != 4 || hashed != 2 || deals != 1 {
		t.Errorf("stored %d documents, %d facts, %d fingerprints, %d deals; want 3, 4, 2, 1", ndocs, nfacts, hashed, deals)
	}
}
