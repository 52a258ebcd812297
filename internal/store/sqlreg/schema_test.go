package sqlreg

import (
	"errors"
	"testing"

	"github.com/armswatch/armswatch/internal/store/rows"
)

func TestPending(t *testing.T) {
	ms := []rows.Migration{{Version: 1}, {Version: 2}, {Version: 3}}
	for _, tc := range []struct{ current, want int }{{0, 3}, {1, 2}, {3, 0}} {
		got, err := Pending(ms, tc.current)
		if err != nil || len(got) != tc.want || (tc.want > 0 && got[0].Version != tc.current+1) {
			t.Errorf("Pending(%d) = %v, %v; want %d", tc.current, got, err, tc.want)
		}
	}
	if _, err := Pending(ms, 4); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("newer database: %v", err)
	}
}
