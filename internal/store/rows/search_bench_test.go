package rows

import (
	"strings"
	"testing"
)

// BenchmarkSnippet4MB: a snippet of a 4 MB text whose match is in the middle.
func BenchmarkSnippet4MB(b *testing.B) {
	filler := strings.Repeat("the ministry said talks on the frigate programme resumed after delays in parliament. ", (4<<20)/86)
	text := filler[:len(filler)/2] + "Egypt ordered more Rafale jets. " + filler[len(filler)/2:]
	w := SearchWords("rafale")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Snippet(text, w)
	}
}
