package extract

import (
	"testing"

	"github.com/armswatch/armswatch/internal/lexicon"
)

// TestMarkBitsCoverKinds: every kind of every language has a mark bit of
// its own. Kinds past the last bit share it, and every set among them
// loses the shortcut that answers most look-ups without a map (a fifth of
// the extraction time when 64 bits held about 240 kinds): add a word to
// wordMark when this fails.
func TestMarkBitsCoverKinds(t *testing.T) {
	lex := lexicon.Default()
	for _, code := range lex.Langs() {
		if n := len(lex.Lang(code).Words); n >= markBits {
			t.Errorf("%s has %d kinds, wordMark %d bits: the last %d share one", code, n, markBits, n-markBits+1)
		}
	}
}

// TestKindCache: the kind cache answers what the map does, for a name in
// read-only data, the same name built at run time, and an unknown name,
// on first and later look-ups.
func TestKindCache(t *testing.T) {
	lw := newLangWords(lexicon.Default().Lang("en"), "en")
	built := string([]byte("with-prep"))
	for pass := 0; pass < 3; pass++ {
		for _, kind := range []string{"with-prep", built, "negation", "no-such-kind"} {
			if got, want := lw.set(kind), lw.phr[kind]; got != want {
				t.Errorf("pass %d: set(%q) = %p, map has %p", pass, kind, got, want)
			}
		}
	}
	if lw.set("with-prep") == nil {
		t.Error("with-prep: no set")
	}
}
