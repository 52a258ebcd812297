package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/domain"
	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestSharedMetonyms: "Bundesrat" is Switzerland only in a document that
// names Switzerland otherwise; in a German or Austrian story it is their
// upper house and no party. Texts written for this test.
func TestSharedMetonyms(t *testing.T) {
	x := New(lexicon.Default())
	for _, tc := range []struct {
		name, text string
		ch         bool
	}{
		{"a Swiss story", "Die Schweiz will ihre Armee stärken. Der Bundesrat hat die Ausfuhr genehmigt.", true},
		{"a German story", "Deutschland will seine Armee stärken. Der Bundesrat hat dem Gesetz zugestimmt.", false},
	} {
		doc := &domain.Document{Source: tc.name, Language: "de", Text: tc.text}
		d := &docScan{x: x, lw: x.langs["de"], doc: doc, implicitSup: map[int]bool{}}
		d.scan()
		last := d.sents[len(d.sents)-1]
		got := false
		for _, m := range last.countries() {
			if m.id == "CH" {
				got = true
			}
		}
		if got != tc.ch {
			t.Errorf("%s: the Bundesrat read as CH %v, want %v", tc.name, got, tc.ch)
		}
	}
}
