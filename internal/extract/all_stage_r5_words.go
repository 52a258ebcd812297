package extract

import "strings"

// Stage words the lexicon cannot spell as a phrase. The phrases themselves
// (a scheduled receipt in every person and form, "recibirá", "va
// recevoir", "سوف يتسلم", the German modal and its verb joined as the
// split verbs are, "wird ... erhalten"; the landing and arriving verbs
// "هبطت", "landeten", "kamen ... an") are rows of lang_XX.tsv, kinds
// future-receipt, stage-delivered and stage-received; futureReceipt
// (en_r4_future.go) reads the German ones apart through cueAt.
//
// arReceivedWith reads the Maghreb Arabic "توصل بـ" (received): a form of
// "توصل" whose object carries the preposition "ب", right after it or
// after its subject: "أن المملكة توصلت بالدفعة الثالثة من دبابات أبرامز",
// "توصلت القوات المسلحة بـ 24 طائرة". "توصل إلى اتفاق" (reached an
// agreement) and "توصلت بعد مفاوضات إلى" are not: the object is the
// bare "بـ", a word with "بال", or a number after "ب", and no "إلى"
// stands between. It returns 1 (the verb, where the cue starts) when ps
// is the set of stage-delivered or stage-received, else 0.
func (sc *sentScan) arReceivedWith(ps *phraseSet, i int) int {
	if sc.lw.code != "ar" || ps == nil || i >= len(sc.toks) || !sc.toks[i].arabic {
		return 0
	}
	if ps != sc.lw.set("stage-delivered") && ps != sc.lw.set("stage-received") {
		return 0
	}
	if !arReachVerb(sc.toks[i].norm) {
		return 0
	}
	for k := i + 1; k < len(sc.toks) && k <= i+5; k++ {
		if sc.boundaryBetween(k, k) {
			return 0
		}
		w := sc.toks[k].norm
		switch {
		case w == "الي" || w == "لي":
			return 0 // "توصل إلى": reached
		case w == "ب" && k+1 < len(sc.toks):
			return 1 // "بـ 24 طائرة"
		case strings.HasPrefix(w, "بال") && !arBaAdverb[w]:
			return 1 // "بالدفعة الثالثة"
		}
	}
	return 0
}

// arReachVerb: a form of "توصل" (reached; with "بـ", received), with an
// attached "و" or "ف".
func arReachVerb(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	for _, f := range []string{"توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "توصلنا", "يتوصل", "تتوصل", "سيتوصل", "ستتوصل"} {
		if w == f {
			return true
		}
	}
	return false
}

// arBaAdverb are words with "بال" that are adverbs, not an object:
// "توصلت بالفعل إلى اتفاق" (actually reached).
var arBaAdverb = map[string]bool{"بالفعل": true, "بالتالي": true, "بالاضافه": true, "بالتوازي": true, "بالقرب": true, "بالنسبه": true, "بالامس": true}

// asAnnounced reports whether the approval cue at p is a sentence adverb
// of manner, "as announced", not the event: "Wie angekündigt hat die
// Ukraine ein zweites Patriot-System aus Deutschland erhalten", "Wie
// zugesagt hat Deutschland ... geliefert" tell a delivery. German writes
// no comma after it; "comme promis," and "as promised," stand apart
// already.
func (sc *sentScan) asAnnounced(p int) bool {
	return p > 0 && p < len(sc.toks) && sc.lw.isTok("as-word", &sc.toks[p-1]) && !sc.boundaryBetween(p, p)
}

// attributiveBefore reports whether the stage cue of n tokens at p is a
// participle standing before the system at t as its adjective after a
// count, right before the system or before a number of its name: "Alle sieben zugesagten Panzerhaubitzen
// 2000 seien eingetroffen", "die zugesagten 18 Leopard 2", "the seven
// pledged PzH 2000 have arrived". It describes the system as a
// participle after it does ("tanks ordered in 2022"); the main verb says
// what happened now. German and English, where adjectives come first.
func (sc *sentScan) attributiveBefore(p, n, t int) bool {
	if sc.lw.code != "de" && sc.lw.code != "en" || n != 1 || p < 0 || p >= t || t >= len(sc.toks) {
		return false
	}
	if p == 0 || !isLowerWord(sc.toks[p].raw) {
		return false
	}
	// a count before it makes it an adjective ("sieben zugesagten", "the
	// 18 ordered"); a state before it the main verb ("Iraq ordered 15")
	if v, _ := sc.lw.nums.parse(sc.toks[p-1 : p]); v <= 0 && !sc.toks[p-1].digit {
		return false
	}
	return p+1 == t || p+2 == t && sc.toks[t-1].digit
}
