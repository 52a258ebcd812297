package lexicon

// Kinds moved from Go word lists by r9-words that a language has no word
// of (see mayLack in lang_test.go), and why.
func init() {
	for _, k := range []string{
		"ar article",           // Arabic's article is the prefix ال, a part of the word, not a token
		"ar determiner",        // and so are its possessives (suffixes); the Go list had no Arabic
		"de agent-prep",        // the passive rules that read it read no German agent ("von"); the Go list had none
		"ar agent-prep",        // nor an Arabic one
		"de with-prep",         // signedWith and its kin read no German "mit" (relation-prep has it); the Go list had none
		"ar with-prep",         // Arabic has its own signedWith (all_r8_enar_arwith.go)
		"ar and-conj",          // the rules that read it (conjWords was Go) read no detached Arabic "و"; name-joiner has it for lists of names
		"de relative-pronoun",  // the rules that read it read no German relative clause (verb-final); the Go list had none
		"ar relative-pronoun",  // nor an Arabic one
		"ar designation-stop",  // the Go list had no Arabic; Arabic's are not-designation
		"ar institution-word",  // the Go list had no Arabic
		"ar retire-agent-prep", // the rule of retired weapons reads no Arabic yet (as retire)
		"ar seller-prep",       // the rule (fres_r2_more.go) reads French and Spanish counts; the Go list had English "from" only besides
		"de seller-prep",       // idem
		"ar partner-noun",      // the rule (enfres_coproducer.go) reads en, fr, es
		"de partner-noun",      // idem
		"ar sale-word",         // the rule (enfres_with.go signedWith) reads en, fr, es; Arabic has its own
		"de sale-word",         // idem
		"ar purpose-prep",      // the Go set had no Arabic
		"ar clause-relative",   // the Go list had no Arabic
		"ar media-noun",        // idem
		"ar launched-object",   // Arabic's are arLaunchedObjects (all_clauses_r5_combat.go), read with its own matching
		"ar source-prep",       // its rule (en_ellipsis.go) reads en, fr, es
		"de source-prep",       // idem
		"ar sentence-opener",   // Arabic opens a sentence on its verb
		"de sentence-opener",   // its rules (enfres_maker.go, fr_next.go, all_r8_fres_destined.go) read en, fr, es
		"ar list-joiner",       // its rules (en_respectively.go, en_ellipsis.go) read en, fr, es
		"de list-joiner",       // idem
		"ar whole-order",       // the Go list had no Arabic
		"ar more-before",       // its rules (enfres_more.go, fres_r2_more.go) read en, fr, es
		"de more-before",       // idem
		"fr more-before",       // French says "14 autres": more-after
		"ar more-after",        // idem more-before
		"de more-after",        // idem more-before
		"ar former-word",       // the Go list was English only (en_r4_formerforces.go, roles.go)
		"fr former-word",       // idem
		"es former-word",       // idem
		"de former-word",       // idem
		"ar out-of",            // its rule (fr_batch.go) reads French and English
		"de out-of",            // idem
		"es out-of",            // idem
		"ar purchase-noun",     // the Go list had no Arabic
		"de purchase-noun",     // nor German
		"ar sequence-fill",     // Arabic's are ar_talks.go's
		"ar sequence-word",     // idem
		"ar article-before",    // Arabic's article is a prefix
		"ar part-possessive",   // Arabic's possessives are suffixes
		"ar first-one",         // the Go list had no Arabic
		"ar order-relative",    // the Go list's "التي" was never a token's form (the article is stripped)
		"fr order-relative",    // French's are relative-pronoun ("qui", "que")
		"ar give-verb",         // its rule (en_r2_would.go) reads English "would" + base form only
		"de give-verb",         // idem
		"es give-verb",         // idem
		"fr give-verb",         // idem
		"ar adversary-word",    // the Go list it came from had no word of this language
		"ar also-word",         // the Go list it came from had no word of this language
		"ar as-word",           // the Go list it came from had no word of this language
		"ar before-word",       // the Go list it came from had no word of this language
		"ar chosen-word",       // the Go list it came from had no word of this language
		"ar complement-prep",   // the Go list it came from had no word of this language
		"ar currency-of",       // the Go list it came from had no word of this language
		"de currency-of",       // the Go list it came from had no word of this language
		"ar doc-determiner",    // the Go list it came from had no word of this language
		"de doc-determiner",    // the Go list it came from had no word of this language
		"ar doc-noun",          // the Go list it came from had no word of this language
		"de doc-noun",          // the Go list it came from had no word of this language
		"ar donation-opener",   // the Go list it came from had no word of this language
		"de donation-opener",   // the Go list it came from had no word of this language
		"ar draft-noun",        // the Go list it came from had no word of this language
		"de draft-noun",        // the Go list it came from had no word of this language
		"ar gift-noun",         // the Go list it came from had no word of this language
		"de gift-noun",         // the Go list it came from had no word of this language
		"ar infinitive-mark",   // the Go list it came from had no word of this language
		"ar model-opener",      // the Go list it came from had no word of this language
		"de model-opener",      // the Go list it came from had no word of this language
		"fr model-opener",      // the Go list it came from had no word of this language
		"ar order-noun",        // the Go list it came from had no word of this language
		"de order-noun",        // the Go list it came from had no word of this language
		"ar plain-negation",    // the Go list it came from had no word of this language
		"ar possessive",        // the Go list it came from had no word of this language
		"ar sale-noun",         // the Go list it came from had no word of this language
		"de sale-noun",         // the Go list it came from had no word of this language
		"ar same-word",         // the Go list it came from had no word of this language
		"de same-word",         // the Go list it came from had no word of this language
		"ar subordinator",      // the Go list it came from had no word of this language
		"ar then-word",         // the Go list it came from had no word of this language
		"de then-word",         // the Go list it came from had no word of this language
		"ar threat-noun",       // the Go list it came from had no word of this language
		"ar when-word",         // the Go list it came from had no word of this language
		"de when-word",         // the Go list it came from had no word of this language
		"ar while-word",        // the Go list it came from had no word of this language
		"de while-word",        // the Go list it came from had no word of this language
		"ar whole-end",         // the Go list it came from had no word of this language
		"de whole-end",         // the Go list it came from had no word of this language
		"es whole-end",         // the Go list it came from had no word of this language
		"ar aid-prep-before",   // the Go list it came from had no word of this language
		"de aid-prep-before",   // the Go list it came from had no word of this language
		"es aid-prep-before",   // the Go list it came from had no word of this language
		"fr aid-prep-before",   // the Go list it came from had no word of this language
		"ar plan-word",         // the Go list it came from had no word of this language
		"de plan-word",         // the Go list it came from had no word of this language
		"es plan-word",         // the Go list it came from had no word of this language
		"fr plan-word",         // the Go list it came from had no word of this language
		"ar report-word",       // the Go list it came from had no word of this language
		"de report-word",       // the Go list it came from had no word of this language
		"es report-word",       // the Go list it came from had no word of this language
		"fr report-word",       // the Go list it came from had no word of this language
		"ar talks-about",       // the Go list it came from had no word of this language
		"ar variant-word",      // the Go list it came from had no word of this language
		"de variant-word",      // the Go list it came from had no word of this language
		"ar class-word",        // the Go list it came from had no word of this language
		"ar platform-word",     // idem
		"ar ship-class-word",   // idem
		"ar whole-filler",      // idem
	} {
		mayLack[k] = true
	}
}
