package lexicon

// Kinds moved from Go word lists by r10-quality that a language has no
// word of (see mayLack in lang_test.go), and why.
func init() {
	for _, k := range []string{
		"ar quality-destined",      // its rule (all_r8_fres_destined.go) needs a sentence-opener, which Arabic lacks (it opens on its verb); the Go map had no Arabic
		"de quality-destined",      // German puts the participle last ("für Griechenland bestimmt"), which the rule does not read; the Go map had no German
		"ar quality-approval-stem", // its rule (all_r8_de_goneto.go) reads verbs of going in de, en, es, fr only; the Go list had no Arabic
		"ar indefinite-one",        // Arabic has no indefinite article (r8ArabicOne reads the bare singular noun); the Go map r8IndefOne had no Arabic
		"ar quality-buyer-filler",  // Arabic joins the word for buyers to the system by its construct state, no word; the Go list had no Arabic
		"ar quality-descriptive",   // the Go map had no Arabic (Arabic's adjectives follow the noun)
		"de quality-descriptive",   // the Go map had no German (German puts them before the noun or compounds them)
		"ar quality-gone-verb",     // Arabic's verbs of going are no stage-delivered cue the rule (all_r8_de_goneto.go) reads; the Go map had no Arabic
		"ar quality-dest-prep",     // idem
		"ar quality-type-link",     // Arabic reads its own links (quality-unit-link); the Go map had no Arabic
		"de quality-type-link",     // r8ArticleOne reads type links outside German only (a German genitive ends in -s too), so the Go map's "vom", "typ", "typs" were never read there
	} {
		mayLack[k] = true
	}
}
