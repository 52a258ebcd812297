package extract

// arMembersAfter: the states an Arabic sentence lists after the
// organisation or the status that stands for it, introduced by "منها",
// "بينها", "من بينها" or "مثل": "صفة حليف رئيسي من خارج الحلف، منها تونس
// والأردن", "الدول الحاصلة على هذه الصفة، بينها دول خليجية مثل الكويت
// والبحرين". Used only when no state stands before the organisation.
func (sc *sentScan) arMembersAfter(o mention) []string {
	if sc.lw.code != "ar" {
		return nil
	}
	intro := -1
	for k := o.tok1; k < len(sc.toks) && k < o.tok1+8; k++ {
		if arInSet(arListIntro, sc.toks[k].norm) {
			intro = k
			break
		}
	}
	if intro < 0 {
		return nil
	}
	var cs []mention
	for _, c := range sc.countries() {
		if c.tok0 <= intro || c.sub == "demonym" || c.sub == "agency" || sc.officialOf(c) {
			continue
		}
		if len(cs) == 0 && c.tok0 > intro+5 {
			return nil
		}
		if len(cs) > 0 && !sc.arJoined(cs[len(cs)-1].tok1, c.tok0) {
			// "الكويت والبحرين ... وقطر": only "و" or a comma joins the list
			break
		}
		cs = append(cs, c)
	}
	var out []string
	for _, c := range cs {
		if grantedBy[o.id] != c.id && !contains(out, c.id) {
			out = append(out, c.id)
		}
	}
	return out
}

// arListIntro: words that open a list of examples ("among them", "such as").
var arListIntro = arWordSet("منها", "بينها", "مثل", "أبرزها")

// arJoined reports whether the tokens from..to hold only "و" (the
// conjunction written apart).
func (sc *sentScan) arJoined(from, to int) bool {
	for k := from; k < to; k++ {
		if sc.toks[k].norm != "و" {
			return false
		}
	}
	return true
}

// arStatusGloss reports whether an organisation mention only glosses the
// status named right before it: "حليفا رئيسيا من خارج حلف شمال الأطلسي
// "الناتو"" names NATO a second time as part of the status, not as what the
// state joins.
func (sc *sentScan) arStatusGloss(m mention) bool {
	if sc.lw.code != "ar" || grantedBy[m.id] != "" {
		return false
	}
	for _, p := range sc.mentions {
		if p.kind == mNamed && p.sub == "organization" && grantedBy[p.id] != "" && p.tok1 <= m.tok0 && m.tok0-p.tok1 <= 1 {
			return true
		}
	}
	return false
}
