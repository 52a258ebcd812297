package lexicon

// Kinds moved from Go word lists by r9-words that a language has no word
// of (see mayLack in lang_test.go), and why.
func init() {
	for _, k := range []string{
		"ar article",    // Arabic's article is the prefix ال, a part of the word, not a token
		"ar determiner", // and so are its possessives (suffixes); the Go list had no Arabic
		"de agent-prep", // the passive rules that read it read no German agent ("von"); the Go list had none
		"ar agent-prep", // nor an Arabic one
	} {
		mayLack[k] = true
	}
}
