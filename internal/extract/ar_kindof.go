package extract

import (
	"strings"

	"github.com/armswatch/armswatch/internal/domain"
)

// arKindOfNamed gives an Arabic generic word the system named before it in
// the same sentence when the system is of the word's kind: "نجحت باريس في
// بيع 24 رافال إلى مصر ..., قبل أن توقع الهند عقدا لشراء 36 مقاتلة" (36
// fighters: more of the Rafale the sentence is about). The word takes the
// system and its maker's state; a sentence naming two systems of that kind
// leaves it a kind.
func (d *docScan) arKindOfNamed(sc *sentScan, m mention, sys *domain.System, origin string) (*domain.System, string) {
	if d.lw.code != "ar" || m.kind != mGeneric || m.tok0 >= len(sc.toks) || !sc.toks[m.tok0].arabic {
		return sys, origin
	}
	var found *domain.System
	for _, o := range sc.mentions {
		if o.kind != mSystem || o.tok1 > m.tok0 {
			continue
		}
		s, ok := d.x.systemOf(o)
		if !ok || s.Category != m.id {
			continue
		}
		if found != nil && found.ID != s.ID {
			return sys, origin // two systems of the kind: which one is unsaid
		}
		found = systemFact(s, "")
	}
	if found == nil || !d.arKindWordOf(found.ID)[arKindStem(d.textAt(m.start, m.end))] {
		return sys, origin
	}
	if origin != "" || multinational(found.Maker) && !sc.names(found.Origin) {
		return found, origin // the sentence's supplier stands
	}
	return found, found.Origin
}

// arKindWordOf returns the stems of the generic words the document puts
// right before a system ("مقاتلات رافال", "مقاتلة من طراز رافال"): the
// words that name its kind ("مقاتل" for the Rafale, not "مروحي").
func (d *docScan) arKindWordOf(id string) map[string]bool {
	out := map[string]bool{}
	for _, sc := range d.sents {
		for k, o := range sc.mentions {
			if o.kind != mSystem {
				continue
			}
			if s, ok := d.x.systemOf(o); !ok || s.ID != id {
				continue
			}
			// "مقاتلات رافال" as one name: its first word is the kind
			if t := d.textAt(o.start, o.end); strings.ContainsAny(t, " \u00a0") {
				out[arKindStem(t)] = true
			}
			if k == 0 {
				continue
			}
			g := sc.mentions[k-1]
			if g.kind != mGeneric || o.tok0-g.tok1 > 2 {
				continue
			}
			if o.tok0-g.tok1 > 0 && arInSet(arTypeWords, sc.toks[o.tok0-1].norm) == false {
				continue
			}
			out[arKindStem(d.textAt(g.start, g.end))] = true
		}
	}
	return out
}

// arKindStem is the first four letters of a generic word's first word,
// without ال or an attached و/ب/ل: "مقاتلات", "المقاتلة", "ومقاتلتين" all
// give "مقات".
func arKindStem(w string) string {
	if i := strings.IndexAny(w, " \u00a0"); i > 0 {
		w = w[:i]
	}
	w = normWord(w)
	for _, p := range []string{"وال", "بال", "لل", "ال", "و", "ب", "ل"} {
		if strings.HasPrefix(w, p) && len([]rune(w)) > len([]rune(p))+3 {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	r := []rune(w)
	if len(r) > 4 {
		r = r[:4]
	}
	return string(r)
}

var arTypeWords = arWordSet("طراز", "نوع")
