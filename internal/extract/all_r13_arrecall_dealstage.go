package extract

import "strings"

// Arabic tells most orders with the deal noun alone: "صفقة تركية لتزويد
// المغرب بطائرات أكينجي", "تشمل صفقة الرافال 24 مقاتلة لقطر", "صفقة
// الغواصات الألمانية لمصر" (as English "the deal for 24 Rafale"). A
// transfer whose sentence has no stage word takes the order from a deal
// noun of the sentence (kind arrecall-deal-noun) without the article, unless the sentence is
// doubtful or the document speaks of an approval or a request anywhere:
// there "الصفقة" is the approved or requested sale ("وافقت الخارجية
// الأمريكية على صفقة ... وتشمل الصفقة"), not an order.

// arrecallDealStage returns the position of the deal noun that makes the
// transfer of sentence sc an order, or -1.
func (d *docScan) arrecallDealStage(sc *sentScan) int {
	if sc.lw.code != "ar" || !sc.has("arrecall-deal-noun") || sc.doubtful() {
		return -1
	}
	if d.arrecallApprovalDoc() || d.arrecallStagedBefore(sc) {
		return -1
	}
	for _, p := range sc.cuePositions("arrecall-deal-noun") {
		if arrecallDefinite(sc.toks[p].raw) {
			continue
		}
		// "لتمويل صفقة" (to fund a deal), "لإبرام صفقة", "مفاوضات صفقة"
		// (the talks on a deal): the deal is an aim or a topic
		if p > 0 && (strings.HasPrefix(sc.toks[p-1].raw, "ل") || arrecallDealTopic[sc.toks[p-1].norm]) {
			continue
		}
		return p
	}
	return -1
}

// arrecallDealTopic are nouns whose complement a deal is, no deal made:
// talks, studies, offers, funding.
var arrecallDealTopic = arWordSet("مفاوضات", "محادثات", "مباحثات", "مناقشات", "مشاورات", "دراسة", "عرض", "عروض", "تمويل", "بحث", "مناقصة")

// arrecallStagedBefore reports whether a sentence before sc tells a stage
// of a transfer: the deal noun after it is the deal behind that delivery
// or order ("وصلت فرقاطة فريم ... وتشمل صفقة السلاح فرقاطتين"), which the
// rules of batches read (all_batches.go), not an order of its own.
func (d *docScan) arrecallStagedBefore(sc *sentScan) bool {
	for _, s := range d.sents {
		if s == sc {
			return false
		}
		if s != nil && (s.has("stage-delivered") || s.has("stage-ordered") || s.has("stage-received")) {
			return true
		}
	}
	return false
}

// arrecallDefinite reports whether an Arabic word carries the article
// ("الصفقة", "وبالصفقة", "للصفقة"): the deal the text told before, whose
// stage is that sentence's ("الصفقة، التي تشمل 222 دبابة، أنجزت" is the
// delivery told above, no order of its own).
func arrecallDefinite(raw string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "وبال", "كال", "لل", "ولل"} {
		if strings.HasPrefix(raw, p) {
			return true
		}
	}
	return false
}

// arrecallApprovalDoc reports whether a sentence of the document has an
// approval or a request word.
func (d *docScan) arrecallApprovalDoc() bool {
	for _, s := range d.sents {
		if s != nil && (s.has("stage-approved") || s.has("stage-requested")) {
			return true
		}
	}
	return false
}

// arrecallEnteredService returns the position of "الخدمة" that a verb of
// entering a few words before makes a delivery: the subject or the object
// stands between the verb and "الخدمة" ("دخلت 12 دبابة ليوبارد ألمانية
// الخدمة في الجيش القطري", "أعلن الجيش إدخال مقاتلات جيه-10 سي إلى
// الخدمة"), where the catalogue's "دخلت الخدمة" reads only the two words
// together. A transfer of a sentence with no stage word takes it; -1 when
// there is none.
func (d *docScan) arrecallEnteredService(sc *sentScan) int {
	if sc.lw.code != "ar" || sc.doubtful() {
		return -1
	}
	for k, t := range sc.toks {
		if t.norm != arrecallService {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if sc.boundaryBetween(j, j+1) {
				break
			}
			if arrecallEnterVerbs[strings.TrimPrefix(sc.toks[j].norm, "و")] {
				return k
			}
		}
	}
	return -1
}

// arrecallService is the norm of "الخدمة".
var arrecallService = stripArticle(normWord("الخدمة"))

// arrecallEnterVerbs are the verbs and nouns of entering or bringing into
// service.
var arrecallEnterVerbs = arWordSet("دخلت", "دخل", "تدخل", "يدخل", "دخول", "إدخال", "أدخلت", "أدخل", "تدخلها", "أدخلتها", "ادخالها", "دخلتا")

// arrecallObtained returns the position of the noun "حصول" whose "على"
// comes a few words later, past the state that obtains ("أعلنت وزارة
// الدفاع حصول المغرب على 24 مروحية أباتشي"): the catalogue's "حصولها
// على" reads only the noun with its pronoun. "للحصول على" (in order to
// obtain) is an aim, no receipt: the token must be the bare noun. -1 when
// there is none.
func (d *docScan) arrecallObtained(sc *sentScan) int {
	if sc.lw.code != "ar" || sc.doubtful() {
		return -1
	}
	for k, t := range sc.toks {
		if t.norm != arrecallObtain || k > 0 && sc.lw.isTok("hypothetical", &sc.toks[k-1]) {
			continue
		}
		for j := k + 2; j < len(sc.toks) && j <= k+6; j++ {
			if sc.boundaryBetween(j-1, j) {
				break
			}
			if sc.toks[j].norm == arrecallOn {
				return k
			}
		}
	}
	return -1
}

var arrecallObtain, arrecallOn = normWord("حصول"), normWord("على")
