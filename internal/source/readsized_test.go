package source

import (
	"errors"
	"strings"
	"testing"
)

// TestReadSized: a file read at its stated size gets one buffer of that
// size; one that grew or shrank since its size was taken is read as it
// is, and the cap still holds.
func TestReadSized(t *testing.T) {
	cases := []struct {
		name      string
		content   string
		size, max int64
		want      string
		tooLarge  bool
	}{
		{"as stated", "abcdef", 6, 10, "abcdef", false},
		{"empty", "", 0, 10, "", false},
		{"shrank", "abc", 6, 10, "abc", false},
		{"grew", "abcdefgh", 6, 10, "abcdefgh", false},
		{"grew to the cap", "abcdefghij", 6, 10, "abcdefghij", false},
		{"grew past the cap", "abcdefghijk", 6, 10, "", true},
		{"stated at the cap, grew", "abcdefghijk", 10, 10, "", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readSized(strings.NewReader(tc.content), tc.size, tc.max)
			if tc.tooLarge {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("err = %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if tc.size == int64(len(tc.content)) && cap(got) != len(got) {
				t.Errorf("cap %d for %d bytes: the buffer was not sized once", cap(got), len(got))
			}
		})
	}
}
