package extract

// Word lists of the Arabic and German rules that extend the shared ones in
// rules.go; kept apart so that those stay small.

func init() {
	// "nicht nur … sondern auch", "ليس فقط … بل": a contrast that adds,
	// not a negation
	for _, w := range []string{"nur", "فقط"} {
		notNegating[w] = true
	}
}
