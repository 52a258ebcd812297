// Package resolve turns many reports into few records: it groups near-
// duplicate documents (syndicated and lightly edited copies of one story)
// and merges the facts that describe one transaction into one deal. It is
// pure computation over domain types: no I/O, no SQL.
package resolve

import (
	"math/bits"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/armswatch/armswatch/internal/domain"
)

// DefaultMaxDistance is the largest Hamming distance between the SimHashes
// of two documents taken as copies of one story. Copies that differ by a
// headline, a byline and a sentence or two stay within it; different
// stories on the same subject land far beyond (about 32 bits apart; a
// short article with one sentence added moves about 7 bits).
const DefaultMaxDistance = 8

// shingle is the number of consecutive words hashed together.
const shingle = 3

// SimHash is the 64-bit SimHash of text over word shingles: every run of
// three consecutive words (lower-cased letters and digits) is hashed with
// FNV-1a, and each bit of the result is the majority vote of that bit
// over all shingles. Texts sharing most of their shingles get hashes a few
// bits apart. An empty text hashes to 0. The value is stable across runs
// and builds, so it can be stored.
func SimHash(text string) uint64 {
	var (
		counts [64]int32
		ring   [shingle]uint64 // hashes of the last words
		n      int             // words seen
	)
	add := func(h uint64) {
		for i := range 64 {
			if h&(1<<uint(i)) != 0 {
				counts[i]++
			} else {
				counts[i]--
			}
		}
	}
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	word := uint64(offset)
	inWord := false
	flush := func() {
		if !inWord {
			return
		}
		ring[n%shingle] = word
		n++
		if n >= shingle {
			// combine the last `shingle` word hashes in order
			h := uint64(offset)
			for k := n - shingle; k < n; k++ {
				h ^= ring[k%shingle]
				h *= prime
				h ^= h >> 29
			}
			add(h)
		}
		word, inWord = offset, false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for k := 0; k < 4 && r != 0; k++ { // hash the rune's bytes
				word ^= uint64(byte(r))
				word *= prime
				r >>= 8
			}
			inWord = true
			continue
		}
		flush()
	}
	flush()
	if n == 0 {
		return 0
	}
	if n < shingle { // too short for a shingle: hash the words alone
		for k := 0; k < n; k++ {
			add(ring[k])
		}
	}
	var h uint64
	for i := range 64 {
		if counts[i] > 0 {
			h |= 1 << uint(i)
		}
	}
	return h
}

// Distance is the Hamming distance between two SimHashes.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// GroupNearDuplicates assigns each document to its near-duplicate group:
// the result maps a document id to the id of its group's first document
// (by docs' order, which should be ingestion order) for every document
// that is a copy; originals and documents without a hash (0) are absent.
// Two documents are copies when their hashes are within maxDist bits
// (<= 0 means DefaultMaxDistance), and copies of copies join the same
// group.
//
// Candidates are found by splitting the hash into maxDist+1 bands: two
// hashes within maxDist bits agree exactly on at least one band, so only
// documents sharing a band value are compared.
func GroupNearDuplicates(docs []domain.DocHash, maxDist int) map[string]string {
	if maxDist <= 0 {
		maxDist = DefaultMaxDistance
	}
	nb := maxDist + 1
	width := 64 / nb
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb { // the earliest document is the root
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	buckets := make([]map[uint64][]int32, nb)
	for b := range buckets {
		buckets[b] = map[uint64][]int32{}
	}
	exact := make(map[uint64]int, len(docs))
	for i, d := range docs {
		if d.SimHash == 0 {
			continue
		}
		// Identical hashes join at once; only the first is indexed, so
		// a story copied a thousand times costs no quadratic work.
		if j, ok := exact[d.SimHash]; ok {
			union(i, j)
			continue
		}
		exact[d.SimHash] = i
		for b := range nb {
			shift := uint(b * width)
			w := width
			if b == nb-1 {
				w = 64 - b*width
			}
			key := (d.SimHash >> shift) & (1<<uint(w) - 1)
			for _, j := range buckets[b][key] {
				if Distance(d.SimHash, docs[j].SimHash) <= maxDist {
					union(i, int(j))
				}
			}
			buckets[b][key] = append(buckets[b][key], int32(i))
		}
	}
	out := map[string]string{}
	for i, d := range docs {
		if r := find(i); r != i {
			out[d.ID] = docs[r].ID
		}
	}
	return out
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
