package pipeline

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestHoldMemory: a long text sets a soft memory limit of about twice the
// live heap, never above a lower limit set before (GOMEMLIMIT), nested
// holds never lower it, and the last release puts the old limit back; a
// short text changes nothing.
func TestHoldMemory(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(orig)
	cases := []struct {
		name  string
		prev  int64
		n     int
		held  bool  // the limit changes while held
		below int64 // while held, the limit is at most this
	}{
		{"short text", orig, longText - 1, false, orig},
		{"long text", orig, longText, true, 1 << 40},
		{"lower limit kept", 64 << 20, longText, false, 64 << 20},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetMemoryLimit(tc.prev)
			release := holdMemory(tc.n)
			during := debug.SetMemoryLimit(-1)
			if tc.held == (during == tc.prev) {
				t.Errorf("limit while held = %d, before %d: want changed %v", during, tc.prev, tc.held)
			}
			if during > tc.below {
				t.Errorf("limit while held = %d, want at most %d", during, tc.below)
			}
			if tc.held && during < holdLimitMargin {
				t.Errorf("limit while held = %d, below the margin alone", during)
			}
			release()
			if got := debug.SetMemoryLimit(-1); got != tc.prev {
				t.Errorf("limit after release = %d, want %d back", got, tc.prev)
			}
		})
	}
}

func TestHoldMemoryNested(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(orig)
	r1 := holdMemory(longText)
	first := debug.SetMemoryLimit(-1)
	r2 := holdMemory(longText)
	if second := debug.SetMemoryLimit(-1); second < first {
		t.Errorf("a second long text lowered the limit: %d < %d", second, first)
	}
	r1()
	if got := debug.SetMemoryLimit(-1); got == orig {
		t.Errorf("the limit went back while a long text is still read")
	}
	r2()
	if got := debug.SetMemoryLimit(-1); got != orig {
		t.Errorf("limit after the last release = %d, want %d", got, orig)
	}
}

// TestHoldStore: storing a long text holds the heap to what is live plus
// the margin, below the limit of its extraction (twice what is live), and
// puts the old limit back.
func TestHoldStore(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(orig)
	live := make([]byte, 64<<20) // what is live dominates the margin
	live[len(live)-1] = 1
	release := holdMemory(longText)
	extraction := debug.SetMemoryLimit(-1)
	release()
	release = holdStore(longText)
	store := debug.SetMemoryLimit(-1)
	release()
	if store >= extraction || store < int64(len(live))+holdLimitMargin {
		t.Errorf("store limit %d, extraction limit %d: want live (%d) + margin ≤ store < extraction", store, extraction, len(live))
	}
	if got := debug.SetMemoryLimit(-1); got != orig {
		t.Errorf("limit after release = %d, want %d", got, orig)
	}
	if r := holdStore(longText - 1); debug.SetMemoryLimit(-1) != orig {
		t.Errorf("a short text changed the limit")
	} else {
		r()
	}
	runtime.KeepAlive(live)
}
