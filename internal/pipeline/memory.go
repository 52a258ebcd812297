package pipeline

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// longText is the length of cleaned text from which a document's
// extraction holds the process's memory (holdMemory): 4 MiB, a hundred
// times a long article.
const longText = 4 << 20

// The extraction of a long text keeps about its length and the lexicons
// live, and allocates much more, in blocks of many sizes: left alone, the
// heap grows to twice what is live (GOGC) and keeps the pages it freed on
// top, so a 19 MB text peaked at 11 times its size. While one is read, Go
// is given a soft memory limit of twice what is live plus a margin: the
// collector runs as usual, and the pages it frees go back to the system
// instead of piling up. The limit set before (GOMEMLIMIT) is kept when it
// is lower, and put back when the last long text is done.
var held struct {
	sync.Mutex
	n     int   // long texts being extracted
	prev  int64 // the limit before the first of them
	limit int64 // the limit set for them
}

// holdLimitMargin is added to twice the live heap: the extraction's own
// working set (a window of text, its tokens and candidates).
const holdLimitMargin = 32 << 20

// holdMemory sets the soft memory limit for the cleaning or extraction of
// a text of n bytes (nothing below longText) and returns the function that
// ends it.
func holdMemory(n int) (release func()) { return hold(n, 2) }

// holdStore sets the soft memory limit for storing documents whose longest
// text has n bytes (nothing below longText). What the store allocates in
// Go for a long text (its passages, its words, the driver's arguments) is
// garbage as soon as it is written, and SQLite's copies of the text are
// outside Go's heap, on top of it: so the limit is what is live plus the
// margin, not twice what is live. Storing a 19.9 MB text peaked at 200 MB
// (10× the text) with the heap left to double.
func holdStore(n int) (release func()) { return hold(n, 1) }

// hold sets the soft memory limit to times what is live plus the margin
// while a text of n bytes is worked on.
func hold(n int, times int64) (release func()) {
	if n < longText {
		return func() {}
	}
	// a full collection: what is live now is the text (or the body) and
	// the lexicons; what an earlier stage freed goes back at once
	debug.FreeOSMemory()
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	want := times*int64(s[0].Value.Uint64()) + holdLimitMargin
	held.Lock()
	if held.n == 0 {
		held.prev = debug.SetMemoryLimit(-1) // a negative limit reads it
		held.limit = held.prev
	}
	held.n++
	if held.n > 1 {
		want = max(want, held.limit) // others are being read: never lower theirs
	}
	held.limit = min(want, held.prev)
	debug.SetMemoryLimit(held.limit)
	held.Unlock()
	return func() {
		held.Lock()
		held.n--
		if held.n == 0 {
			debug.SetMemoryLimit(held.prev)
		}
		held.Unlock()
		// what the extraction freed goes back before the document is
		// stored: the store's copies (SQLite's are outside Go's heap)
		// would come on top of it
		debug.FreeOSMemory()
	}
}
