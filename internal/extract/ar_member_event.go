package extract

import "strings"

// arOrgEvent reports whether an Arabic organisation mention is named as the
// owner of an event or an office rather than as what a state belongs to:
// "تشارك قطر في قمة الناتو" (Qatar attends the NATO summit), "اجتماع وزراء
// دفاع التحالف" (the coalition's defence ministers' meeting), "البيان
// الختامي لقمة الجامعة", "الأمين العام لحلف الناتو". The event or office
// noun stands in the four words before the organisation, with no comma and
// no state between.
func (sc *sentScan) arOrgEvent(o mention) bool {
	if sc.lw.code != "ar" {
		return false
	}
	for k := o.tok0 - 1; k >= 0 && k >= o.tok0-4; k-- {
		if strings.ContainsAny(sc.toks[k+1].gap, "،,.;؛:()") || sc.countryTokens()[k] != countryNone {
			return false
		}
		if sc.lw.isArWord("org-event", sc.toks[k].norm) { // all_r10_quality_words.go: "قمة", "لقمة", "القمة"
			return true
		}
	}
	return false
}

// arStrongMember reports whether an Arabic sentence says a state is a
// member or joins: a word of "عضو" (member, membership, "أعضاء") or of
// "انضم" (joined, accession). Taking part ("تشارك", "مشاركة") or being a
// partner is weaker.
func (sc *sentScan) arStrongMember() bool {
	for _, t := range sc.toks {
		if !t.arabic {
			continue
		}
		if strings.Contains(t.norm, "عضو") || strings.Contains(t.norm, "اعضاء") || strings.Contains(t.norm, "انضم") {
			return true
		}
	}
	return false
}
